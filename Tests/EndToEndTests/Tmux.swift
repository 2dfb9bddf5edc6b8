import Foundation
import Glibc

/// A tmux server of its own (a unique socket, so tests run in parallel) with one detached
/// session of a fixed size, driven like a user at a terminal: keys in, screen out.
final class Tmux {
  /// A tmux step that failed, or a screen that never showed what a test waited for.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong, with the last screen when there was one.
    var description: String
  }

  /// The line the wrapper prints when the program ends.
  static let exitLinePrefix = "tvbrowse exited with status "

  private let socket = "tvb-" + UUID().uuidString.prefix(12).lowercased()
  /// The session's name, the target of commands given to `run(commands:)`.
  let session = "e2e"
  private var isRunning = true

  /// Starts `command` (a shell command line) in a new session of `width` × `height`, with
  /// `TERM=xterm-256color` and `environment` inside.
  init(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:])
    throws
  {
    guard Self.isInstalled else {
      throw Failure(
        description: "tmux is not installed; the end-to-end tests need it (apt-get install tmux)")
    }
    var arguments = [
      "-f", "/dev/null", "set-option", "-g", "remain-on-exit", "on", ";",
      "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", session,
      "-e", "TERM=xterm-256color",
    ]
    // A library of its own, never made unless the test adds a show: none of the user's.
    var environment = environment
    if environment["TVBROWSE_LIBRARY"] == nil {
      environment["TVBROWSE_LIBRARY"] = NSTemporaryDirectory() + "\(socket)/library.sqlite"
    }
    for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(name)=\(value)"]
    }
    arguments.append(command)
    try run(arguments)
  }

  /// Runs the built `tvbrowse` with `arguments` in a shell that, once it ends, prints its exit
  /// status and keeps the pane alive, so the terminal it left behind can be inspected.
  /// `prefix` and `suffix` are shell text around the command line (`TERM=x `, ` > file`).
  static func browser(
    _ arguments: [String] = [], width: Int = 100, height: Int = 30,
    environment: [String: String] = [:],
    prefix: String = "", suffix: String = ""
  ) throws -> Tmux {
    let binary = try TVBrowseBinary.path()
    let commandLine = ([binary] + arguments).map(TVBrowseBinary.shellQuoted).joined(separator: " ")
    // The shell outlives Ctrl-C and Ctrl-\ (a trap, unlike an ignored signal, is not
    // inherited) to print the status.
    let script =
      "trap : INT QUIT; \(prefix)\(commandLine)\(suffix); echo \"\(exitLinePrefix)$?\"; exec cat"
    return try Tmux(
      command: "exec sh -c \(TVBrowseBinary.shellQuoted(script))", width: width, height: height,
      environment: environment)
  }

  /// An interactive bash with the prompt `e2e$ `, for job control (Ctrl-Z, fg).
  static func shell(width: Int = 100, height: Int = 30) throws -> Tmux {
    try Tmux(
      command: "exec env PS1=\(TVBrowseBinary.shellQuoted(prompt + " ")) bash --norc --noprofile",
      width: width,
      height: height)
  }

  /// The prompt of `shell()`, as a capture shows it (without its trailing space).
  static let prompt = "e2e$"

  deinit { kill() }

  /// Stops the tmux server and everything in it.
  func kill() {
    guard isRunning else { return }
    isRunning = false
    _ = try? run(["kill-server"])
  }

  // MARK: - Input

  /// Sends keys by tmux name ("Down", "C-c", "Enter") or as literal text with `literal`.
  func send(_ keys: String..., literal: Bool = false) throws {
    try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
  }

  /// Sends raw bytes, as a terminal would for a key or a mouse report.
  func send(bytes: [UInt8]) throws {
    try run(["send-keys", "-t", session, "-H"] + bytes.map { String($0, radix: 16) })
  }

  /// Runs several tmux commands in one call, in order (`[["send-keys", "-t", session, "j"],
  /// ["resize-window", …]]`): a burst of input as fast as tmux can write it.
  func run(commands: [[String]]) throws {
    guard !commands.isEmpty else { return }
    try run(Array(commands.joined(separator: [";"])))
  }

  /// Types `text` literally.
  func type(_ text: String) throws {
    try send(text, literal: true)
  }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
  }

  // MARK: - Output

  /// The visible screen as text, one line per row, trailing spaces removed by tmux.
  func capture() throws -> String {
    try run(["capture-pane", "-p", "-t", session])
  }

  /// The last `lines` lines of the main screen's history and the visible screen.
  func captureHistory(lines: Int) throws -> String {
    try run(["capture-pane", "-p", "-S", "-\(lines)", "-t", session])
  }

  /// The visible screen with its colours and attributes as escape sequences.
  func captureStyled() throws -> String {
    try run(["capture-pane", "-p", "-e", "-t", session])
  }

  /// The screen's lines.
  func lines() throws -> [String] {
    try capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// A tmux format evaluated for the pane (`#{cursor_x}`).
  func display(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", session, format]).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// True while the pane shows the alternate screen.
  var alternateOn: Bool {
    get throws { try display("#{alternate_on}") == "1" }
  }

  /// True when the cursor is visible.
  var cursorVisible: Bool {
    get throws { try display("#{cursor_flag}") == "1" }
  }

  /// The cursor's position.
  var cursor: (row: Int, column: Int) {
    get throws {
      let parts = try display("#{cursor_y} #{cursor_x}").split(separator: " ").compactMap {
        Int($0)
      }
      guard parts.count == 2 else { throw Failure(description: "no cursor position") }
      return (parts[0], parts[1])
    }
  }

  /// The process id of the pane's first process.
  var panePID: pid_t {
    get throws {
      guard let pid = pid_t(try display("#{pane_pid}")) else {
        throw Failure(description: "no pane pid")
      }
      return pid
    }
  }

  /// The process id of the program the pane's shell started (its only child).
  func programPID(timeout: Duration = .seconds(10)) throws -> pid_t {
    let shell = try panePID
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      let children =
        (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8))
        ?? ""
      if let child = children.split(separator: " ").first.flatMap({ pid_t($0) }) { return child }
      usleep(50_000)
    }
    throw Failure(description: "the pane's shell (pid \(shell)) started no program")
  }

  /// Sends a signal to the program in the pane.
  func signalProgram(_ signal: Int32) throws {
    let pid = try programPID()
    guard Glibc.kill(pid, signal) == 0 else {
      throw Failure(description: "kill(\(pid), \(signal)) failed")
    }
  }

  /// True when the last line of the screen is the prompt of `shell()`.
  func showsPrompt(_ screen: String) -> Bool {
    screen.split(separator: "\n").last.map(String.init) == Self.prompt
  }

  // MARK: - Waiting

  /// Polls the screen every 50 ms until `condition` holds, and returns that screen; throws
  /// with the last screen after `timeout`.
  @discardableResult
  func wait(
    for what: String, timeout: Duration = .seconds(10), until condition: (String) throws -> Bool
  ) throws -> String {
    let deadline = ContinuousClock.now + timeout
    var screen = ""
    while true {
      screen = try capture()
      if try condition(screen) { return screen }
      if ContinuousClock.now >= deadline { break }
      usleep(50_000)
    }
    throw Failure(description: "timed out waiting for \(what); the screen was:\n\(screen)")
  }

  /// Waits until the screen contains `text`.
  @discardableResult
  func wait(forText text: String, timeout: Duration = .seconds(10)) throws -> String {
    try wait(for: "\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the screen contains `text`, shows no work still running (a search or an
  /// article being laid out on a worker thread), and stays the same for three polls in a
  /// row (a frame is written in pieces; a capture may catch one half drawn).
  @discardableResult
  func waitForSteadyScreen(containing text: String, timeout: Duration = .seconds(10)) throws
    -> String
  {
    var previous = ""
    var repeats = 0
    return try wait(for: "a steady screen with \"\(text)\"", timeout: timeout) { screen in
      repeats = screen == previous ? repeats + 1 : 0
      previous = screen
      let working = Self.workInProgress.contains { screen.contains($0) }
      return screen.contains(text) && !working && repeats >= 2
    }
  }

  /// What the browser shows while work runs on a worker thread: a screen showing one of
  /// these is not the screen the work ends on, however long it stays.
  static let workInProgress = ["Searching for “", "Laying out the article…"]

  /// Waits for the line the wrapper of `browser()` prints, and returns the exit status.
  func waitForExit(timeout: Duration = .seconds(10)) throws -> Int {
    let screen = try wait(forText: Self.exitLinePrefix, timeout: timeout)
    let after = screen.components(separatedBy: Self.exitLinePrefix).dropFirst().first ?? ""
    guard let status = Int(after.prefix { $0.isNumber }) else {
      throw Failure(description: "no exit status on the screen:\n\(screen)")
    }
    return status
  }

  // MARK: - Running tmux

  /// The tmux binary, found on the PATH.
  private static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return
      (path.split(separator: ":").map { "\($0)/tmux" } + ["/usr/bin/tmux", "/usr/local/bin/tmux"])
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  private static var isInstalled: Bool { executable != nil }

  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    guard let tmux = Self.executable else { throw Failure(description: "tmux is not installed") }
    let result = try ChildProcess.run(tmux, ["-L", socket] + arguments)
    guard result.status == 0 else {
      throw Failure(
        description: "tmux \(arguments.joined(separator: " ")) failed: \(result.errors)")
    }
    return result.output
  }
}
