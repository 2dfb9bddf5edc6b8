import Glibc
import Synchronization

/// Signals that arrived and wait for the loop, one bit per signal number. The handlers only
/// store into it; everything else happens in the loop.
private let pendingSignals = Atomic<UInt64>(0)

/// The write end of the wake-up pipe, or -1 before the first `install`: a handler writes
/// one byte into it so that a wait for input ends at once instead of at its timeout. Made
/// once and never closed, so that a write from another thread can never land in a file
/// that took its number.
private let wakeUpWriteEnd = Atomic<Int32>(-1)

/// True while the handlers are installed: only then is anything written into the pipe.
private let isListening = Atomic<Bool>(false)

/// Catches the signals a full-screen program must act on (interrupt, terminate, hang-up,
/// suspend, continue, resize) and hands them to the loop as values.
enum SignalMonitor {
  /// The signals the browser reacts to.
  static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH]

  /// Installs the handlers. Call before curses starts, so curses keeps its own out.
  static func install() {
    _ = pendingSignals.load(ordering: .relaxed)  // initialise the global outside a handler
    var ends: [Int32] = [-1, -1]
    if wakeUpWriteEnd.load(ordering: .acquiring) < 0, pipe(&ends) == 0 {
      for end in ends {
        _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      }
      wakeUpReadEnd = ends[0]
      wakeUpWriteEnd.store(ends[1], ordering: .releasing)
    }
    // Nothing from before wakes the first wait.
    drainWakeUps()
    isListening.store(true, ordering: .releasing)
    for signal in watched { catchSignal(signal) }
  }

  /// Puts the default actions back; the pipe stays, silent until the next `install`.
  static func uninstall() {
    for signal in watched { Glibc.signal(signal, SIG_DFL) }
    isListening.store(false, ordering: .releasing)
  }

  /// The read end of the wake-up pipe, readable after a signal arrived, or -1 when there is
  /// none yet; a wait for input watches it beside the terminal and calls `drainWakeUps`.
  nonisolated(unsafe) private(set) static var wakeUpReadEnd: Int32 = -1

  /// Empties the wake-up pipe, so that the next wait blocks until the next signal.
  static func drainWakeUps() {
    guard wakeUpReadEnd >= 0 else { return }
    var bytes = [UInt8](repeating: 0, count: 64)
    while bytes.withUnsafeMutableBytes({ read(wakeUpReadEnd, $0.baseAddress, $0.count) }) > 0 {}
  }

  /// Ends a wait for input at once, as a signal does, without a signal: for work done on
  /// another thread. Safe from any thread; nothing while no handlers are installed.
  static func wakeUp() {
    let writeEnd = wakeUpWriteEnd.load(ordering: .acquiring)
    guard writeEnd >= 0, isListening.load(ordering: .acquiring) else { return }
    var byte: UInt8 = 1
    _ = write(writeEnd, &byte, 1)  // a full pipe already wakes the wait
  }

  /// The signals that arrived since the last call, in order of number.
  static func take() -> [Int32] {
    let bits = pendingSignals.exchange(0, ordering: .acquiringAndReleasing)
    guard bits != 0 else { return [] }
    return (1..<64).filter { bits & (1 << UInt64($0)) != 0 }.map { Int32($0) }
  }

  /// Runs `body` with SIGTTOU blocked. Once the process's job has stopped the shell takes
  /// the terminal back, and a process that is not in the foreground is stopped by SIGTTOU
  /// when it changes the terminal's settings, unless it blocks SIGTTOU; with it blocked the
  /// change is made and no signal is sent.
  static func withTerminalOutputAllowed(_ body: () -> Void) {
    var blocked = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, SIGTTOU)
    var previous = sigset_t()
    sigprocmask(SIG_BLOCK, &blocked, &previous)
    body()
    sigprocmask(SIG_SETMASK, &previous, nil)
  }

  /// Stops the whole process group, as the default action of SIGTSTP on every process of
  /// the job would, and returns once the process is continued, with the handler back in
  /// place. Stopping only this process would leave the job half stopped when the browser is
  /// not alone in it (`sh -c`, a script, make): the shell sees a stopped job, and once `fg`
  /// continues it, this process would stop again on its own.
  static func stopProcessGroup() {
    Glibc.signal(SIGTSTP, SIG_DFL)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGTSTP)
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    kill(0, SIGTSTP)
    catchSignal(SIGTSTP)
  }

  private static func catchSignal(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { number in
      _ = pendingSignals.bitwiseOr(1 << UInt64(number & 63), ordering: .relaxed)
      let writeEnd = wakeUpWriteEnd.load(ordering: .relaxed)
      if writeEnd >= 0, isListening.load(ordering: .relaxed) {
        let savedError = errno
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)  // async-signal-safe; a full pipe already wakes the wait
        errno = savedError
      }
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(signal, &action, nil)
  }
}
