import Foundation
import Glibc
import Testing

/// The built binary in a real terminal (tmux): it draws, reads keys, resizes, suspends, and
/// always leaves the terminal as it found it.
@Suite("Browser in a terminal")
struct BrowserTmuxTests {
  static let title = "13 Reasons Why"

  /// Asserts the terminal is back to normal: main screen, visible cursor.
  private func expectRestored(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    #expect(
      try tmux.alternateOn == false, "still on the alternate screen", sourceLocation: sourceLocation
    )
    #expect(try tmux.cursorVisible, "cursor left hidden", sourceLocation: sourceLocation)
  }

  @Test func startShowsTheShowOnTheAlternateScreen() throws {
    let tmux = try Tmux.browser()
    let screen = try tmux.wait(forText: Self.title)
    #expect(screen.hasPrefix(" tvbrowse  \(Self.title)"))
    #expect(try tmux.alternateOn)
    #expect(try tmux.cursorVisible)
  }

  @Test func theTerminalShowsExactlyTheRenderedFrame() throws {
    let golden = try GoldenFrame(named: "start-80x24")
    let tmux = try Tmux.browser(width: 80, height: 24)
    try tmux.wait(for: "the start frame") { GoldenFrame.rows(of: $0, height: 24) == golden.lines }
    let cursor = try tmux.cursor
    #expect(cursor.row == golden.cursor?.row && cursor.column == golden.cursor?.column)
  }

  @Test func ctrlLRepaintsAScreenAnotherProgramWroteOver() throws {
    let golden = try GoldenFrame(named: "start-80x24")
    let tmux = try Tmux.browser(width: 80, height: 24)
    try tmux.wait(for: "the start frame") { GoldenFrame.rows(of: $0, height: 24) == golden.lines }
    // Another program writes over the screen, behind the browser's back.
    let tty = try #require(FileHandle(forWritingAtPath: try tmux.display("#{pane_tty}")))
    tty.write(Data("\u{1B}[5;5HSCRIBBLED OVER".utf8))
    try tty.close()
    try tmux.wait(forText: "SCRIBBLED OVER")
    try tmux.send("C-l")
    try tmux.wait(for: "the repainted start frame") {
      GoldenFrame.rows(of: $0, height: 24) == golden.lines
    }
  }

  @Test func wideCharactersKeepTheirColumns() throws {
    let golden = try GoldenFrame(named: "wide-80x24")
    let pack = TVBrowseBinary.packageRoot() + "/Tests/BrowserCoreTests/Fixtures/wide.json"
    let tmux = try Tmux.browser(["--pack", pack], width: 80, height: 24)
    try tmux.wait(forText: "風の便り")
    try tmux.send("3")
    try tmux.send("Enter")
    try tmux.wait(for: "the wide frame") { GoldenFrame.rows(of: $0, height: 24) == golden.lines }
    let cursor = try tmux.cursor
    #expect(cursor.row == golden.cursor?.row && cursor.column == golden.cursor?.column)
  }

  @Test func quitLeavesTheTerminalAsItWas() throws {
    let tmux = try Tmux.browser()
    try tmux.wait(forText: Self.title)
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
    try expectRestored(tmux)
  }

  @Test func ctrlCLeavesTheTerminalAsItWas() throws {
    let tmux = try Tmux.browser()
    try tmux.wait(forText: Self.title)
    try tmux.send("C-c")
    #expect(try tmux.waitForExit() == 130)
    try expectRestored(tmux)
  }

  @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130), (SIGQUIT, 131)])
  func signalLeavesTheTerminalAsItWas(signal: Int32, status: Int) throws {
    let tmux = try Tmux.browser()
    try tmux.wait(forText: Self.title)
    try tmux.signalProgram(signal)
    #expect(try tmux.waitForExit() == status)
    try expectRestored(tmux)
  }

  /// A crash (here a crash signal sent from outside) still hands the terminal back before
  /// the process dies of the signal. The runtime's backtrace report is switched off so the
  /// signal's default action follows at once.
  @Test(arguments: [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP])
  func crashLeavesTheTerminalUsable(signal: Int32) throws {
    let tmux = try Tmux.browser(environment: ["SWIFT_BACKTRACE": "enable=no"])
    try tmux.wait(forText: Self.title)
    try tmux.signalProgram(signal)
    #expect(try tmux.waitForExit() == 128 + Int(signal))
    try expectRestored(tmux)
  }

  @Test func resizeRedrawsAtEachSize() throws {
    let small = try GoldenFrame(named: "start-40x12")
    let tmux = try Tmux.browser()
    let original = try tmux.waitForSteadyScreen(containing: Self.title)
    try tmux.resize(width: 40, height: 12)
    try tmux.wait(for: "the 40x12 frame") { GoldenFrame.rows(of: $0, height: 12) == small.lines }
    try tmux.resize(width: 100, height: 30)
    try tmux.wait(for: "the 100x30 frame again") {
      GoldenFrame.rows(of: $0, height: 30) == GoldenFrame.rows(of: original, height: 30)
    }
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func ctrlZSuspendsAndFgRedraws() throws {
    let binary = try TVBrowseBinary.path()
    let tmux = try Tmux.shell()
    try tmux.wait(for: "the prompt", until: tmux.showsPrompt)
    try tmux.type(TVBrowseBinary.shellQuoted(binary))
    try tmux.send("Enter")
    let before = try tmux.waitForSteadyScreen(containing: Self.title)
    try tmux.send("C-z")
    try tmux.wait(for: "the shell after Ctrl-Z") { $0.contains("Stopped") && tmux.showsPrompt($0) }
    try expectRestored(tmux)
    try tmux.type("fg")
    try tmux.send("Enter")
    try tmux.wait(for: "the browser after fg") { $0 == before }
    #expect(try tmux.alternateOn)
    try tmux.send("q")
    try tmux.wait(for: "the prompt after quitting", until: tmux.showsPrompt)
    try expectRestored(tmux)
  }

  @Test func outputThatIsNotATerminalIsRefusedInOneLine() throws {
    let result = try ChildProcess.run(try TVBrowseBinary.path(), [])
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(
      result.errors
        == "tvbrowse: the browser needs a terminal, but standard input is not one; for output "
        + "without a terminal use the subcommands list, show, search or validate\n")
  }

  @Test func standardOutputToAFileIsRefused() throws {
    let tmux = try Tmux.browser(suffix: " > /dev/null")
    #expect(try tmux.waitForExit() == 1)
    let screen = try tmux.capture()
    #expect(
      screen.contains("tvbrowse: the browser needs a terminal, but standard output is not one;"))
    try expectRestored(tmux)
  }

  @Test func unknownTerminalTypeIsRefused() throws {
    let tmux = try Tmux.browser(prefix: "TERM=no-such-terminal ")
    #expect(try tmux.waitForExit() == 1)
    let screen = try tmux.capture()
    #expect(
      screen.contains("tvbrowse: the browser cannot draw on terminal type 'no-such-terminal'"))
  }
}
