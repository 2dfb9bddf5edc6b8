import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// `f` filters the listed section with the search's matcher, in the list's order.
@Suite struct ListFilterTests {
  static let characters: [Key] = [.character("3")]

  static func filtering(_ text: String, then keys: [Key] = [], width: Int = 80) -> Browser {
    BrowserHarness.filtering(characters, text, then: keys, width: width)
  }

  static func names(_ browser: Browser) -> [String] { BrowserHarness.listNames(browser) }

  /// The lists `f` filters: a section's, and the results of a search.
  static let lists: [[Key]] = [characters, ResultsFilterTests.results]

  @Test(arguments: lists)
  func typedTextHidesRowsThatDoNotMatchAndKeepsTheListsOrder(list: [Key]) {
    var browser = BrowserHarness.filtering(list, "han")
    let names = Self.names(browser)
    // Every row the list holds once the filter is cleared (a filter over search results may
    // have asked for more of them).
    _ = browser.handle(.key(.escape))
    let all = Self.names(browser)
    #expect(!names.isEmpty)
    #expect(names.count < all.count)
    // The rows that stay are the list's own, in its order, not ranked by score.
    #expect(names == all.filter { names.contains($0) })
    #expect(names.contains("Hannah Baker"))
    #expect(!names.contains("Clay Jensen"))
  }

  @Test func theFilterUsesTheSearchMatcher() {
    // A fuzzy query the search matches ("hnbkr" for Hannah Baker) filters the same way.
    let names = Self.names(Self.filtering("hnbkr"))
    #expect(names == ["Hannah Baker"])
  }

  @Test func enterKeepsTheFilterAndTheHeaderSaysSo() throws {
    let browser = Self.filtering("han", then: [.enter])
    #expect(browser.state.filterLine == nil)
    #expect(browser.state.view.filter == "han")
    let frame = browser.render()
    #expect(frame.lines.contains { $0.contains("filter: han") })
    #expect(Self.names(browser).allSatisfy { $0.lowercased().contains("h") })
  }

  @Test func escapeClearsTheFilterAndRestoresTheSelection() {
    var browser = BrowserHarness.browser(80, 24, keys: Self.characters + [.down, .down])
    let before = browser.state.view
    for key in [.character("f")] + BrowserHarness.typing("han") + [.escape] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.filterLine == nil)
    #expect(browser.state.view == before)
  }

  @Test func ctrlCClearsTheFilterInsteadOfQuitting() {
    var browser = Self.filtering("han")
    #expect(browser.handle(.interrupt) != .quit)
    #expect(browser.state.filterLine == nil)
    #expect(browser.state.view.filter == nil)
  }

  @Test func thePositionCountsTheFilteredRows() throws {
    let browser = Self.filtering("han", then: [.enter, .down])
    let count = browser.state.listEntities.count
    let status = try #require(browser.render().lines.last)
    #expect(status.hasPrefix(" 2/\(count) "), "\(status)")
  }

  @Test func theFilterIsDroppedWhenAnotherSectionIsListed() {
    var browser = Self.filtering("han", then: [.enter])
    _ = browser.handle(.key(.character("4")))
    #expect(browser.state.view.filter == nil)
    _ = browser.handle(.key(.character("3")))
    #expect(browser.state.view.filter == nil)
    #expect(browser.state.listEntities.count == browser.state.unfilteredCount)
  }

  @Test func theFilterLineEditsAsTheSearchLineDoes() {
    let browser = Self.filtering("hn", then: [.left, .character("a")])
    #expect(browser.state.filterLine?.editor.text == "han")
    #expect(browser.state.view.filter == "han")
  }

  @Test func fEditsTheKeptFilter() {
    let browser = Self.filtering("han", then: [.enter, .character("f"), .backspace])
    #expect(browser.state.filterLine?.editor.text == "ha")
  }

  @Test func upRecallsAnEarlierFilterOfThisRun() {
    let browser = Self.filtering(
      "han", then: [.enter, .character("4"), .character("f"), .character("x"), .up])
    #expect(browser.state.filterLine?.editor.text == "han")
    #expect(browser.state.view.filter == "han")
  }

  @Test func printableKeysAreTextInTheFilterLine() {
    let browser = Self.filtering("jQq")
    #expect(browser.state.filterLine?.editor.text == "jQq")
  }

  @Test func eachKeystrokeMatchesEachRowOnce() throws {
    // 20,000 characters listed: a keystroke in the filter line matches every row once, not more.
    var characters: [[String: Any]] = []
    for index in 0..<20_000 {
      characters.append([
        "id": "c\(index)", "name": "Person \(index)",
        "citations": [["source": "a", "quote": "A line."]],
      ])
    }
    let catalog = try BrowserHarness.catalog(pack: [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": "Many", "summary": "A show."],
      "sources": [["id": "a", "kind": "article", "name": "Article", "text": "A line."]],
      "characters": characters,
      "threads": [
        [
          "id": "t", "name": "Thread", "characters": characters.map { $0["id"] as? String ?? "" },
          "citations": [["source": "a", "quote": "A line."]],
        ]
      ],
    ])
    var browser = BrowserHarness.browser(80, 24, keys: Self.characters, catalog: catalog)
    let builds = browser.state.listBuilds
    for key in [.character("f")] + BrowserHarness.typing("1999") {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.listBuilds - builds == 4)
    #expect(browser.state.listEntities.map(\.name).contains("Person 19999"))
  }

  /// A filter that hides every row says so, not that the sources give nothing.
  @Test func aFilterThatHidesEveryRowSaysSo() {
    let keys: [Key] = [.character("3"), .character("f")] + BrowserHarness.typing("zzzz")
    for typed in [keys, keys + [.enter]] {
      let browser = BrowserHarness.browser(80, 24, keys: typed)
      let screen = browser.render().lines.joined(separator: "\n")
      #expect(screen.contains("No row matches the filter"), "\(screen)")
      #expect(!screen.contains("Not given in the sources"), "\(screen)")
    }
  }
}
