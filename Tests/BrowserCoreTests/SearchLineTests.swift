import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// The search line keeps its count of results on narrow screens and says what to do
/// before anything is typed.
@Suite struct SearchLineTests {
  @Test func theCountStaysAtEveryWidth() throws {
    for width in 30...120 {
      let keys: [Key] = [.character("/")] + BrowserHarness.typing("lang")
      let browser = BrowserHarness.browser(width, 12, keys: keys)
      let line = try #require(browser.render().lines.last)
      #expect(line.hasPrefix("/lang "), "width \(width): \(line)")
      #expect(line.contains(" 8 results "), "width \(width): \(line)")
    }
  }

  /// A catalog of a show called `show` and `count` seasons, "Season 1" to "Season count".
  /// A browser at 100×24 listing the results of "season" over a show of 600 seasons: more
  /// than the first search asks for.
  static func seasonResults() throws -> Browser {
    BrowserHarness.browser(
      100, 24, keys: [.character("/")] + BrowserHarness.typing("season") + [.enter],
      catalog: try seasons(600))
  }

  static func seasons(_ count: Int, show: String = "Many seasons") throws -> Catalog {
    let seasons = (1...count).map {
      ["id": "season-\($0)", "name": "Season \($0)", "number": $0] as [String: Any]
    }
    return try BrowserHarness.catalog(pack: [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": show, "summary": "A show."],
      "seasons": seasons,
    ])
  }

  /// Results cut at the limit say there are more; one result is not "results".
  @Test func theCountSaysWhenResultsAreCutAndWhenThereIsOne() throws {
    let catalog = try Self.seasons(600)
    let many = BrowserHarness.browser(
      100, 24, keys: [.character("/")] + BrowserHarness.typing("season"), catalog: catalog)
    let cut = try #require(many.render().lines.last)
    let limit = many.state.searchLimit
    #expect(limit < 600)
    #expect(cut.contains(" \(limit)+ results "), "\(cut)")
    let one = BrowserHarness.browser(
      100, 24, keys: [.character("/")] + BrowserHarness.typing("season 599"), catalog: catalog)
    let single = try #require(one.render().lines.last)
    #expect(single.contains(" 1 result "), "\(single)")
  }

  /// As many results as the search asks for are counted exactly: no "+" when there are no
  /// more (a count at the limit used to say "+" whatever followed).
  @Test func resultsThatJustFillTheLimitAreCountedExactly() throws {
    let keys = [.character("/")] + BrowserHarness.typing("season")
    let limit = BrowserHarness.browser(100, 24, keys: keys, catalog: try Self.seasons(600))
      .state.searchLimit
    let exact = BrowserHarness.browser(
      100, 24, keys: keys, catalog: try Self.seasons(limit, show: "Show"))
    let line = try #require(exact.render().lines.last)
    #expect(line.contains(" \(limit) results "), "\(line)")
    #expect(!line.contains("+"), "\(line)")
  }

  /// The search asks for a few rows beyond what the list shows; scrolling past the rows
  /// held asks for more, keeping the selection, and one End selects the last result found.
  @Test func scrollingToTheLastResultFindsMore() throws {
    var browser = try Self.seasonResults()
    let first = browser.state.results.count
    #expect(first < 600)
    #expect(browser.state.resultsAreCut)
    // The list's header and the status line count the rows held, and say there are more.
    let held = browser.render().lines.joined(separator: "\n")
    #expect(held.contains(" 1/\(first)+ "), "\(held)")
    for _ in 0..<first { _ = browser.handle(.key(.down)) }
    #expect(browser.state.view.list.selection == first)
    #expect(browser.state.results.count > first + 1)
    _ = browser.handle(.key(.end))
    // Every season and the show itself, the last of them selected.
    #expect(browser.state.results.count == 601)
    #expect(browser.state.resultsAreCut == false)
    #expect(browser.state.view.list.selection == 600)
    let all = browser.render().lines.joined(separator: "\n")
    #expect(all.contains(" 601/601 "), "\(all)")
    // The details show the result selected, not the one selected before the search grew.
    #expect(all.contains("│ Many seasons · Show"), "\(all)")
  }

  /// `N` on the first result wraps to the last one the search finds, not the last held.
  @Test func previousFromTheFirstResultWrapsToTheLastFound() throws {
    var browser = try Self.seasonResults()
    #expect(browser.state.resultsAreCut)
    _ = browser.handle(.key(.character("N")))
    #expect(browser.state.view.list.selection == 600)
    let all = browser.render().lines.joined(separator: "\n")
    #expect(all.contains(" 601/601 "), "\(all)")
  }

  /// Leaving a search typed over a list scrolled far down returns to the row left, though
  /// the typing asked for a screenful only.
  @Test func cancellingANewSearchReturnsToTheRowLeft() throws {
    var browser = try Self.seasonResults()
    for _ in 0..<200 { _ = browser.handle(.key(.down)) }
    #expect(browser.state.view.list.selection == 200)
    for key in [Key.character("/"), .character("x"), .escape] { _ = browser.handle(.key(key)) }
    #expect(browser.state.resultsQuery == "season")
    #expect(browser.state.view.list.selection == 200)
    let screen = browser.render().lines.joined(separator: "\n")
    #expect(screen.contains(" 201/"), "\(screen)")
  }

  /// While a search runs on another thread, the line says so rather than count the last
  /// query's results ("0 results" as the first letter's search ran).
  @Test func aSearchStillRunningIsNotCounted() throws {
    var browser = BrowserHarness.browser(100, 24, keys: [.character("/")])
    _ = browser.receive(.key(.character("h")))
    #expect(browser.pendingQuery == "h")
    let running = try #require(browser.render().lines.last)
    #expect(running.contains("searching…"), "\(running)")
    #expect(!running.contains("results"), "\(running)")
    // The list's header counts no results either until they come.
    browser.adopt(browser.search("h"))
    _ = browser.receive(.key(.character("a")))
    let header = try #require(browser.render().lines[1].split(separator: "│").dropFirst().first)
    #expect(header.contains("Results for “ha”"), "\(header)")
    #expect(header.hasSuffix(" … "), "\(header)")
    browser.adopt(browser.search("ha"))
    let done = try #require(browser.render().lines.last)
    #expect(done.contains(" results "), "\(done)")
  }

  @Test(arguments: [40, 80, 120])
  func anEmptyQueryShowsTheHintNotACount(width: Int) throws {
    let browser = BrowserHarness.browser(width, 24, keys: [.character("/")])
    let line = try #require(browser.render().lines.last)
    #expect(line.contains("type to search"))
    #expect(!line.contains("results"))
  }

  @Test func nAndEscActOnTheResultsFromTheDetailsPane() {
    var browser = BrowserHarness.browser(100, 30)
    let before = browser.state.view
    for key in [.character("/")] + BrowserHarness.typing("langford") + [.enter, .character("l")] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.view.focus == .details)
    #expect(browser.state.selectedEntity?.id == "katherine-langford")
    _ = browser.handle(.key(.character("n")))
    #expect(browser.state.selectedEntity?.id == "hannah-baker")
    _ = browser.handle(.key(.character("N")))
    #expect(browser.state.selectedEntity?.id == "katherine-langford")
    _ = browser.handle(.key(.escape))
    #expect(browser.state.view == before)
  }
}
