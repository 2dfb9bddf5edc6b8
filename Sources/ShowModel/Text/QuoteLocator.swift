import Glibc

/// Finds a quote in an article's text, folding only runs of whitespace (to one space) and
/// typographic quote marks (to their plain forms), as the pack format promises. Works on
/// UTF-8 bytes: the text is folded once, and each quote is looked up in the folded bytes.
public struct QuoteLocator: Sendable {
  private let text: String
  /// The folded bytes.
  private let folded: [UInt8]
  /// For each folded byte, the UTF-8 offset in `text` where what it stands for starts.
  private let starts: [Int32]
  /// For each folded byte, the UTF-8 offset in `text` where what it stands for ends.
  private let ends: [Int32]

  /// Folds `text` once, to look up many quotes in it.
  public init(text: String) {
    self.text = text
    var folded: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    let bytes = Array(text.utf8)
    folded.reserveCapacity(bytes.count)
    var offset = 0
    var pendingSpace: (start: Int, end: Int)?
    while offset < bytes.count {
      let (scalar, length) = Self.decode(bytes, at: offset)
      let end = offset + length
      if Self.isWhitespace(scalar) {
        pendingSpace = (pendingSpace?.start ?? offset, end)
        offset = end
        continue
      }
      if let space = pendingSpace, !folded.isEmpty {
        folded.append(0x20)
        starts.append(Int32(space.start))
        ends.append(Int32(space.end))
      }
      pendingSpace = nil
      let plain = Self.plain(scalar)
      if plain.value < 0x80 {
        folded.append(UInt8(plain.value))
        starts.append(Int32(offset))
        ends.append(Int32(end))
      } else {
        for index in offset..<end {
          folded.append(bytes[index])
          starts.append(Int32(offset))
          ends.append(Int32(end))
        }
      }
      offset = end
    }
    self.folded = folded
    self.starts = starts
    self.ends = ends
  }

  /// The range of the text that the quote matches, or nil when the text does not hold it.
  public func range(of quote: String) -> Range<String.Index>? {
    let needle = QuoteLocator(text: quote).folded
    guard let found = offset(of: needle) else { return nil }
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: Int(starts[found]))
    let upper = utf8.index(utf8.startIndex, offsetBy: Int(ends[found + needle.count - 1]))
    return lower..<upper
  }

  /// True when the text holds the quote.
  public func contains(_ quote: String) -> Bool {
    offset(of: QuoteLocator(text: quote).folded) != nil
  }

  /// Where `needle` starts in the folded bytes.
  private func offset(of needle: [UInt8]) -> Int? {
    guard let first = needle.first, needle.count <= folded.count else { return nil }
    return folded.withUnsafeBufferPointer { haystack in
      needle.withUnsafeBufferPointer { needle in
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
          if haystack[start] == first
            && memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0
          {
            return start
          }
          start += 1
        }
        return nil
      }
    }
  }

  /// The range of `text` that the quote matches, or nil when the text does not hold it.
  public static func range(of quote: String, in text: String) -> Range<String.Index>? {
    QuoteLocator(text: text).range(of: quote)
  }

  /// True when `text` holds the quote.
  public static func contains(_ quote: String, in text: String) -> Bool {
    range(of: quote, in: text) != nil
  }

  /// The scalar at `offset` of valid UTF-8 and the number of bytes it takes.
  private static func decode(_ bytes: [UInt8], at offset: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for index in 1..<length where offset + index < bytes.count {
      value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D: return true
    case 0..<0x80: return false
    default: return scalar.properties.isWhitespace
    }
  }

  private static func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "\u{2018}", "\u{2019}": return "'"
    case "\u{201C}", "\u{201D}": return "\""
    default: return scalar
    }
  }
}
