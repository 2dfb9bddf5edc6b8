import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// The search line edits as readline does: a cursor that moves, deletions left of it, and
/// this run's earlier queries on Up and Down.
@Suite struct SearchLineEditingTests {
  static func searching(_ text: String, then keys: [Key] = []) -> Browser {
    BrowserHarness.browser(
      80, 24, keys: [.character("/")] + BrowserHarness.typing(text) + keys)
  }

  @Test func leftAndHomeMoveTheCursorWhereTypingGoes() {
    let browser = Self.searching(
      "clay", then: [.left, .left, .character("X"), .home, .character("<"), .end, .character(">")])
    #expect(browser.state.search?.query == "<clXay>")
  }

  @Test func ctrlAAndCtrlEMoveToTheEnds() {
    let browser = Self.searching(
      "ann", then: [.control("a"), .character("h"), .control("e"), .character("a")])
    #expect(browser.state.search?.query == "hanna")
  }

  @Test func rightStopsAtTheEnd() {
    let browser = Self.searching("ab", then: [.home, .right, .right, .right, .character("c")])
    #expect(browser.state.search?.query == "abc")
  }

  @Test func deletionsActLeftOfTheCursor() {
    var browser = Self.searching("hannah baker", then: [.left, .left, .left, .backspace])
    #expect(browser.state.search?.query == "hannah bker")
    for key: Key in [.end, .left, .left, .left, .left, .control("w")] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.search?.query == "bker")
    _ = browser.handle(.key(.right))
    _ = browser.handle(.key(.control("u")))
    #expect(browser.state.search?.query == "ker")
  }

  @Test func theTerminalCursorStandsAtTheEditorsCursor() throws {
    let browser = Self.searching("clay", then: [.left, .left])
    let frame = browser.render()
    let cursor = try #require(frame.cursor)
    #expect(cursor.row == 23)
    #expect(cursor.column == 3)
  }

  @Test func editingTheLineSearchesAgain() {
    let browser = Self.searching("zzclay", then: [.home, .right, .right, .backspace, .backspace])
    #expect(browser.state.search?.query == "clay")
    #expect(browser.state.resultsQuery == "clay")
    #expect(browser.state.selectedEntity?.id == "clay-jensen")
  }

  @Test func moveOnlyKeysDoNotSearchAgain() {
    var browser = Self.searching("clay")
    let builds = browser.state.listBuilds
    _ = browser.handle(.key(.left))
    _ = browser.handle(.key(.home))
    #expect(browser.state.pendingQuery == nil)
    #expect(browser.state.listBuilds == builds)
  }

  @Test func upAndDownRecallThisRunsQueries() {
    var browser = BrowserHarness.browser(80, 24)
    let keys: [Key] =
      [.character("/")] + BrowserHarness.typing("clay") + [.enter, .character("q")]
      + [.character("/")] + BrowserHarness.typing("tyler") + [.escape]
      + [.character("/")] + BrowserHarness.typing("ha") + [.up]
    for key in keys { _ = browser.handle(.key(key)) }
    #expect(browser.state.search?.query == "tyler")
    _ = browser.handle(.key(.up))
    #expect(browser.state.search?.query == "clay")
    #expect(browser.state.selectedEntity?.id == "clay-jensen")
    _ = browser.handle(.key(.up))
    #expect(browser.state.search?.query == "clay")
    _ = browser.handle(.key(.down))
    _ = browser.handle(.key(.down))
    #expect(browser.state.search?.query == "ha")
  }

  @Test func theHistoryIsOnlyThisBrowsers() {
    _ = Self.searching("clay", then: [.enter])
    let browser = BrowserHarness.browser(80, 24, keys: [.character("/"), .up])
    #expect(browser.state.search?.query == "")
  }

  @Test func backspaceOnAnEmptyLineClosesIt() {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("3"), .down])
    let before = browser.state.view
    for key: Key in [.character("/"), .character("x"), .backspace] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.search?.query == "")
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.search == nil)
    #expect(browser.state.view == before)
  }

  @Test func aLongQueryScrollsSoTheCursorShows() throws {
    let text = String(repeating: "abcdefghij", count: 10)
    let browser = BrowserHarness.browser(
      40, 12, keys: [.character("/")] + BrowserHarness.typing(text) + [.home, .right])
    let frame = browser.render()
    let cursor = try #require(frame.cursor)
    #expect(cursor.column == 2)
    #expect(frame.lines.last?.hasPrefix("/abcdefghij") == true)
  }
}
