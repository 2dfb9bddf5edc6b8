import BrowserCore
import TerminalCells
import Testing

/// The help overlay scrolls with the keys and the wheel, marks where it is cut, and lists the
/// reader's keys and the mouse.
@Suite struct HelpOverlayTests {
  static let last = HelpOverlay.maximumOffset(height: 24, width: 80)

  @Test func f1OpensAndClosesTheHelp() {
    var browser = BrowserHarness.browser(80, 24, keys: [.function(1)])
    #expect(browser.state.help?.offset == 0)
    _ = browser.handle(.key(.function(1)))
    #expect(browser.state.help == nil)
  }

  @Test func gAndGAndHomeAndEndGoToItsEnds() {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("?"), .character("G")])
    #expect(Self.last > 0)
    #expect(browser.state.help?.offset == Self.last)
    _ = browser.handle(.key(.character("g")))
    #expect(browser.state.help?.offset == 0)
    _ = browser.handle(.key(.end))
    #expect(browser.state.help?.offset == Self.last)
    _ = browser.handle(.key(.home))
    #expect(browser.state.help?.offset == 0)
    // The panes beneath did not move.
    #expect(browser.state.view.focus == .sections)
  }

  @Test func theWheelScrollsTheHelp() {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("?")])
    _ = browser.handle(.mouse(.wheelDown(row: 10, column: 40)))
    #expect(browser.state.help?.offset == 3)
    _ = browser.handle(.mouse(.wheelUp(row: 10, column: 40)))
    #expect(browser.state.help?.offset == 0)
    #expect(browser.state.view.focus == .sections)
  }

  @Test func moreMarkersShowWhereTheHelpIsCut() {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("?")])
    var lines = browser.render().lines
    #expect(!lines[1].contains("▲ more"))
    #expect(lines[22].contains("▼ more"))
    _ = browser.handle(.key(.pageDown))
    lines = browser.render().lines
    #expect(lines[1].contains("▲ more"))
    #expect(lines[22].contains("▼ more"))
    _ = browser.handle(.key(.end))
    lines = browser.render().lines
    #expect(lines[1].contains("▲ more"))
    #expect(!lines[22].contains("▼ more"))
  }

  @Test func itListsTheReadersKeysAndTheMouse() {
    let rows = HelpOverlay.lines().map { $0.map(\.text).joined() }
    let reader = rows.firstIndex { $0 == "In the article reader" }
    let mouse = rows.firstIndex { $0 == "Mouse" }
    #expect(reader != nil && mouse != nil)
    #expect(rows.contains { $0.hasPrefix("↓ j ↑ k") && $0.hasSuffix("Scroll the article a line") })
    #expect(
      rows.contains {
        $0.hasPrefix("Esc q") && $0.hasSuffix("Close the article, back to where you were")
      })
    #expect(
      rows.contains { $0.hasPrefix("Wheel") && $0.contains("Scroll the pane under the pointer") })
    #expect(rows.contains { $0.hasPrefix("Click ") && $0.contains("again to follow") })
  }

  /// On a narrow screen a help row too wide for the box ends with "…", and keys too wide
  /// for their column keep a space before what they do.
  @Test func aCutRowSaysSo() {
    let browser = BrowserHarness.browser(40, 12, keys: [.function(1), .character("G")])
    let screen = browser.render().lines.joined(separator: "\n")
    #expect(screen.contains("Repaint the whole scre…│"), "\(screen)")
    #expect(screen.contains("Click a ke… Press that key"), "\(screen)")
  }
}
