import Foundation
import ShowModel
import Testing

/// Messages a person can act on: one root cause gives one problem, and no message quotes
/// more than 80 characters of a value from the input.
@Suite struct ProblemMessageTests {
  /// The project's pack, with its source files read from the repository.
  static let projectPack = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Resources/pack.json")

  /// The problems of the project's pack after `change` edits its top-level object.
  private func problems(ofProjectPackAfter change: (inout [String: Any]) -> Void) throws
    -> [String]
  {
    var document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: Self.projectPack))
        as? [String: Any])
    // The articles' texts go inline, since the copy is checked in a folder of its own.
    var sources = try #require(document["sources"] as? [[String: Any]])
    for index in sources.indices {
      guard let file = sources[index]["file"] as? String else { continue }
      let url = Self.projectPack.deletingLastPathComponent().appendingPathComponent(file)
      sources[index]["text"] = try String(contentsOf: url, encoding: .utf8)
      sources[index]["file"] = nil
    }
    document["sources"] = sources
    change(&document)
    return try problems(of: JSONSerialization.data(withJSONObject: document))
  }

  private func problems(of pack: Data) throws -> [String] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tvbrowse-messages-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("pack.json").path
    try pack.write(to: URL(fileURLWithPath: path))
    return PackLoader.inspect(path: path).problems.map(BrokenPackTests.line)
  }

  // MARK: - One root cause, one problem

  @Test func sourcesThatAreNotAnArrayAreOneProblem() throws {
    // The project's pack has 192 citations: each was reported again as naming no source.
    let lines = try problems(ofProjectPackAfter: { $0["sources"] = "oops" })
    #expect(lines == ["sources: expected an array, found a string"])
  }

  @Test func missingSourcesAreOneProblem() throws {
    // 183 of its 192 citations: the other 9 are in the sources themselves.
    let lines = try problems(ofProjectPackAfter: { $0["sources"] = nil })
    #expect(lines == ["sources: missing field \"sources\", which the pack's 183 citations name"])
  }

  @Test func sourceWithoutAnIDIsOneProblem() throws {
    let lines = try problems(ofProjectPackAfter: { document in
      var sources = document["sources"] as? [[String: Any]] ?? []
      sources[0]["id"] = nil
      document["sources"] = sources
    })
    #expect(lines == ["sources[0]: missing field \"id\""])
  }

  // MARK: - What a message quotes

  @Test func echoCutsAfterEightyCharacters() {
    let eighty = String(repeating: "é", count: 80)
    #expect(SafeText.echo(eighty) == eighty)
    #expect(SafeText.echo(eighty + "x") == eighty + "…")
    #expect(SafeText.echo("") == "")
    // Scalars, not graphemes: a character with thousands of marks cannot pass the limit.
    let marks = "a" + String(repeating: "\u{301}", count: 5_000)
    #expect(SafeText.echo(marks).unicodeScalars.count == 81)
  }

  @Test func keyOfAHundredThousandCharactersIsCut() throws {
    let key = String(repeating: "k", count: 100_000)
    let pack = """
      {"format": "tvbrowse-pack", "version": 1, "show": {"id": "show", "name": "Show", "\(key)": 1}}
      """
    let shown = String(repeating: "k", count: 80) + "…"
    #expect(try problems(of: Data(pack.utf8)) == ["show.\(shown): unknown field \"\(shown)\""])
  }

  @Test func numberOfFiveThousandDigitsIsARangeProblemAndIsCut() throws {
    let digits = String(repeating: "7", count: 5_000)
    let pack = """
      {"format": "tvbrowse-pack", "version": 1, "show": {"id": "show", "name": "Show"},
       "seasons": [{"id": "s", "name": "S", "number": \(digits)}],
       "threads": [{"id": "t", "name": "T", "seasons": ["s"]}]}
      """
    let shown = String(repeating: "7", count: 80) + "…"
    #expect(
      try problems(of: Data(pack.utf8)) == [
        "seasons[0].number: \(shown) is too large: expected an integer from 1 to 9999"
      ])
  }

  @Test(arguments: [
    ("1.0", "version: the version must be one of the integers 1, 2, found 1.0"),
    ("1e0", "version: the version must be one of the integers 1, 2, found 1e0"),
    ("\"1\"", "version: the version must be one of the integers 1, 2, found a string"),
    ("3", "version: unsupported version 3 (this build reads versions 1 and 2)"),
    (
      String(repeating: "9", count: 5_000),
      "version: unsupported version \(String(repeating: "9", count: 80))… "
        + "(this build reads versions 1 and 2)"
    ),
  ])
  func versionMustBeOneOrTwo(version: String, expected: String) throws {
    let pack = """
      {"format": "tvbrowse-pack", "version": \(version), "show": {"id": "show", "name": "Show"}}
      """
    #expect(try problems(of: Data(pack.utf8)) == [expected])
  }

  @Test func emptyPackPathSaysSo() {
    let result = PackLoader.inspect(path: "")
    #expect(result.problems.map(\.message) == ["the pack path is empty"])
  }
}
