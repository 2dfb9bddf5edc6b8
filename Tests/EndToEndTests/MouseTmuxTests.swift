import Foundation
import Testing

/// The mouse in a real terminal: a click on a key hint of the status line presses its key.
@Suite("Mouse in a terminal")
struct MouseTmuxTests {
  @Test func aClickOnTheSearchHintOpensTheSearchLine() throws {
    let tmux = try Tmux.browser(width: 100, height: 30)
    let screen = try tmux.waitForSteadyScreen(containing: "/ search")
    let status = try #require(
      screen.split(separator: "\n", omittingEmptySubsequences: false)
        .last { !$0.isEmpty })
    let range = try #require(status.range(of: "/ search"))
    // Columns and rows of a mouse report start at 1.
    let column = status.distance(from: status.startIndex, to: range.lowerBound) + 1
    try tmux.send(bytes: Array("\u{1B}[<0;\(column);30M\u{1B}[<0;\(column);30m".utf8))
    try tmux.wait(forText: "type to search")
    try tmux.send("Escape")
    try tmux.send("q")
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == 0)
  }
}
