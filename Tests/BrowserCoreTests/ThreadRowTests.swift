import ShowModel
import TerminalCells
import TestSupport
import Testing

@testable import BrowserCore

/// The Plot threads list marks cliffhangers and names the characters involved, cut at a
/// whole word with "…" where the pane is narrow.
@Suite struct ThreadRowTests {
  static let sizes = [(80, 24), (120, 40), (40, 12)]

  @Test(arguments: sizes) func plotThreadsList(width: Int, height: Int) throws {
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: [.character("5")]).render(),
      "threads-\(width)x\(height)")
  }

  @Test func aCliffhangerIsMarkedAndItsCharactersNamed() throws {
    let browser = BrowserHarness.browser(200, 40, keys: [.character("5")])
    let lines = browser.render().lines
    let threads = BrowserHarness.builtIn.entities(of: .thread)
    for (row, thread) in threads.enumerated() {
      guard case .thread(let characters, _, let cliffhanger) = thread.payload else { continue }
      let line = lines[2 + row]
      #expect(line.contains(thread.name + (cliffhanger ? " ◆" : "")), "\(line)")
      if let first = characters.first {
        #expect(line.contains(BrowserHarness.builtIn.name(of: first)), "\(line)")
      }
    }
    #expect(lines[1].contains("Plot threads  ◆ cliffhanger"))
  }

  @Test func otherListsHaveNoNote() {
    let line = BrowserHarness.browser(120, 40, keys: [.character("3")]).render().lines[2]
    #expect(!line.contains("◆") && !line.contains("  played"))
  }

  @Test(arguments: [
    (["Hannah Baker", "Clay Jensen"], 30, "Hannah Baker, Clay Jensen"),
    (["Hannah Baker", "Clay Jensen"], 25, "Hannah Baker, Clay Jensen"),
    (["Hannah Baker", "Clay Jensen"], 24, "Hannah Baker, Clay…"),
    (["Hannah Baker", "Clay Jensen"], 18, "Hannah Baker…"),
    (["Hannah Baker", "Clay Jensen"], 13, "Hannah Baker…"),
    (["Hannah Baker", "Clay Jensen"], 12, "Hannah…"),
    (["Hannah Baker", "Clay Jensen"], 11, "Hannah…"),
    (["Hannah Baker", "Clay Jensen"], 6, ""),
    (["Hannah Baker", "Clay Jensen"], 1, ""),
    ([], 20, ""),
  ])
  func namesAreCutAtAWholeWord(names: [String], width: Int, expected: String) {
    let text = ThreadRowNote.fitting(names, width)
    #expect(text == expected)
    #expect(DisplayWidth.of(text) <= width)
  }

  @Test func onlyTheNamesThatCanShowAreRead() {
    var read = 0
    let names = (0..<1_000_000).lazy.map { index -> String in
      read += 1
      return "Name\(index)"
    }
    #expect(ThreadRowNote.fitting(names, 40).hasSuffix("…"))
    #expect(read < 10)
  }

  /// A thread and its one character, each named with two million characters.
  static func longNames() throws -> Catalog {
    let long = String(repeating: "Thread name ", count: 170_000)
    let pack: [String: Any] = [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": "Long", "summary": "A show."],
      "sources": [["id": "a", "kind": "article", "name": "Article", "text": "It is so."]],
      "characters": [["id": "c", "name": long]],
      "threads": [
        [
          "id": "t", "name": long, "characters": ["c"], "cliffhanger": true,
          "citations": [["source": "a", "quote": "It is so."]],
        ]
      ],
    ]
    return try BrowserHarness.catalog(pack: pack)
  }

  @Test func aRowCostsItsWidthHoweverLongTheNames() throws {
    var browser = Browser(catalog: try Self.longNames(), width: 80, height: 24)
    _ = browser.handle(.key(.character("5")))
    // A frame takes about a millisecond; reading the names whole took seconds a frame.
    let start = ContinuousClock.now
    for _ in 0..<100 {
      let frame = browser.render()
      #expect(frame.lines[3].contains("… ◆"))
    }
    #expect(ContinuousClock.now - start < .seconds(10 * Sanitizers.slowdown))
  }
}
