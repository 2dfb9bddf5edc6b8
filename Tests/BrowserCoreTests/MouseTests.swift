import BrowserCore
import TerminalCells
import Testing

/// The mouse: a click selects a link and a second click follows it, a click on a key hint
/// presses that key, and the wheel scrolls the pane under the pointer.
@Suite struct MouseTests {
  /// The row and column where `text` is drawn on the screen.
  static func place(of text: String, in browser: Browser) -> (row: Int, column: Int)? {
    for (row, line) in browser.render().lines.enumerated() {
      guard let range = line.range(of: text) else { continue }
      return (row, line.distance(from: line.startIndex, to: range.lowerBound))
    }
    return nil
  }

  @Test func aClickSelectsALinkAndASecondClickFollowsIt() throws {
    var browser = BrowserHarness.browser(120, 40, keys: [.character("3"), .enter])
    let link = try #require(Self.place(of: "→ Katherine Langford", in: browser))
    let selection = browser.state.view.details.selection
    _ = browser.handle(.mouse(.click(row: link.row, column: link.column + 3)))
    #expect(browser.state.view.details.selection != selection)
    #expect(browser.state.selectedEntity?.name == "Hannah Baker")
    _ = browser.handle(.mouse(.click(row: link.row, column: link.column + 3)))
    #expect(browser.state.selectedEntity?.name == "Katherine Langford")
    // Back returns to where the link was followed from.
    _ = browser.handle(.key(.backspace))
    #expect(browser.state.selectedEntity?.name == "Hannah Baker")
  }

  @Test func aClickOnAKeyHintPressesThatKey() throws {
    var browser = BrowserHarness.browser(120, 40)
    let status = browser.render().lines[39]
    #expect(status.contains("j/k section"))
    // "k" of "j/k" moves up, "j" down: from the first section, j goes to the second.
    let j = try #require(Self.place(of: "j/k section", in: browser))
    _ = browser.handle(.mouse(.click(row: j.row, column: j.column)))
    #expect(browser.state.section == .seasons)
    _ = browser.handle(.mouse(.click(row: j.row, column: j.column + 2)))
    #expect(browser.state.section == .show)
    let search = try #require(Self.place(of: "/ search", in: browser))
    _ = browser.handle(.mouse(.click(row: search.row, column: search.column + 4)))
    #expect(browser.state.search != nil)
  }

  @Test func aClickOnTheQuitHintQuitsAndOneBetweenHintsDoesNothing() throws {
    var browser = BrowserHarness.browser(120, 40)
    let quit = try #require(Self.place(of: "q quit", in: browser))
    let help = try #require(Self.place(of: "? help", in: browser))
    #expect(browser.handle(.mouse(.click(row: help.row, column: help.column + 7))) == .ignored)
    #expect(browser.handle(.mouse(.click(row: quit.row, column: quit.column + 3))) == .quit)
  }
}
