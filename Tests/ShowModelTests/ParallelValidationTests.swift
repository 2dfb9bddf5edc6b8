import Synchronization
import Testing

@testable import ShowModel

/// Validation checks the quotes on a second core while ids, references and reach are
/// checked on the first, and gives the problems in the same order as one core would.
@Suite struct ParallelValidationTests {
  @Test func problemsComeInTheOrderOfOneCore() {
    func article(_ id: String, _ text: String) -> Entity {
      Entity(id: id, kind: .source, name: id, payload: .source(kind: .article, text: text))
    }
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)]
    var paths = ["show"]
    for index in 0..<200 {
      entities.append(article("article-\(index)", "It was said \(index) times."))
      paths.append("sources[\(index)]")
    }
    for index in 0..<400 {
      // Every character cites a quote that is not in its article, and every other one
      // also has a duplicate id: problems of both kinds all through the pack.
      entities.append(
        Entity(
          id: index.isMultiple(of: 2) ? "character-\(index)" : "character-\(index - 1)",
          kind: .character, name: "C",
          citations: [
            Citation(source: "article-\(index % 200)", quote: "said \(index % 200) times"),
            Citation(source: "article-\(index % 200)", quote: "not said \(index)"),
          ],
          payload: .character))
      paths.append("characters[\(index)]")
    }
    let pack = Pack(entities: entities, paths: paths)
    let expected = PackValidator.linkProblems(in: pack) + PackValidator.quoteProblems(in: pack)
    #expect(expected.count == 1000)
    #expect(expected.first?.message.hasPrefix("duplicate id") == true)
    #expect(expected.last?.path == "characters[399].citations[1].quote")
    for _ in 0..<20 {
      let problems = PackValidator.problems(in: pack)
      #expect(problems.map(\.path) == expected.map(\.path))
      #expect(problems.map(\.message) == expected.map(\.message))
    }
  }

  @Test func workAfterSoundLinksRunsOnlyForSoundLinks() {
    var entities = PackLoader.inspectBuiltIn().pack!.entities
    let sound = Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" })
    entities.append(
      Entity(
        id: "lost", kind: .credit, name: "",
        payload: .credit(person: "nobody", character: nil, job: "Writer", work: nil)))
    let broken = Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" })
    #expect(PackValidator.problems(in: sound).isEmpty)
    #expect(!PackValidator.problems(in: broken).isEmpty)
    for (pack, expected) in [(sound, 1), (broken, 0)] {
      let runs = Mutex(0)
      _ = PackValidator.problems(in: pack) { _ in runs.withLock { $0 += 1 } }
      #expect(runs.withLock { $0 } == expected)
    }
  }

  @Test func theLoaderNamesCreditsAsTheCatalogWould() throws {
    // The loader makes the credits' names beside the quote check; opening the same pack
    // directly makes them in the catalog.
    let loaded = try PackLoader.catalog(path: nil)
    let opened = Catalog(pack: PackLoader.inspectBuiltIn().pack!)
    let credits = loaded.entities.filter { $0.kind == .credit }
    #expect(credits.count > 10)
    #expect(credits.allSatisfy { !$0.name.isEmpty })
    #expect(loaded.entities.map(\.name) == opened.entities.map(\.name))
  }
}
