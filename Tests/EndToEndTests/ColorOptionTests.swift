import Foundation
import Testing

/// `--color auto|always|never` and `--no-color` on the subcommands' text output written to
/// a file, with `NO_COLOR` set by the runner; `ColorOnATerminalTests` runs them on a terminal.
@Suite struct ColorOptionTests {
  static let escape = "\u{1B}["

  @Test func alwaysColoursEvenAFileAndOverridesNoColor() throws {
    let run = try BinaryRunner.run(["show", "season-2", "--color", "always"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains(Self.escape))
  }

  @Test(arguments: [[], ["--color", "auto"], ["--color", "never"], ["--no-color"]])
  func otherwiseNothingIsColoured(_ options: [String]) throws {
    let run = try BinaryRunner.run(["show", "season-2"] + options)
    #expect(run.status == 0, "\(run)")
    #expect(!run.stdout.contains(Self.escape))
  }

  @Test func noColorAndColorAlwaysTogetherAreAUsageError() throws {
    let run = try BinaryRunner.run(["list", "threads", "--no-color", "--color", "always"])
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.contains("--no-color and --color always contradict each other"))
  }

  @Test func anUnknownChoiceIsAUsageError() throws {
    let run = try BinaryRunner.run(["list", "threads", "--color", "sometimes"])
    #expect(run.status == 64, "\(run)")
  }

  @Test func colouredShowOfTheBuiltInShowFitsEightyColumns() throws {
    for id in ["season-2", "hannah-baker", "katherine-langford", "article-so-close"] {
      let run = try BinaryRunner.run(["show", id, "--color", "always"])
      #expect(run.status == 0, "\(run)")
      let plain = run.stdout.replacing(/\u{1B}\[[0-9;]*m/, with: "")
      #expect(plain.count > 200, "\(id): \(run)")
      for line in plain.split(separator: "\n") {
        #expect(line.count <= 80, "\(id): \(line)")
      }
    }
  }

  @Test func aNegativeLimitSaysItMustBeAtLeastOne() throws {
    let run = try BinaryRunner.run(["search", "gun", "--limit", "-1"])
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.hasPrefix("Error: --limit must be at least 1\n"), "\(run)")
    let json = try BinaryRunner.run(["search", "gun", "--limit", "-1", "--json"])
    #expect(json.status == 64)
    let document = try JSONSerialization.jsonObject(with: Data(json.stdoutBytes))
    let error = try #require((document as? [String: Any])?["error"] as? [String: Any])
    #expect(error["message"] as? String == "--limit must be at least 1")
  }
}
