import Foundation
import Testing

/// The mouse in a real terminal: a click on a key hint of the status line presses its key,
/// and the wheel scrolls the pane under the pointer.
@Suite("Mouse in a terminal")
struct MouseTmuxTests {
  /// Clicks the "/ search" hint of the status line of `screen`, the last line with text, on
  /// row 30: a press and a release, as SGR mouse reports.
  static func click(onSearchHintOf screen: String, in tmux: Tmux) throws {
    let status = try #require(
      screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty })
    let range = try #require(status.range(of: "/ search"))
    // Columns and rows of a mouse report start at 1.
    let column = status.distance(from: status.startIndex, to: range.lowerBound) + 1
    try tmux.send(bytes: Array("\u{1B}[<0;\(column);30M\u{1B}[<0;\(column);30m".utf8))
  }

  @Test func aClickOnTheSearchHintOpensTheSearchLine() throws {
    let tmux = try Tmux.browser(width: 100, height: 30)
    let screen = try tmux.waitForSteadyScreen(containing: "/ search")
    try Self.click(onSearchHintOf: screen, in: tmux)
    try tmux.wait(forText: "type to search")
    try tmux.send("Escape")
    try tmux.send("q")
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == 0)
  }

  @Test func aClickStillWorksAfterCtrlZAndFg() throws {
    let tmux = try Tmux.shell()
    defer { tmux.kill() }
    try tmux.wait(for: "the prompt", until: tmux.showsPrompt)
    try tmux.type(TVBrowseBinary.shellQuoted(try TVBrowseBinary.path()))
    try tmux.send("Enter")
    _ = try tmux.waitForSteadyScreen(containing: "/ search")
    try tmux.send("C-z")
    try tmux.wait(for: "the prompt after Ctrl-Z", timeout: .seconds(5)) {
      $0.contains("Stopped") && tmux.showsPrompt($0)
    }
    #expect(try tmux.display("#{mouse_any_flag}") == "0", "the shell got the mouse back")
    try tmux.type("fg")
    try tmux.send("Enter")
    let screen = try tmux.waitForSteadyScreen(containing: "/ search")
    // The terminal was asked for mouse reports again: tmux passes clicks on.
    try tmux.wait(for: "mouse reports asked for again", timeout: .seconds(5)) { _ in
      try tmux.display("#{mouse_any_flag}") == "1"
    }
    try Self.click(onSearchHintOf: screen, in: tmux)
    try tmux.wait(forText: "type to search")
    try tmux.send("Escape")
    try tmux.send("Q")
    try tmux.wait(for: "the prompt after quitting", timeout: .seconds(5), until: tmux.showsPrompt)
  }

  @Test func theWheelScrollsTheDetailsThreeRows() throws {
    let tmux = try Tmux.browser(width: 80, height: 24)
    _ = try tmux.waitForSteadyScreen(containing: "/ search")
    try tmux.send("1")
    try tmux.send("Enter")
    _ = try tmux.waitForSteadyScreen(containing: "13 Reasons Why · Show")
    // A notch down over the details (row 6, column 50, counted from 1): the title, "About"
    // and "Kind" scroll away, the summary's first line is the pane's first and the
    // selection moves onto it.
    try tmux.send(bytes: Array("\u{1B}[<65;50;6M".utf8))
    let down = try tmux.waitForSteadyScreen(containing: "2/58  j/k move")
    let rows = down.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows[3].hasSuffix("│  A Netflix original series, adapted from the"))
    #expect(!down.contains("13 Reasons Why · Show"))
    try tmux.send(bytes: Array("\u{1B}[<64;50;6M".utf8))
    _ = try tmux.waitForSteadyScreen(containing: "13 Reasons Why · Show")
    try tmux.send("Q")
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == 0)
  }
}
