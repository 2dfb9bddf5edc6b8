import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// A frame costs what is on screen: the list is built once when what it lists changes, not
/// again for every row of every frame.
@Suite struct ListPaneCostTests {
  /// A catalog of `count` characters, all in one plot thread.
  static func catalog(characters count: Int) throws -> Catalog {
    let ids = (0..<count).map { "c\($0)" }
    let pack: [String: Any] = [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": "Many", "summary": "A show."],
      "sources": [["id": "a", "kind": "article", "name": "Article", "text": "It is so."]],
      "characters": ids.map { ["id": $0, "name": "Character \($0)"] },
      "threads": [
        [
          "id": "t", "name": "Everyone", "characters": ids,
          "citations": [["source": "a", "quote": "It is so."]],
        ]
      ],
    ]
    return try BrowserHarness.catalog(pack: pack)
  }

  @Test func framesAndMovesDoNotBuildTheListAgain() throws {
    var browser = Browser(catalog: try Self.catalog(characters: 5_000), width: 100, height: 30)
    _ = browser.handle(.key(.character("3")))
    let builds = browser.state.listBuilds
    for step in 1...20 {
      let frame = browser.render()
      #expect(browser.state.listBuilds == builds)
      _ = browser.handle(.key(.down))
      #expect(browser.state.listBuilds == builds, "step \(step)")
      #expect(frame.lines.contains { $0.contains("Character c\(step - 1) ") })
    }
    #expect(browser.state.listEntities.count == 5_000)
    #expect(browser.state.selectedEntity?.id == "c20")
  }

  @Test func theListIsBuiltOnceForEachChangeOfWhatItLists() throws {
    var browser = Browser(catalog: try Self.catalog(characters: 100), width: 100, height: 30)
    let start = browser.state.listBuilds
    _ = browser.handle(.key(.character("3")))
    _ = browser.handle(.key(.character("5")))
    _ = browser.handle(.key(.character("3")))
    #expect(browser.state.listBuilds == start + 3)
    #expect(browser.state.listEntities.first?.id == "c0")
    #expect(browser.state.sectionCounts[Section.characters.rawValue] == 100)
  }
}
