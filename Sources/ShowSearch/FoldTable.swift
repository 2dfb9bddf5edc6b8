// MARK: - Fold table

/// Folded forms of the scalars that most often carry diacritics (Latin, Greek, Cyrillic,
/// typographic punctuation, kana), computed once on first use from canonical decomposition
/// (the generated `decompositionBases`, so that folding needs no Foundation).
struct FoldTable: Sendable {
  /// The one table, built lazily and never changed afterwards.
  static let shared = FoldTable()

  private static let latinEnd: UInt32 = 0x530
  private static let extendedStart: UInt32 = 0x1E00
  private static let extendedEnd: UInt32 = 0x2070
  private static let kanaStart: UInt32 = 0x3040
  private static let kanaEnd: UInt32 = 0x3100
  private static let extendedBase = Int(latinEnd - 0x80)
  private static let kanaBase = extendedBase + Int(extendedEnd - extendedStart)

  private let entries: [FoldedScalar]
  /// The ASCII bytes that folding a scalar beyond ASCII can produce, one bit each.
  private let producible: (low: UInt64, high: UInt64)

  private init() {
    var entries: [FoldedScalar] = []
    entries.reserveCapacity(Self.kanaBase + Int(Self.kanaEnd - Self.kanaStart))
    let ranges = [
      0x80..<Self.latinEnd, Self.extendedStart..<Self.extendedEnd, Self.kanaStart..<Self.kanaEnd,
    ]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else {
          entries.append(.empty)
          continue
        }
        entries.append(Self.computeFold(scalar))
      }
    }
    self.entries = entries
    // Beyond the table, folding only lowercases, and the one lowercase mapping into ASCII
    // there is the Kelvin sign's "k".
    var producible: (low: UInt64, high: UInt64) = (0, 1 << (UInt64(UInt8(ascii: "k")) - 64))
    for entry in entries {
      for word in [entry.cased, entry.lower] {
        for index in 0..<Int(entry.count) {
          let byte = UInt8(truncatingIfNeeded: word >> (8 * UInt32(index)))
          if byte < 64 {
            producible.low |= 1 << UInt64(byte)
          } else if byte < 128 {
            producible.high |= 1 << UInt64(byte - 64)
          }
        }
      }
    }
    self.producible = producible
  }

  /// True when folding some scalar beyond ASCII can produce `byte` (an ASCII byte), as
  /// folding "é" produces "e"; text without this byte in it then cannot hold it folded.
  func isProducedByFolding(_ byte: UInt8) -> Bool {
    guard byte < 128 else { return true }
    return byte < 64
      ? producible.low & (1 << UInt64(byte)) != 0
      : producible.high & (1 << UInt64(byte - 64)) != 0
  }

  // MARK: - Lookup

  /// The folded form of a non-ASCII scalar value, or nil when the table does not cover it.
  @inline(__always)
  func entry(for value: UInt32) -> FoldedScalar? {
    if value < Self.latinEnd {
      return entries[Int(value &- 0x80)]
    }
    if value >= Self.extendedStart && value < Self.extendedEnd {
      return entries[Self.extendedBase + Int(value &- Self.extendedStart)]
    }
    if value >= Self.kanaStart && value < Self.kanaEnd {
      return entries[Self.kanaBase + Int(value &- Self.kanaStart)]
    }
    return nil
  }

  // MARK: - Computing folds

  /// Folds a scalar the table does not cover: marks vanish, letters are lowercased, nothing
  /// is decomposed (so Hangul syllables and ideographs stay whole).
  static func foldUncommon(_ scalar: Unicode.Scalar) -> FoldedScalar {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark:
      return .empty
    default:
      break
    }
    guard properties.changesWhenLowercased else { return FoldedScalar(unfolded: scalar) }
    return FoldedScalar(
      casedBytes: UTF8.encode(scalar) ?? UTF8.EncodedScalar(),
      lowerBytes: properties.lowercaseMapping.utf8
    ) ?? FoldedScalar(unfolded: scalar)
  }

  private static func computeFold(_ scalar: Unicode.Scalar) -> FoldedScalar {
    if let replacement = specials[scalar.value] {
      let bytes = Array(replacement.utf8)
      let lowered = Array(replacement.lowercased().utf8)
      return FoldedScalar(casedBytes: bytes, lowerBytes: lowered) ?? .empty
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark:
      return .empty
    default:
      break
    }
    if let base = decompositionBase(of: scalar.value).flatMap(Unicode.Scalar.init) {
      if base.value < 0x80 {
        let byte = UInt32(base.value)
        let lowered = byte &- 65 < 26 ? byte | 0x20 : byte
        return FoldedScalar(cased: byte, lower: lowered, count: 1)
      }
      return computeFold(base)
    }
    return foldUncommon(scalar)
  }

  /// The first scalar of the canonical decomposition of a scalar the table covers, or nil
  /// when it does not decompose into another.
  static func decompositionBase(of value: UInt32) -> UInt32? {
    let pairs = decompositionBases
    var low = 0
    var high = pairs.count / 2
    while low < high {
      let middle = (low + high) / 2
      let key = pairs[2 * middle]
      if key == value { return pairs[2 * middle + 1] }
      if key < value {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return nil
  }

  /// Letters that do not decompose but read as plain Latin letters, and typographic
  /// punctuation that reads as its ASCII twin.
  private static let specials: [UInt32: String] = [
    0x00D8: "O", 0x00F8: "o", 0x0141: "L", 0x0142: "l", 0x013F: "L", 0x0140: "l",
    0x00C6: "AE", 0x00E6: "ae", 0x0152: "OE", 0x0153: "oe", 0x00DF: "ss", 0x1E9E: "SS",
    0x0110: "D", 0x0111: "d", 0x00D0: "D", 0x00F0: "d", 0x00DE: "TH", 0x00FE: "th",
    0x0131: "i", 0x0126: "H", 0x0127: "h", 0x0166: "T", 0x0167: "t", 0x017F: "s", 0x03C2: "σ",
    0x00A0: " ", 0x2000: " ", 0x2001: " ", 0x2002: " ", 0x2003: " ", 0x2004: " ",
    0x2005: " ", 0x2006: " ", 0x2007: " ", 0x2008: " ", 0x2009: " ", 0x200A: " ",
    0x202F: " ", 0x205F: " ", 0x00AD: "",
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-",
    0x2018: "'", 0x2019: "'", 0x201B: "'", 0x02BC: "'", 0x201C: "\"", 0x201D: "\"",
    0x2026: "...",
  ]
}
