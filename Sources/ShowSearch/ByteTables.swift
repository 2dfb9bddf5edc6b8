// MARK: - Byte tables

/// Lookup tables for the per-candidate summaries the prefilter reads: which bytes a candidate
/// holds, and which of them start a word.
///
/// A candidate's byte mask has one bit per letter (either case), four bits shared by the
/// digits, one for other ASCII bytes and one for bytes of multi-byte characters. A query can
/// only match a candidate whose mask holds every bit of the query's bytes.
struct ByteTables: @unchecked Sendable {
  /// The tables, built once.
  static let shared = ByteTables()

  /// The mask bit of each byte value.
  let bits: UnsafeMutablePointer<UInt32>
  /// The kind of each byte value (`Kind` raw values).
  let kinds: UnsafeMutablePointer<UInt8>
  /// Indexed by `previousKind << 3 | kind`: all ones when a word starts at the second byte.
  let wordStarts: UnsafeMutablePointer<UInt32>
  /// The kind the start of a text counts as: a word starts at its first letter.
  static let startKind = Kind.slash.rawValue

  /// Byte kinds, in the same classes `ByteKind` uses for bonuses.
  enum Kind: UInt8 {
    case lower, upper, digit, slash, dot, separator, multibyteStart, continuation
  }

  private init() {
    bits = .allocate(capacity: 256)
    kinds = .allocate(capacity: 256)
    wordStarts = .allocate(capacity: 64)
    for value in 0..<256 {
      let byte = UInt8(value)
      bits[value] = Self.bit(of: byte)
      kinds[value] = Self.kind(of: byte).rawValue
    }
    for previous in 0..<8 {
      for current in 0..<8 {
        let starts = Self.startsWord(
          previous: Kind(rawValue: UInt8(previous))!, current: Kind(rawValue: UInt8(current))!)
        wordStarts[previous << 3 | current] = starts ? ~0 : 0
      }
    }
  }

  /// The mask bit of the bytes of multi-byte characters (every byte that is not ASCII).
  static let multibyteBit: UInt32 = 1 << 31

  // MARK: - Classes

  /// The mask bit that stands for a byte.
  static func bit(of byte: UInt8) -> UInt32 {
    switch byte {
    case 0x41...0x5A: return 1 << UInt32(byte - 0x41)
    case 0x61...0x7A: return 1 << UInt32(byte - 0x61)
    case 0x30...0x39: return 1 << (26 + UInt32(byte - 0x30) % 4)
    case 0x80...: return multibyteBit
    default: return 1 << 30
    }
  }

  private static func kind(of byte: UInt8) -> Kind {
    switch ByteKind(byte) {
    case .lower: return .lower
    case .upper: return .upper
    case .digit: return .digit
    case .slash: return .slash
    case .dot: return .dot
    case .separator: return .separator
    case .multibyteStart: return .multibyteStart
    case .continuation: return .continuation
    }
  }

  /// Mirrors `ScoreWeights.bonus(at:in:)`: true exactly where that bonus is above zero.
  private static func startsWord(previous: Kind, current: Kind) -> Bool {
    switch current {
    case .lower, .upper, .digit, .multibyteStart: break
    default: return false
    }
    switch previous {
    case .slash, .separator, .dot: return true
    case .lower: return current == .upper
    default: return false
    }
  }

  // MARK: - Summaries

  /// The three summaries of a text: its byte mask, its word-start mask, and its word-pair
  /// mask (see `pairBit`); `cased` decides where words start, `match` (the same length)
  /// which bytes it holds.
  func summarize(
    cased: UnsafePointer<UInt8>, match: UnsafePointer<UInt8>, count: Int
  ) -> (bytes: UInt32, wordStarts: UInt32, wordPairs: UInt32) {
    var mask: UInt32 = 0
    var starts: UInt32 = 0
    var pairs: UInt32 = 0
    var previous = UInt32(Self.startKind)
    for offset in 0..<count {
      let byte = cased[offset]
      let kind = UInt32(kinds[Int(byte)])
      mask |= bits[Int(match[offset])]
      if wordStarts[Int(previous << 3 | kind)] != 0 {
        starts |= bits[Int(byte)]
        let next = offset + 1 < count ? match[offset + 1] : 0
        pairs |= Self.pairBit(match[offset], next)
        if ScoreWeights.isWordEnd(
          at: offset + 1, in: UnsafeBufferPointer(start: cased, count: count))
        {
          pairs |= Self.pairBit(match[offset], 0)
        }
      }
      previous = kind
    }
    return (mask, starts, pairs)
  }

  /// The bit that stands for two bytes at the start of a word (letters of either case
  /// alike); a second byte of zero stands for a word that ends after its first byte.
  @inline(__always)
  static func pairBit(_ first: UInt8, _ second: UInt8) -> UInt32 {
    let lowered = UInt32(TextFolding.lowercaseASCII(first))
    let next = UInt32(TextFolding.lowercaseASCII(second))
    return 1 << ((lowered &* 7 &+ next &* 13) & 31)
  }

  /// The byte mask of a text alone (its word starts left out).
  @inline(__always)
  func mask(of text: UnsafePointer<UInt8>, count: Int) -> UInt32 {
    var mask: UInt32 = 0
    for offset in 0..<count {
      mask |= bits[Int(text[offset])]
    }
    return mask
  }
}
