import Foundation
import Testing

/// Keys as tmux sends them to a program that believes it runs in xterm (TERM=xterm-256color):
/// sequences the terminfo entry does not describe still act as their keys, and no sequence
/// is split into separate presses.
@Suite("Key decoding in tmux")
struct KeyDecodingTmuxTests {
  static let title = "13 Reasons Why"

  /// The position the status line shows ("2/6").
  private static func position(_ screen: String) -> String? {
    screen.split(separator: "\n").last?.split(separator: " ").first.map(String.init)
  }

  /// tmux sends End as `Esc [ 4 ~`, which xterm-256color's terminfo does not name (it says
  /// `Esc O F`): decoded by the curses of old, its "4" jumped to the fourth section. Each key
  /// here lands on the row it names and nothing else moves.
  @Test(arguments: [("End", "6/6"), ("NPage", "6/6"), ("Home", "1/6")])
  func navigationKeysTmuxSendsActAsThemselves(key: String, expected: String) throws {
    let tmux = try Tmux.browser()
    try tmux.waitForSteadyScreen(containing: Self.title)
    try tmux.send("j", "j")
    try tmux.wait(for: "the third section") { Self.position($0) == "3/6" }
    try tmux.send(key)
    let screen = try tmux.wait(for: "\(key) to move to \(expected)") {
      Self.position($0) == expected
    }
    #expect(screen.contains("Sections"), "still on the sections, not a list a digit opened")
    try tmux.send("q")
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == 0)
  }

  /// With the mouse off, a click report that reaches the browser anyway (typed or pasted) is
  /// dropped whole: neither a click on the fifth section nor the keys `[`, `<`, `0`, … .
  @Test func aMouseReportWithTheMouseOffIsDroppedWhole() throws {
    let tmux = try Tmux.browser(["--no-mouse"])
    try tmux.waitForSteadyScreen(containing: Self.title)
    let before = try tmux.capture()
    try #require(Self.position(before) == "1/6")
    // A press of the left button on "5 Plot threads" (row 7, column 4, 1-based).
    try tmux.send(bytes: Array("\u{1B}[<0;4;7M".utf8))
    try tmux.send("j")
    try tmux.wait(for: "j alone to move the selection") { Self.position($0) == "2/6" }
    try tmux.send("k")
    try tmux.wait(for: "k to come back") { $0 == before }
    try tmux.send("q")
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == 0)
  }
}
