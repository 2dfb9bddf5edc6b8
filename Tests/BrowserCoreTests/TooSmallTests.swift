import TerminalCells
import Testing

@testable import BrowserCore

/// While the terminal is too small, the browser is hidden behind a message: only quitting
/// and repainting answer, so nothing changes out of sight.
@Suite struct TooSmallTests {
  /// A browser on the Characters list, then shrunk below the minimum size.
  static func shrunk() -> Browser {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("3"), .down])
    _ = browser.handle(.resize(width: Layout.minimumWidth - 1, height: 24))
    return browser
  }

  @Test func theScreenSaysItIsTooSmall() {
    let screen = Self.shrunk().render().lines.joined(separator: "\n")
    #expect(screen.contains("too small"), "\(screen)")
  }

  @Test(arguments: [
    [Key.character("4")], [.down, .down], [.enter], [.character("/"), .character("a")],
    [.character("f"), .character("a")], [.character("?")], [.tab], [.backspace], [.escape],
  ])
  func otherKeysLeaveTheHiddenBrowserAsItWas(keys: [Key]) {
    var browser = Self.shrunk()
    var untouched = Self.shrunk()
    for key in keys { #expect(browser.handle(.key(key)) == .ignored) }
    #expect(browser.state.view == untouched.state.view)
    #expect(browser.state.search == nil)
    #expect(browser.state.filterLine == nil)
    #expect(browser.state.help == nil)
    _ = browser.handle(.resize(width: 80, height: 24))
    _ = untouched.handle(.resize(width: 80, height: 24))
    #expect(browser.state.view == untouched.state.view)
    #expect(browser.render().lines == untouched.render().lines)
  }

  @Test func clicksLeaveTheHiddenBrowserAsItWas() {
    var browser = Self.shrunk()
    let before = browser.state.view
    #expect(browser.handle(.mouse(.click(row: 3, column: 3))) == .ignored)
    #expect(browser.handle(.mouse(.wheelDown(row: 3, column: 3))) == .ignored)
    #expect(browser.state.view == before)
  }

  @Test func quittingAndRepaintingStillAnswer() {
    var browser = Self.shrunk()
    #expect(browser.handle(.key(.control("l"))) == .repaint)
    #expect(browser.handle(.key(.character("q"))) == .quit)
    #expect(browser.handle(.key(.character("Q"))) == .quit)
    #expect(browser.handle(.key(.control("c"))) == .quit)
    #expect(browser.handle(.interrupt) == .quit)
  }

  @Test func theBrowserAnswersAgainOnceTheTerminalIsLargeEnough() {
    var browser = Self.shrunk()
    _ = browser.handle(.resize(width: 80, height: 24))
    _ = browser.handle(.key(.character("4")))
    #expect(browser.state.view.source == .section(.people))
  }
}
