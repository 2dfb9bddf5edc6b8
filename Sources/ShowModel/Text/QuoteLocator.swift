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
    (folded, starts, ends) = Self.foldKeepingOffsets(text)
  }

  /// `text` folded as quotes are compared, without the offsets that `range(of:)` needs:
  /// what checking that a text holds its quotes keeps.
  static func folded(_ text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { bytes in
      [UInt8](unsafeUninitializedCapacity: bytes.count) { folded, count in
        count = foldWithoutOffsets(bytes, into: folded)
      }
    }
  }

  /// Folds valid UTF-8 `bytes` into `folded`, which has room for as many bytes (folding
  /// never lengthens a text), and returns how many it wrote: the bytes `fold` gives. A
  /// byte of printable ASCII, what articles are mostly made of, is copied with one
  /// comparison; only the rest is decoded.
  private static func foldWithoutOffsets(
    _ bytes: UnsafeBufferPointer<UInt8>, into folded: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var written = 0
    var offset = 0
    var pendingSpace = false
    while offset < bytes.count {
      let lead = bytes[offset]
      if lead > 0x20 && lead < 0x7F {
        if pendingSpace && written > 0 {
          folded[written] = 0x20
          written += 1
        }
        pendingSpace = false
        folded[written] = lead
        written += 1
        offset += 1
        continue
      }
      let (scalar, length) =
        lead < 0x80 ? (Unicode.Scalar(lead), 1) : Self.decode(bytes, at: offset)
      let end = min(offset + length, bytes.count)
      if Self.isWhitespace(scalar) {
        pendingSpace = true
        offset = end
        continue
      }
      if pendingSpace && written > 0 {
        folded[written] = 0x20
        written += 1
      }
      pendingSpace = false
      let plain = lead < 0x80 ? scalar : Self.plain(scalar)
      if plain.value < 0x80 {
        folded[written] = UInt8(plain.value)
        written += 1
      } else {
        for index in offset..<end {
          folded[written] = bytes[index]
          written += 1
        }
      }
      offset = end
    }
    return written
  }

  /// True when `folded`, a text as `folded(_:)` returns it, holds the quote.
  /// The quote is folded into memory that lives only for the search, since a pack's
  /// validation asks this once for each of its quotes.
  static func contains(_ quote: Substring, inFolded folded: [UInt8]) -> Bool {
    var quote = quote
    return quote.withUTF8 { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
        let count = foldWithoutOffsets(bytes, into: buffer)
        let needle = UnsafeBufferPointer(rebasing: buffer[..<count])
        var comparisons = 0
        return folded.withUnsafeBufferPointer { haystack in
          firstOffset(of: needle, in: haystack, comparisons: &comparisons) != nil
        }
      }
    }
  }

  /// The folded bytes of `text` and, for each folded byte, the UTF-8 offsets in `text`
  /// where what it stands for starts and ends.
  static func foldKeepingOffsets(_ text: String) -> (
    folded: [UInt8], starts: [Int32], ends: [Int32]
  ) {
    var text = text
    return text.withUTF8 { bytes in
      var folded: [UInt8] = []
      var starts: [Int32] = []
      var ends: [Int32] = []
      folded.reserveCapacity(bytes.count)
      starts.reserveCapacity(bytes.count)
      ends.reserveCapacity(bytes.count)
      func append(_ byte: UInt8, from start: Int, to end: Int) {
        folded.append(byte)
        starts.append(Int32(truncatingIfNeeded: start))
        ends.append(Int32(truncatingIfNeeded: end))
      }
      var offset = 0
      var pendingSpace: (start: Int, end: Int)?
      while offset < bytes.count {
        let lead = bytes[offset]
        let (scalar, length) =
          lead < 0x80 ? (Unicode.Scalar(lead), 1) : Self.decode(bytes, at: offset)
        let end = offset + length
        if Self.isWhitespace(scalar) {
          pendingSpace = (pendingSpace?.start ?? offset, end)
          offset = end
          continue
        }
        if let space = pendingSpace, !folded.isEmpty {
          append(0x20, from: space.start, to: space.end)
        }
        pendingSpace = nil
        let plain = lead < 0x80 ? scalar : Self.plain(scalar)
        if plain.value < 0x80 {
          append(UInt8(plain.value), from: offset, to: end)
        } else {
          for index in offset..<end { append(bytes[index], from: offset, to: end) }
        }
        offset = end
      }
      return (folded, starts, ends)
    }
  }

  /// The range of the text that the quote matches, or nil when the text does not hold it.
  public func range(of quote: String) -> Range<String.Index>? {
    var comparisons = 0
    return range(of: quote, comparisons: &comparisons)
  }

  /// `range(of:)`, adding the byte comparisons the search made to `comparisons`.
  func range(of quote: String, comparisons: inout Int) -> Range<String.Index>? {
    let needle = Self.folded(quote)
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
    return Self.firstOffset(of: Self.folded(quote), in: folded, comparisons: &comparisons) != nil
  }

  /// Where `needle` first starts in `haystack`, by Knuth–Morris–Pratt: linear, at most
  /// 2 × (haystack + needle) byte comparisons, which are added to `comparisons`. While
  /// nothing is matched, `memchr` finds the next place of the needle's first byte, so
  /// that the comparisons made one byte at a time are only those from there on.
  static func firstOffset(of needle: [UInt8], in haystack: [UInt8], comparisons: inout Int)
    -> Int?
  {
    needle.withUnsafeBufferPointer { needle in
      haystack.withUnsafeBufferPointer { haystack in
        firstOffset(of: needle, in: haystack, comparisons: &comparisons)
      }
    }
  }

  /// `firstOffset(of:in:comparisons:)` over bytes held elsewhere; its table of fallbacks
  /// lives only for the search.
  static func firstOffset(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
    comparisons: inout Int
  ) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress
    else { return nil }
    var count = 0
    defer { comparisons += count }
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: needle.count) { fallback in
      // fallback[i]: the length of the longest proper prefix of needle[0...i] that is also
      // its suffix, where a partial match continues after a mismatch.
      fallback[0] = 0
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
      let first = Int32(needle[0])
      matched = 0
      var index = 0
      while index < haystack.count {
        if matched == 0 {
          // Nothing matched: only a place of the first byte can start a match.
          guard let found = memchr(base + index, first, haystack.count - index) else {
            return nil
          }
          index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        let byte = haystack[index]
        count += 1
        while matched > 0 && byte != needle[matched] {
          matched = fallback[matched - 1]
          count += 1
        }
        if byte == needle[matched] {
          matched += 1
          if matched == needle.count { return index + 1 - needle.count }
        }
        index += 1
      }
      return nil
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
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
    Unicode.Scalar, Int
  ) {
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (0xFF >> (length + 1))
    for index in 1..<length where offset + index < bytes.count {
      value = value << 6 | UInt32(bytes[offset + index] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// True for the scalars of Unicode's White_Space property, listed rather than looked
  /// up: the property's table lookup was a tenth of checking a pack's quotes.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
      0x205F, 0x3000:
      return true
    default: return false
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
