import BrowserCore
import TerminalCells
import Testing

/// Keys typed for the results of a search that still runs on another thread act once the
/// results come, as if the search had been instant.
struct HeldKeysTests {
  /// The browser after `keys`, with each search's results handed in only at the end. The
  /// search waits for the indexes, as `handle` does for the browser it is compared with:
  /// without, it listed nothing whenever no other test had built the names' index yet.
  static func slowSearch(_ keys: [Key]) -> Browser {
    var browser = BrowserHarness.browser(100, 30)
    for key in keys { _ = browser.receive(.key(key)) }
    if let query = browser.pendingQuery {
      browser.adopt(browser.search(query, waitingForIndexes: true))
    }
    _ = browser.layOut(isInterrupted: { false })
    return browser
  }

  @Test(arguments: [
    [Key.enter, .enter],
    [.enter, .down, .enter],
    [.enter, .character("n"), .character("n"), .character("N")],
    [.enter, .character("G"), .enter],
    // Ctrl-L repaints and keeps what was held, before or between the held keys.
    [.enter, .enter, .control("l")],
    [.enter, .down, .control("l"), .enter],
  ])
  func keysForPendingResultsActWhenTheyCome(after: [Key]) {
    let keys = [.character("/")] + BrowserHarness.typing("langford") + after
    let slow = Self.slowSearch(keys)
    let instant = BrowserHarness.browser(100, 30, keys: keys)
    #expect(slow.pendingQuery == nil)
    #expect(slow.render().lines == instant.render().lines)
  }

  @Test func anotherKeyDropsWhatWasHeld() {
    let keys = [.character("/")] + BrowserHarness.typing("langford") + [.enter, .enter, .escape]
    let slow = Self.slowSearch(keys)
    let instant = BrowserHarness.browser(
      100, 30, keys: [.character("/")] + BrowserHarness.typing("langford") + [.enter, .escape])
    #expect(slow.render().lines == instant.render().lines)
  }

  @Test func theListSaysItIsSearchingUntilTheResultsCome() {
    var browser = BrowserHarness.browser(100, 30)
    for key in [.character("/")] + BrowserHarness.typing("langford") {
      _ = browser.receive(.key(key))
    }
    #expect(browser.render().lines.contains { $0.contains("Searching for “langford”…") })
    browser.adopt(browser.search("langford"))
    #expect(!browser.render().lines.contains { $0.contains("Searching for “langford”…") })
  }
}
