import TerminalCells

/// Turns the bytes a terminal sends into the browser's keys and mouse events: UTF-8
/// characters, control chords, and the escape sequences of function keys and mouse reports.
///
/// A pure value driven by bytes and the time they arrived, so it is tested (and fuzzed)
/// without a terminal. A lone Esc becomes the Escape key after `escapeDelay`; a sequence that
/// has not ended after `sequenceTimeout` (a mouse report cut short) is dropped whole, so it
/// never blocks the input and is never split into separate key presses.
public struct KeyDecoder: Sendable {
  /// How long a lone Esc waits for the rest of a sequence before it is the Escape key.
  public static let escapeDelay: Duration = .milliseconds(25)
  /// How long an unfinished sequence or character waits for its end before it is dropped.
  public static let sequenceTimeout: Duration = .milliseconds(100)
  /// The most bytes of a sequence kept; a longer one is read to its end and dropped.
  static let longestSequence = 32

  /// The bytes of the unfinished sequence or character, at most `longestSequence`.
  private var pending: [UInt8] = []
  /// When its first byte arrived.
  private var pendingSince: ContinuousClock.Instant?
  /// True when the unfinished sequence grew too long and is dropped at its end.
  private var overflowed = false
  /// How many bytes of an X10 mouse report are still to come (0 when none is being read).
  private var mouseBytesLeft = 0

  /// A decoder with nothing pending.
  public init() {}

  /// The time at which `expire(at:)` has something to do, or nil when nothing is pending.
  public var deadline: ContinuousClock.Instant? {
    guard let since = pendingSince else { return nil }
    return since + (pending == [0x1B] ? Self.escapeDelay : Self.sequenceTimeout)
  }

  /// Decodes `bytes`, which arrived at `time`, and returns the events they complete. What
  /// was pending and timed out before `time` is settled first.
  public mutating func decode(_ bytes: some Sequence<UInt8>, at time: ContinuousClock.Instant)
    -> [InputEvent]
  {
    var events = expire(at: time)
    for byte in bytes { accept(byte, at: time, into: &events) }
    return events
  }

  /// Settles what is pending when its deadline has passed at `time`: a lone Esc becomes the
  /// Escape key, anything else is dropped whole.
  public mutating func expire(at time: ContinuousClock.Instant) -> [InputEvent] {
    guard let deadline, time >= deadline else { return [] }
    let wasEscape = pending == [0x1B]
    reset()
    return wasEscape ? [.key(.escape)] : []
  }

  // MARK: - Bytes

  private mutating func accept(
    _ byte: UInt8, at time: ContinuousClock.Instant, into events: inout [InputEvent]
  ) {
    guard let first = pending.first else {
      start(byte, at: time, into: &events)
      return
    }
    if first == 0x1B {
      continueSequence(byte, at: time, into: &events)
    } else {
      continueCharacter(byte, at: time, into: &events)
    }
  }

  /// A byte with nothing pending: a key of its own, or the start of something longer.
  private mutating func start(
    _ byte: UInt8, at time: ContinuousClock.Instant, into events: inout [InputEvent]
  ) {
    switch byte {
    case 0x1B, 0xC2...0xF4:
      pending = [byte]
      pendingSince = time
    case 0..<0x80:
      if let key = Self.asciiKey(byte) { events.append(.key(key)) }
    default:
      break  // a stray continuation byte or a byte UTF-8 never uses
    }
  }

  /// The next byte of a UTF-8 character.
  private mutating func continueCharacter(
    _ byte: UInt8, at time: ContinuousClock.Instant, into events: inout [InputEvent]
  ) {
    guard byte & 0xC0 == 0x80 else {
      reset()
      start(byte, at: time, into: &events)
      return
    }
    pending.append(byte)
    guard pending.count == Self.utf8Length(lead: pending[0]) else { return }
    let decoded = String(validating: pending, as: UTF8.self)
    reset()
    if let character = decoded?.first, let key = Self.characterKey(character) {
      events.append(.key(key))
    }
  }

  /// The next byte after Esc.
  private mutating func continueSequence(
    _ byte: UInt8, at time: ContinuousClock.Instant, into events: inout [InputEvent]
  ) {
    if mouseBytesLeft > 0 {
      // An X10 mouse report: three bytes of 32 or more follow `Esc [ M`. A control byte
      // means the report was cut short, and is a key of its own (Ctrl-Z must suspend).
      guard byte >= 0x20 else { return drop(thenStart: byte, at: time, &events) }
      pending.append(byte)
      mouseBytesLeft -= 1
      if mouseBytesLeft == 0 { finish(events: &events) }
      return
    }
    switch pending.count {
    case 1 where byte == UInt8(ascii: "[") || byte == UInt8(ascii: "O"):
      pending.append(byte)
    case 1:
      // Esc followed by something that starts no sequence: the Escape key, then that byte.
      reset()
      events.append(.key(.escape))
      start(byte, at: time, into: &events)
    case 2 where pending[1] == UInt8(ascii: "O"):
      guard (0x20...0x7E).contains(byte) else { return drop(thenStart: byte, at: time, &events) }
      pending.append(byte)
      finish(events: &events)
    case 2 where byte == UInt8(ascii: "M"):
      pending.append(byte)
      mouseBytesLeft = 3
    case 2 where byte == UInt8(ascii: "["):
      pending.append(byte)  // the Linux console's F1–F5: Esc [ [ A … Esc [ [ E
    case 3 where pending[2] == UInt8(ascii: "["):
      guard (0x20...0x7E).contains(byte) else { return drop(thenStart: byte, at: time, &events) }
      pending.append(byte)
      finish(events: &events)
    default:
      switch byte {
      case 0x20...0x3F:  // parameters and intermediates
        if pending.count < Self.longestSequence { pending.append(byte) } else { overflowed = true }
      case 0x40...0x7E:  // the final byte
        pending.append(byte)
        finish(events: &events)
      default:
        drop(thenStart: byte, at: time, &events)
      }
    }
  }

  /// A complete sequence in `pending`: its event, if the browser knows it.
  private mutating func finish(events: inout [InputEvent]) {
    let sequence = pending
    let tooLong = overflowed
    reset()
    guard !tooLong, let event = EscapeSequence.event(for: sequence) else { return }
    events.append(event)
  }

  /// Drops a broken sequence whole; `byte`, which broke it, starts afresh.
  private mutating func drop(
    thenStart byte: UInt8, at time: ContinuousClock.Instant, _ events: inout [InputEvent]
  ) {
    reset()
    start(byte, at: time, into: &events)
  }

  private mutating func reset() {
    pending.removeAll(keepingCapacity: true)
    pendingSince = nil
    overflowed = false
    mouseBytesLeft = 0
  }

  // MARK: - Single keys

  /// How many bytes a UTF-8 character with this first byte has.
  private static func utf8Length(lead: UInt8) -> Int {
    switch lead {
    case 0xC2...0xDF: return 2
    case 0xE0...0xEF: return 3
    default: return 4
    }
  }

  /// The key for an ASCII byte: a control chord, a named key or a printable character.
  static func asciiKey(_ byte: UInt8) -> Key? {
    switch byte {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(byte + 0x60)))
    case 0..<32: return nil
    default: return .character(Character(Unicode.Scalar(byte)))
    }
  }

  /// The key for a decoded non-ASCII character; C1 controls are no keys.
  static func characterKey(_ character: Character) -> Key? {
    guard let scalar = character.unicodeScalars.first, !(0x80..<0xA0).contains(scalar.value)
    else { return nil }
    return .character(character)
  }
}
