import Glibc
import Synchronization

/// Signals that arrived and wait for the loop, one bit per signal number. The handlers only
/// store into it; everything else happens in the loop.
private let pendingSignals = Atomic<UInt64>(0)

/// Catches the signals a full-screen program must act on (interrupt, terminate, hang-up,
/// suspend, continue, resize) and hands them to the loop as values.
enum SignalMonitor {
  /// The signals the browser reacts to.
  static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH]

  /// Installs the handlers. Call before curses starts, so curses keeps its own out.
  static func install() {
    _ = pendingSignals.load(ordering: .relaxed)  // initialise the global outside a handler
    for signal in watched { catchSignal(signal) }
  }

  /// Puts the default actions back.
  static func uninstall() {
    for signal in watched { Glibc.signal(signal, SIG_DFL) }
  }

  /// The signals that arrived since the last call, in order of number.
  static func take() -> [Int32] {
    let bits = pendingSignals.exchange(0, ordering: .acquiringAndReleasing)
    guard bits != 0 else { return [] }
    return (1..<64).filter { bits & (1 << UInt64($0)) != 0 }.map { Int32($0) }
  }

  /// Stops the process as the default action of SIGTSTP would, and returns once it is
  /// continued, with the handler back in place.
  static func stopProcess() {
    Glibc.signal(SIGTSTP, SIG_DFL)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGTSTP)
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    raise(SIGTSTP)
    catchSignal(SIGTSTP)
  }

  private static func catchSignal(_ signal: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { number in
      _ = pendingSignals.bitwiseOr(1 << UInt64(number & 63), ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(signal, &action, nil)
  }
}
