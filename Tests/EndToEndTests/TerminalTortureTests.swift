import Foundation
import Glibc
import TestSupport
import Testing

/// The browser under a storm of terminal events in tmux, run as `sh -c 'tvbrowse; echo …'`
/// from an interactive shell: random keys, escape sequences and mouse reports in bursts,
/// resizes between 1×1 and 300×100, Ctrl-Z/`fg` cycles, SIGTSTP, SIGCONT and SIGWINCH at
/// random moments, and a final SIGTERM or `q`. It must never crash or hang, the shell's
/// prompt must come back, and `stty -a` must be what it was.
///
/// `TVBROWSE_TORTURE_EVENTS` and `TVBROWSE_TORTURE_SEED` set the size and the seed
/// (bench/terminal-torture.sh runs 100,000 events); a failure names the seed that repeats it.
@Suite("Terminal torture")
struct TerminalTortureTests {
  /// The seed of the run in `swift test`.
  static let defaultSeed: UInt64 = 20_261_127
  /// The events of the run in `swift test`.
  static let defaultEvents = 2_000
  /// The time one event may take on average; 2,000 events get 90 s (ten times that under a
  /// sanitizer, which slows the browser the test starts as well).
  static let timePerEvent: Duration = .milliseconds(45)

  @Test func randomEventsNeverCrashOrHang() throws {
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["TVBROWSE_TORTURE_SEED"].flatMap { UInt64($0) } ?? Self.defaultSeed
    let events = environment["TVBROWSE_TORTURE_EVENTS"].flatMap { Int($0) } ?? Self.defaultEvents
    let start = ContinuousClock.now
    var run = try TortureRun(seed: seed, events: events)
    do {
      try run.play()
    } catch {
      let history = (try? run.history()) ?? ""
      let steps = run.recentSteps.joined(separator: ", ")
      let report = "seed \(seed): \(error)\nthe last steps: \(steps)\nthe shell's last lines:\n"
      Issue.record(Comment(rawValue: report + history))
      return
    }
    let elapsed = ContinuousClock.now - start
    print(
      "terminal torture: seed \(seed), \(run.sent) events (\(run.resizes) resizes, "
        + "\(run.suspensions) suspensions, \(run.signals) signals) in \(elapsed), "
        + "0 crashes, 0 hangs")
    #expect(run.sent >= events, "seed \(seed)")
    let allowed = Self.timePerEvent * events * Sanitizers.slowdown
    #expect(elapsed < allowed, "seed \(seed): took \(elapsed)")
  }
}

/// One torture run: the shell, the browser in it, and the random input.
struct TortureRun {
  /// Why the run failed.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String
  }

  /// The line the job prints when the browser ends, before its status.
  static let exitMarker = "torture-exit-"

  private var random: SeededRandom
  private let events: Int
  private let tmux: Tmux
  private let before: String
  private let after: String
  private var browser: pid_t = 0
  private var resizePoints: [Int] = []
  /// Events sent so far.
  private(set) var sent = 0
  /// Random resizes among them (each suspension also sets 100×30 first).
  private(set) var resizes = 0
  /// Ctrl-Z or SIGTSTP cycles among them, each with `fg`.
  private(set) var suspensions = 0
  /// SIGWINCH and SIGCONT sent.
  private(set) var signals = 0
  /// The last steps, newest last, for a failure's report.
  private(set) var recentSteps: [String] = []

  private mutating func record(_ step: String) {
    recentSteps.append(step)
    if recentSteps.count > 60 { recentSteps.removeFirst() }
  }

  /// Starts the shell for a run of `events` events from `seed`.
  init(seed: UInt64, events: Int) throws {
    random = SeededRandom(seed: seed)
    self.events = events
    tmux = try Tmux.shell()
    let directory = FileManager.default.temporaryDirectory.path
    let token = UUID().uuidString
    before = "\(directory)/torture-stty-before-\(token)"
    after = "\(directory)/torture-stty-after-\(token)"
  }

  /// Plays the whole run and checks how it ends.
  mutating func play() throws {
    defer {
      unlink(before)
      unlink(after)
    }
    try tmux.wait(for: "the prompt", until: tmux.showsPrompt)
    try shell("stty -a > \(TVBrowseBinary.shellQuoted(before))")
    let binary = TVBrowseBinary.shellQuoted(try TVBrowseBinary.path())
    let job = "sh -c " + TVBrowseBinary.shellQuoted("\(binary); echo \(Self.exitMarker)$?")
    try tmux.type("clear; " + job)
    try tmux.send("Enter")
    try tmux.wait(for: "the browser", until: { _ in try tmux.alternateOn })
    browser = try findBrowser()
    // The events at which a resize or a suspension comes, spread at random over the run.
    resizePoints = randomPoints(count: max(events / 10, 1))
    var suspensionPoints = randomPoints(count: max(events / 100, 1))
    while sent < events {
      if let point = suspensionPoints.last, sent >= point {
        suspensionPoints.removeLast()
        try suspendAndResume()
        continue
      }
      try burst()
      try checkAlive()
      if Int.random(in: 0..<4, using: &random) == 0 { try sendSignal() }
    }
    try finish()
  }

  // MARK: - Events

  /// `count` random event numbers of the run, the first last.
  private mutating func randomPoints(count: Int) -> [Int] {
    (0..<count).map { _ in Int.random(in: 0..<events, using: &random) }.sorted(by: >)
  }

  /// One to forty events in one tmux call: keys, and the resizes whose turn has come.
  private mutating func burst() throws {
    var commands: [[String]] = []
    for _ in 0..<min(Int.random(in: 1...40, using: &random), events - sent) {
      if let point = resizePoints.last, sent >= point {
        resizePoints.removeLast()
        let width = Int.random(in: 1...300, using: &random)
        let height = Int.random(in: 1...100, using: &random)
        commands.append(["resize-window", "-t", tmux.session, "-x", "\(width)", "-y", "\(height)"])
        resizes += 1
      } else {
        let bytes = TortureEvents.bytes(using: &random)
        commands.append(
          ["send-keys", "-t", tmux.session, "-H"] + bytes.map { String($0, radix: 16) })
      }
      sent += 1
    }
    try tmux.run(commands: commands)
    record("\(commands.count) events")
  }

  /// SIGWINCH or SIGCONT to the browser alone.
  private mutating func sendSignal() throws {
    let signal = Bool.random(using: &random) ? SIGWINCH : SIGCONT
    guard kill(browser, signal) == 0 else {
      throw Failure(description: "the browser is gone (signal \(signal) found no process)")
    }
    signals += 1
    sent += 1
    record("signal \(signal)")
  }

  /// Ctrl-Z (or SIGTSTP to the browser alone), the shell's prompt, `fg`, the browser again.
  private mutating func suspendAndResume() throws {
    try tmux.resize(width: 100, height: 30)
    // tmux applies a resize to the pane later; the shell must print into 100×30, not into
    // the last random size (at one row, "Stopped" would scroll out of sight at once).
    try waitForPaneSize(width: 100, height: 30)
    let byKey = Bool.random(using: &random)
    record(byKey ? "Ctrl-Z" : "SIGTSTP")
    // Keys still waiting in the terminal would go to the shell once the job stops, and a
    // long backlog (forty redraws at 300×100) would count against the wait for the prompt.
    try waitForInputRead()
    if byKey {
      try tmux.send("C-z")
    } else {
      guard kill(browser, SIGTSTP) == 0 else {
        throw Failure(description: "the browser is gone (SIGTSTP found no process)")
      }
    }
    // The job is stopped and the shell shows its prompt. (bash does not always print
    // "Stopped" for it, so the processes' state is read instead.)
    let job = children(of: try tmux.panePID).first ?? 0
    try tmux.wait(for: "the prompt after a suspension", timeout: .seconds(20)) {
      tmux.showsPrompt($0) && state(of: browser) == "T" && state(of: job) == "T"
    }
    try tmux.send("C-l")
    try tmux.wait(for: "a cleared screen") { !$0.contains("Stopped") && tmux.showsPrompt($0) }
    try tmux.type("fg")
    try tmux.send("Enter")
    try tmux.wait(for: "the browser after fg", until: { _ in try tmux.alternateOn })
    suspensions += 1
    sent += 2
  }

  /// Ends the browser with SIGTERM or with Esc and `q`, then checks the shell and settings.
  private mutating func finish() throws {
    try tmux.resize(width: 100, height: 30)
    let bySignal = Bool.random(using: &random)
    sent += 1
    var screen = ""
    for attempt in 1...3 {
      if bySignal {
        try waitForInputRead()
        _ = kill(browser, SIGTERM)
      } else {
        // Esc leaves the search line, the results and the help; then `q` quits. A second try
        // covers an Esc taken as part of a mouse report that was still open.
        try tmux.send(bytes: Array("\u{1B}\u{1B}\u{1B}q".utf8))
      }
      let ended = { (screen: String) in
        screen.contains(Self.exitMarker) && tmux.showsPrompt(screen)
      }
      do {
        screen = try tmux.wait(for: "the browser's end", timeout: .seconds(3), until: ended)
        break
      } catch  where attempt < 3 {
        continue
      }
    }
    let expected = bySignal ? "143" : "0"
    guard screen.contains(Self.exitMarker + expected + "\n") else {
      throw Failure(
        description: "the browser ended with another status than \(expected):\n\(screen)")
    }
    try shell("stty -a > \(TVBrowseBinary.shellQuoted(after))")
    // The size is tmux's, which applies resizes to the pane late; every setting must match.
    let settingsBefore = Self.withoutSize(try String(contentsOfFile: before, encoding: .utf8))
    let settingsAfter = Self.withoutSize(try String(contentsOfFile: after, encoding: .utf8))
    guard settingsAfter == settingsBefore else {
      throw Failure(
        description: "stty -a changed:\nbefore:\n\(settingsBefore)\nafter:\n\(settingsAfter)")
    }
  }

  /// The shell's last 40 lines, for a failure's report.
  func history() throws -> String {
    let job = children(of: (try? tmux.panePID) ?? 0).first ?? 0
    return "sh \(job) \(state(of: job)), browser \(browser) \(state(of: browser))\n"
      + (try tmux.captureHistory(lines: 40))
  }

  /// `stty -a`'s report without "rows N; columns N;".
  static func withoutSize(_ report: String) -> String {
    report.replacing(#/rows \d+; columns \d+; /#, with: "")
  }

  // MARK: - Processes

  /// Runs a shell command at the prompt and waits until it has finished.
  private func shell(_ command: String) throws {
    // The shell prints "finished-2" once the command is done; the command line shows "$((1+1))".
    try tmux.type("clear; \(command); echo finished-$((1+1))")
    try tmux.send("Enter")
    try tmux.wait(forText: "finished-2")
  }

  /// The browser's process id: the child of `sh -c`, the child of the pane's shell.
  private func findBrowser() throws -> pid_t {
    let deadline = ContinuousClock.now + .seconds(10)
    while ContinuousClock.now < deadline {
      if let job = children(of: try tmux.panePID).first, let browser = children(of: job).first {
        return browser
      }
      usleep(20_000)
    }
    throw Failure(description: "no browser process under the shell")
  }

  private func children(of pid: pid_t) -> [pid_t] {
    let list = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8))
    return (list ?? "").split(separator: " ").compactMap { pid_t($0) }
  }

  /// Throws when the browser has ended before its time (a crash, or a key that quit).
  private func checkAlive() throws {
    guard kill(browser, 0) == 0 else {
      let screen = (try? tmux.capture()) ?? ""
      throw Failure(description: "the browser ended after \(sent) events:\n\(screen)")
    }
  }

  /// Waits until the browser has read everything sent to its terminal, so that a signal
  /// that stops or ends it leaves nothing for the shell to read.
  private func waitForInputRead() throws {
    let path = try tmux.display("#{pane_tty}")
    let terminal = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK)
    guard terminal >= 0 else { throw Failure(description: "cannot open \(path)") }
    defer { close(terminal) }
    let deadline = ContinuousClock.now + .seconds(30)
    var waiting: Int32 = 0
    while ContinuousClock.now < deadline {
      guard ioctl(terminal, UInt(FIONREAD), &waiting) == 0 else { break }
      if waiting == 0 { return }
      usleep(10_000)
    }
    throw Failure(description: "the browser left \(waiting) bytes unread for 30 s")
  }

  /// Waits until the pane's terminal has the size `width` × `height`.
  private func waitForPaneSize(width: Int, height: Int) throws {
    let path = try tmux.display("#{pane_tty}")
    let terminal = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK)
    guard terminal >= 0 else { throw Failure(description: "cannot open \(path)") }
    defer { close(terminal) }
    let deadline = ContinuousClock.now + .seconds(10)
    var size = winsize()
    while ContinuousClock.now < deadline {
      guard ioctl(terminal, UInt(TIOCGWINSZ), &size) == 0 else { break }
      if size.ws_col == width && size.ws_row == height { return }
      usleep(10_000)
    }
    throw Failure(
      description: "the pane stayed \(size.ws_col)×\(size.ws_row), not \(width)×\(height)")
  }

  /// The one-letter state of a process (R, S, T, Z, …).
  private func state(of pid: pid_t) -> String {
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    guard let end = stat.lastIndex(of: ")") else { return "?" }
    return String(stat[stat.index(end, offsetBy: 2)])
  }
}
