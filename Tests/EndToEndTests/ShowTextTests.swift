import Foundation
import Testing

/// `show ID --text`: an article's own text, made safe and wrapped to 80 columns, or
/// `{id, text}` with `--json`; on anything but an article, a usage error.
@Suite struct ShowTextTests {
  static let seed = "seeds/002_495cdb6362bd8ea9.txt"

  @Test func anArticlesTextIsWrappedToEightyColumnsWithEveryWord() throws {
    let root = TVBrowseBinary.packageRoot()
    let run = try BinaryRunner.run(["show", "article-backlash", "--text"], in: root)
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr == "")
    for line in run.stdoutLines { #expect(line.count <= 80, "\(line)") }
    let article = try String(contentsOfFile: "\(root)/\(Self.seed)", encoding: .utf8)
    #expect(
      run.stdout.split(whereSeparator: \.isWhitespace)
        == article.split(whereSeparator: \.isWhitespace))
    #expect(run.stdout.contains("nature of the show.\n\nSeason 2 will not be affected"))
  }

  @Test func withJSONItIsTheIdAndTheWholeText() throws {
    let root = TVBrowseBinary.packageRoot()
    let run = try BinaryRunner.run(["show", "article-backlash", "--text", "--json"], in: root)
    #expect(run.status == 0, "\(run)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
    #expect(Set(document.keys) == ["id", "text"])
    #expect(document["id"] as? String == "article-backlash")
    let article = try String(contentsOfFile: "\(root)/\(Self.seed)", encoding: .utf8)
    #expect(document["text"] as? String == article)
  }

  @Test func controlCharactersInTheTextNeverReachTheTerminal() throws {
    let pack = try ScratchPack(
      """
      {"format": "tvbrowse-pack", "version": 1,
       "show": {"id": "s", "name": "S", "citations": [{"source": "a", "quote": "Plain"}]},
       "sources": [{"id": "a", "kind": "article", "name": "A",
                    "text": "Plain words \\u001b[2J\\u001b]0;title\\u0007 and \\u009b31m red"}]}
      """)
    defer { pack.remove() }
    let run = try BinaryRunner.run(["show", "a", "--text", "--pack", pack.path])
    #expect(run.status == 0, "\(run)")
    #expect(!run.stdoutBytes.contains(0x1B))
    #expect(!run.stdoutBytes.contains(0x07))
    #expect(!run.stdout.unicodeScalars.contains("\u{9B}"))
    #expect(run.stdout.hasPrefix("Plain words "))
  }

  @Test(arguments: [
    ("hannah-baker", "--text needs an article; \"hannah-baker\" is a character"),
    ("nme", "--text needs an article; \"nme\" is a source without text of its own"),
    ("disagreements", "--text needs an article; the Disagreements page is not one"),
  ])
  func anythingButAnArticleIsAUsageError(target: String, message: String) throws {
    let run = try BinaryRunner.run(["show", target, "--text"])
    #expect(run.status == 64, "\(run)")
    #expect(run.stdout == "")
    #expect(
      run.stderrLines.prefix(3) == [
        "Error: \(message)",
        "Usage: tvbrowse show <id-or-name> [--text] [--pack <path>] [--root <dir>] [--show <show>] [--library <path>] [--spoilers] [--json] [--color <when>] [--no-color]",
        "  See 'tvbrowse show --help' for more information.",
      ])
  }
}
