import Foundation
import Glibc
import Testing

/// Input that used to block or freeze the browser: a cut-short escape sequence, Ctrl-S, a
/// terminal that goes away.
@Suite("Terminal input")
struct TerminalInputTests {
  static let title = "13 Reasons Why"

  /// The position the status line shows ("2/6"), which `j` moves.
  private static func position(_ screen: String) -> String? {
    screen.split(separator: "\n").last?.split(separator: " ").first.map(String.init)
  }

  /// Mouse reports cut short: SGR (`Esc [ <`, alone and with part of its numbers) and X10
  /// (`Esc [ M`). After the timeout each is dropped whole, and the `j` that follows moves the
  /// selection instead of being read as the report's end.
  @Test(arguments: [
    [0x1B, 0x5B, 0x3C], [0x1B, 0x5B, 0x3C, 0x30, 0x3B, 0x31], [0x1B, 0x5B, 0x4D],
  ])
  func anUnfinishedMouseReportDoesNotBlockInput(report: [UInt8]) throws {
    let tmux = try Tmux.browser()
    try tmux.waitForSteadyScreen(containing: Self.title)
    try #require(Self.position(try tmux.capture()) == "1/6")
    try tmux.send(bytes: report)
    usleep(300_000)  // the pause is the input under test: longer than the timeout
    try tmux.send("j")
    try tmux.wait(for: "j to move the selection", timeout: .seconds(5)) {
      Self.position($0) == "2/6"
    }
    try tmux.send("q")
    #expect(try tmux.waitForExit(timeout: .seconds(5)) == 0)
  }

  /// Ctrl-S would stop the terminal's output with flow control on; the browser turns it off,
  /// so the `j` that follows shows, and puts the user's settings back exactly on exit.
  @Test func ctrlSDoesNotFreezeTheScreenAndSettingsComeBack() throws {
    let directory = FileManager.default.temporaryDirectory.path
    let token = UUID().uuidString
    let before = "\(directory)/stty-before-\(token)"
    let after = "\(directory)/stty-after-\(token)"
    defer {
      unlink(before)
      unlink(after)
    }
    let tmux = try Tmux.browser(
      prefix: "stty -a > \(TVBrowseBinary.shellQuoted(before)); ",
      suffix: "; stty -a > \(TVBrowseBinary.shellQuoted(after))")
    try tmux.waitForSteadyScreen(containing: Self.title)
    try #require(Self.position(try tmux.capture()) == "1/6")
    try tmux.send("C-s")
    try tmux.send("j")
    try tmux.wait(for: "j to move the selection after Ctrl-S", timeout: .seconds(5)) {
      Self.position($0) == "2/6"
    }
    try tmux.send("q")
    _ = try tmux.waitForExit(timeout: .seconds(5))
    let settingsBefore = try String(contentsOfFile: before, encoding: .utf8)
    #expect(settingsBefore.contains(" ixon"), "the terminal started without flow control")
    #expect(try String(contentsOfFile: after, encoding: .utf8) == settingsBefore)
  }

  /// A terminal closed under the browser (reads fail for good, and no SIGHUP comes because
  /// the terminal is not its controlling terminal) ends it as a hang-up.
  @Test func aClosedTerminalEndsTheBrowser() throws {
    let terminal = try PseudoTerminal(try TVBrowseBinary.path())
    try terminal.wait(forText: Self.title)
    terminal.closeTerminal()
    let status = terminal.waitForExit(timeout: .seconds(5))
    #expect(status == 128 + SIGHUP, "still running 5 s after its terminal was closed")
  }
}
