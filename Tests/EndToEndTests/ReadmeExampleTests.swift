import Foundation
import Testing

/// The README's examples are real: every `$ tvbrowse …` line in it is run, and what it
/// printed must be what the README shows (up to a line of "…", where the README cuts).
@Suite struct ReadmeExampleTests {
  /// One command of the README and the lines shown after it.
  struct Example: CustomStringConvertible {
    var arguments: [String]
    var expected: [String]
    var isCut: Bool
    var description: String { "tvbrowse " + arguments.joined(separator: " ") }
  }

  static func examples() throws -> [Example] {
    let readme = try String(
      contentsOfFile: TVBrowseBinary.packageRoot() + "/README.md", encoding: .utf8)
    var examples: [Example] = []
    var inBlock = false
    for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inBlock.toggle()
        continue
      }
      guard inBlock else { continue }
      if line.hasPrefix("$ tvbrowse ") {
        let arguments = line.dropFirst("$ tvbrowse ".count).split(separator: " ").map(String.init)
        examples.append(Example(arguments: arguments, expected: [], isCut: false))
      } else if !examples.isEmpty && !examples[examples.count - 1].isCut {
        if line == "…" {
          examples[examples.count - 1].isCut = true
        } else {
          examples[examples.count - 1].expected.append(String(line))
        }
      }
    }
    return examples
  }

  @Test func theReadmeHasExamplesOfEverySubcommand() throws {
    let commands = Set(try Self.examples().compactMap(\.arguments.first))
    #expect(
      commands.isSuperset(of: [
        "list", "show", "search", "validate", "add", "shows", "remove", "watched", "next",
        "progress", "marks", "import", "ratings",
      ]))
  }

  /// The examples run in the README's order on one library of their own, so that a show
  /// added by one is there for the next.
  @Test func everyExamplePrintsWhatTheReadmeShows() throws {
    let folder = NSTemporaryDirectory() + "tvbrowse-readme-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for example in try Self.examples() {
      let run = try BinaryRunner.run(
        example.arguments, in: TVBrowseBinary.packageRoot(), library: folder + "/library.sqlite")
      var lines = (run.stdout + run.stderr).split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
      if lines.last == "" { lines.removeLast() }
      if example.isCut { lines = Array(lines.prefix(example.expected.count)) }
      #expect(lines == example.expected, "\(example)")
    }
  }
}
