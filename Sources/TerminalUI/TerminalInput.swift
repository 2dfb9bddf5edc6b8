import Glibc
import TerminalCells

/// Reads the terminal's bytes itself, without ever blocking past a deadline, and hands them
/// to a `KeyDecoder`. curses' own reader waits without a limit for the rest of a mouse report,
/// so a report cut short would freeze the browser; this one drops it after
/// `KeyDecoder.sequenceTimeout` and reads on.
struct TerminalInput {
  /// How many bytes one read takes at most.
  static let chunkSize = 4096

  /// True once the terminal is gone: the end of input, or an error other than an
  /// interruption (EIO after a hang-up).
  private(set) var isClosed = false
  private let descriptor: Int32
  private var decoder = KeyDecoder()
  private var decoded: [InputEvent] = []
  private var nextDecoded = 0

  /// Input read from `descriptor`.
  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// The next decoded event: one already waiting, or one from what arrives within `limit`.
  /// Returns nil after the limit, after a signal interrupted the wait, or once the terminal
  /// is closed.
  mutating func nextEvent(waitingAtMost limit: Duration) -> InputEvent? {
    if let event = takeDecoded() { return event }
    guard !isClosed else { return nil }
    let now = ContinuousClock.now
    append(decoder.expire(at: now))
    if let event = takeDecoded() { return event }
    var wait = limit
    if let deadline = decoder.deadline { wait = min(wait, max(deadline - now, .zero)) }
    if waitForInput(wait) { readAvailable() }
    append(decoder.expire(at: ContinuousClock.now))
    return takeDecoded()
  }

  /// Waits for input for up to `wait`; true when there is something to read (or the
  /// terminal reports an end, which the read then sees).
  /// A signal ends the wait at once: its handler writes into the wake-up pipe watched here.
  private func waitForInput(_ wait: Duration) -> Bool {
    var requests = [
      pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
      pollfd(fd: SignalMonitor.wakeUpReadEnd, events: Int16(POLLIN), revents: 0),
    ]
    let (seconds, attoseconds) = wait.components
    let milliseconds = Int32(
      clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    let count = requests[1].fd >= 0 ? 2 : 1
    guard poll(&requests, nfds_t(count), milliseconds) > 0 else { return false }
    if requests[1].revents != 0 { SignalMonitor.drainWakeUps() }
    return requests[0].revents != 0
  }

  private mutating func readAvailable() {
    var bytes = [UInt8](repeating: 0, count: Self.chunkSize)
    let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      append(decoder.decode(bytes[..<count], at: ContinuousClock.now))
    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
      isClosed = true
    }
  }

  private mutating func append(_ events: [InputEvent]) {
    guard !events.isEmpty else { return }
    if nextDecoded == decoded.count {
      decoded.removeAll(keepingCapacity: true)
      nextDecoded = 0
    }
    decoded.append(contentsOf: events)
  }

  private mutating func takeDecoded() -> InputEvent? {
    guard nextDecoded < decoded.count else { return nil }
    defer { nextDecoded += 1 }
    return decoded[nextDecoded]
  }
}
