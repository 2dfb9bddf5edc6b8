import Glibc
import Synchronization

/// What the crash handler needs, prepared in advance so the handler only reads memory and
/// makes async-signal-safe calls. Records are never freed: a handler may be reading one.
private struct CrashRecord {
  /// The terminal's settings before curses changed them.
  var termios: termios
  /// Bytes that leave the alternate screen, show the cursor and reset the terminal's modes.
  var bytes: UnsafeMutablePointer<UInt8>
  /// How many bytes.
  var count: Int
  /// Where the bytes go.
  var output: Int32
  /// Where the settings go back.
  var input: Int32
  /// The crash signals, in the order of `previous`.
  var numbers: UnsafeMutablePointer<Int32>
  /// The actions that were installed before ours, to hand the crash on to (the Swift
  /// runtime's backtracer prints its report once the terminal is back to normal).
  var previous: UnsafeMutablePointer<sigaction>
  /// How many signals.
  var signalCount: Int
}

/// The address of the record the crash handler uses, or 0 when the terminal needs no repair.
private let crashRecord = Atomic<Int>(0)

/// Repairs the terminal when the process dies of a fault or a trap (a Swift runtime error is
/// SIGILL or SIGTRAP), then lets the signal take its usual course.
enum CrashGuard {
  /// The signals that mean the process is crashing.
  static let signals: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

  private static let alternateStackSize = 64 * 1024

  /// Arms the handlers: on a crash, `repair` is written to `output` and `saved` is restored
  /// on `input`.
  static func arm(repair: [UInt8], saved: termios, input: Int32, output: Int32) {
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(repair.count, 1))
    bytes.initialize(from: repair, count: repair.count)
    let numbers = UnsafeMutablePointer<Int32>.allocate(capacity: signals.count)
    numbers.initialize(from: signals, count: signals.count)
    let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signals.count)
    previous.initialize(repeating: sigaction(), count: signals.count)
    let record = UnsafeMutablePointer<CrashRecord>.allocate(capacity: 1)
    record.initialize(
      to: CrashRecord(
        termios: saved, bytes: bytes, count: repair.count, output: output, input: input,
        numbers: numbers, previous: previous, signalCount: signals.count))
    installAlternateStack()
    for (index, signal) in signals.enumerated() {
      sigaction(signal, nil, previous + index)
    }
    crashRecord.store(Int(bitPattern: record), ordering: .releasing)
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in CrashGuard.handleCrash(number) }
      sigemptyset(&action.sa_mask)
      action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND)) | SA_ONSTACK
      sigaction(signal, &action, nil)
    }
  }

  /// Disarms the handlers once the terminal has been restored the normal way, putting back
  /// the actions that were there before.
  static func disarm() {
    let address = crashRecord.exchange(0, ordering: .acquiringAndReleasing)
    guard let record = UnsafePointer<CrashRecord>(bitPattern: address)?.pointee else { return }
    for index in 0..<record.signalCount {
      sigaction(record.numbers[index], record.previous + index, nil)
    }
  }

  /// The handler: repairs the terminal once, restores the earlier action and raises the
  /// signal again. Only async-signal-safe calls.
  private static func handleCrash(_ number: Int32) {
    let address = crashRecord.exchange(0, ordering: .acquiringAndReleasing)
    guard let record = UnsafePointer<CrashRecord>(bitPattern: address)?.pointee else {
      Glibc.signal(number, SIG_DFL)
      raise(number)
      return
    }
    var offset = 0
    while offset < record.count {
      let written = write(record.output, record.bytes + offset, record.count - offset)
      if written <= 0 { break }
      offset += written
    }
    var settings = record.termios
    tcsetattr(record.input, TCSANOW, &settings)
    var restored = false
    for index in 0..<record.signalCount where record.numbers[index] == number {
      sigaction(number, record.previous + index, nil)
      restored = true
    }
    if !restored { Glibc.signal(number, SIG_DFL) }
    raise(number)
  }

  /// Lets the handler run after a stack overflow.
  private static func installAlternateStack() {
    var current = stack_t()
    sigaltstack(nil, &current)
    guard current.ss_sp == nil || current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
    var stack = stack_t()
    stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: alternateStackSize, alignment: 16)
    stack.ss_size = alternateStackSize
    stack.ss_flags = 0
    sigaltstack(&stack, nil)
  }
}
