import ArgumentParser
import Foundation
import SearchRelevance
import ShowModel

/// `tvbrowse-bench relevance [FILE]`: where each query of the relevance set ranks the entity
/// a person means, and the mean reciprocal rank.
struct RelevanceBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relevance",
    abstract: "Rank each query of the relevance set on the built-in show and print the MRR.",
    discussion: """
      Each query runs through the search that `tvbrowse search` uses. A line per query gives \
      the expected entity's rank (or "missing"), its bound, the rank recorded for today, and \
      "ok" or "over" the bound.
      """)

  @Argument(help: ArgumentHelp("The relevance set.", valueName: "file"))
  var file = "Tests/Relevance/queries.tsv"

  func run() throws {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
      Clock.report("tvbrowse-bench: cannot read \(file) as UTF-8 text")
      throw ExitCode(1)
    }
    let set: RelevanceSet
    let catalog: Catalog
    do {
      set = try RelevanceSet(parsing: text)
      catalog = try PackLoader.catalog(path: nil)
    } catch {
      Clock.report("tvbrowse-bench: \(file): \(error)")
      throw ExitCode(1)
    }
    let unknown = set.unknownIDs(in: catalog)
    guard unknown.isEmpty else {
      let ids = unknown.joined(separator: ", ")
      Clock.report("tvbrowse-bench: \(file): no entity has the id \(ids)")
      throw ExitCode(1)
    }
    print(RelevanceTable(results: set.measure(in: catalog)).text)
  }
}
