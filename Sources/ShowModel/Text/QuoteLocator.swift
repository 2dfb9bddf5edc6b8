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
    var comparisons = 0
    return range(of: quote, comparisons: &comparisons)
  }

  /// `range(of:)`, adding the byte comparisons the search made to `comparisons`.
  func range(of quote: String, comparisons: inout Int) -> Range<String.Index>? {
    let needle = QuoteLocator(text: quote).folded
    guard let found = Self.firstOffset(of: needle, in: folded, comparisons: &comparisons) else {
      return nil
    }
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: Int(starts[found]))
    let upper = utf8.index(utf8.startIndex, offsetBy: Int(ends[found + needle.count - 1]))
    return lower..<upper
  }

  /// True when the text holds the quote.
  public func contains(_ quote: String) -> Bool {
    var comparisons = 0
    return Self.firstOffset(
      of: QuoteLocator(text: quote).folded, in: folded, comparisons: &comparisons) != nil
  }

  /// Where `needle` first starts in `haystack`, by Knuth–Morris–Pratt: linear, at most
  /// 2 × (haystack + needle) byte comparisons, which are added to `comparisons`.
  static func firstOffset(of needle: [UInt8], in haystack: [UInt8], comparisons: inout Int)
    -> Int?
  {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    // fallback[i]: the length of the longest proper prefix of needle[0...i] that is also
    // its suffix, where a partial match continues after a mismatch.
    var fallback = [Int](repeating: 0, count: needle.count)
    var count = 0
    defer { comparisons += count }
    return needle.withUnsafeBufferPointer { needle in
      var matched = 0
      for index in 1..<needle.count {
        count += 1
        while matched > 0 && needle[index] != needle[matched] {
          matched = fallback[matched - 1]
          count += 1
        }
        if needle[index] == needle[matched] { matched += 1 }
        fallback[index] = matched
      }
      return haystack.withUnsafeBufferPointer { haystack in
        var matched = 0
        for (index, byte) in haystack.enumerated() {
          count += 1
          while matched > 0 && byte != needle[matched] {
            matched = fallback[matched - 1]
            count += 1
          }
          if byte == needle[matched] {
            matched += 1
            if matched == needle.count { return index + 1 - needle.count }
          }
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
