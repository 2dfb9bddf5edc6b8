import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// The keys that must always answer, and layout that gives way to them.
@Suite struct AlwaysAnswersTests {
  /// A show whose one character is cited at the end of an article of `length` characters.
  static func longArticle(_ length: Int) throws -> Catalog {
    try BrowserHarness.catalog(pack: [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": "Long", "summary": "A show."],
      "sources": [
        [
          "id": "a", "kind": "article", "name": "Article",
          "text": String(repeating: "word ", count: length / 5) + "The end.",
        ]
      ],
      "characters": [
        [
          "id": "c", "name": "Someone",
          "citations": [["source": "a", "quote": "The end."]],
        ]
      ],
      "threads": [
        [
          "id": "t", "name": "Thread", "characters": ["c"],
          "citations": [["source": "a", "quote": "The end."]],
        ]
      ],
    ])
  }

  /// Keys that reach each place a key can be read in.
  static let places: [(name: String, keys: [Key])] = [
    ("panes", []),
    ("details", [.character("3"), .enter]),
    ("help", [.character("?")]),
    ("search line", [.character("/"), .character("h")]),
    ("results", [.character("/"), .character("h"), .enter]),
    ("reader", [.character("3"), .enter, .character("G"), .enter]),
  ]

  @Test func capitalQQuitsFromEverywhereButTheSearchLine() {
    for place in Self.places where place.name != "search line" {
      var browser = BrowserHarness.browser(100, 30, keys: place.keys)
      let outcome = browser.handle(.key(.character("Q")))
      #expect(outcome == .quit, "\(place.name)")
    }
  }

  @Test func capitalQIsTypedInTheSearchLine() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/"), .character("h")])
    #expect(browser.handle(.key(.character("Q"))) == .redraw)
    #expect(browser.state.search?.query == "hQ")
  }

  @Test func qQuitsFromThePanesAndClosesTheReaderAndTheHelp() {
    var panes = BrowserHarness.browser(100, 30, keys: [.character("3"), .enter])
    let quit = panes.handle(.key(.character("q")))
    #expect(quit == .quit)
    var help = BrowserHarness.browser(100, 30, keys: [.character("?")])
    let closed = help.handle(.key(.character("q")))
    #expect(closed == .redraw)
    #expect(help.state.help == nil)
    for key in [Key.character("q"), .escape] {
      var reader = BrowserHarness.browser(100, 30, keys: Self.places[5].keys)
      #expect(reader.state.view.reader != nil)
      let outcome = reader.handle(.key(key))
      #expect(outcome == .redraw)
      #expect(reader.state.view.reader == nil, "\(key)")
      #expect(reader.state.view.focus == .details)
    }
  }

  @Test func theArticleIsLaidOutOnlyWhenAFrameNeedsIt() throws {
    var browser = Browser(catalog: try Self.longArticle(200_000), width: 100, height: 30)
    for key in [Key.character("3"), .enter, .character("G")] { _ = browser.handle(.key(key)) }
    _ = browser.receive(.key(.enter))
    #expect(browser.state.view.reader != nil)
    #expect(browser.state.readerContent == nil)
    let laidOut = browser.layOut(isInterrupted: { false })
    #expect(laidOut)
    let content = try #require(browser.state.readerContent)
    let quote = try #require(content.quoteLine)
    let offset = try #require(browser.state.view.reader?.offset)
    #expect(quote >= offset && quote < offset + 28)
  }

  @Test func aPendingKeyStopsTheLayoutAndIsHandledFirst() throws {
    var browser = Browser(catalog: try Self.longArticle(1_000_000), width: 100, height: 30)
    for key in [Key.character("3"), .enter, .character("G")] { _ = browser.handle(.key(key)) }
    _ = browser.receive(.key(.enter))
    var questions = 0
    let finished = browser.layOut(isInterrupted: {
      questions += 1
      return true
    })
    #expect(!finished)
    #expect(questions == 1)
    #expect(browser.state.readerContent == nil)
    // The key that interrupted closes the reader at once; nothing is left to lay out.
    let outcome = browser.receive(.key(.escape))
    #expect(outcome == .redraw)
    #expect(browser.state.view.reader == nil)
    let laidOut = browser.layOut(isInterrupted: { true })
    #expect(laidOut)
  }

  @Test func aResizeLaysTheArticleOutAgainAndKeepsTheQuoteInView() throws {
    var browser = Browser(catalog: try Self.longArticle(20_000), width: 100, height: 30)
    for key in [Key.character("3"), .enter, .character("G"), .enter] {
      _ = browser.handle(.key(key))
    }
    _ = browser.receive(.resize(width: 60, height: 20))
    #expect(browser.state.readerContent == nil)
    let laidOut = browser.layOut(isInterrupted: { false })
    #expect(laidOut)
    let content = try #require(browser.state.readerContent)
    let quote = try #require(content.quoteLine)
    let offset = try #require(browser.state.view.reader?.offset)
    #expect(quote >= offset && quote < offset + 18)
  }

  @Test func aTypedCharacterWaitsForItsResultsWithoutSearching() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    _ = browser.receive(.key(.character("h")))
    #expect(browser.state.search?.query == "h")
    #expect(browser.pendingQuery == "h")
    #expect(browser.state.results.isEmpty)
    _ = browser.receive(.key(.character("a")))
    let stale = browser.search("h")
    browser.adopt(stale)
    #expect(browser.state.results.isEmpty, "results for an older query are dropped")
    browser.adopt(browser.search("ha"))
    #expect(browser.pendingQuery == nil)
    #expect(browser.state.resultsQuery == "ha")
    #expect(browser.state.listEntities.first?.id == "hannah-baker")
  }

  @Test func resultsThatArriveAfterLeavingTheSearchKeepTheNewPlace() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    _ = browser.receive(.key(.character("h")))
    _ = browser.receive(.key(.enter))
    _ = browser.receive(.key(.character("4")))
    _ = browser.receive(.key(.down))
    browser.adopt(browser.search("h"))
    #expect(browser.state.section == .people)
    #expect(browser.state.view.list.selection == 1)
    #expect(browser.state.resultsQuery == "h")
  }

  @Test func cancellingTheSearchLineDropsTheResultsToCome() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    _ = browser.receive(.key(.character("h")))
    _ = browser.receive(.key(.escape))
    #expect(browser.pendingQuery == nil)
    browser.adopt(browser.search("h"))
    #expect(browser.state.resultsQuery == "")
  }
}
