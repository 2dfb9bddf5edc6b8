/// Finds a quote in an article's text, folding only runs of whitespace (to one space) and
/// typographic quote marks (to their plain forms), as the pack format promises.
public struct QuoteLocator: Sendable {
  private let folded: [Unicode.Scalar]
  private let starts: [String.Index]
  private let ends: [String.Index]

  /// Folds `text` once, to look up many quotes in it.
  public init(text: String) {
    var folded: [Unicode.Scalar] = []
    var starts: [String.Index] = []
    var ends: [String.Index] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if Self.isWhitespace(scalar) {
        var end = next
        while end < scalars.endIndex && Self.isWhitespace(scalars[end]) {
          end = scalars.index(after: end)
        }
        if !folded.isEmpty && end < scalars.endIndex {
          folded.append(" ")
          starts.append(index)
          ends.append(end)
        }
        index = end
        continue
      }
      folded.append(Self.plain(scalar))
      starts.append(index)
      ends.append(next)
      index = next
    }
    self.folded = folded
    self.starts = starts
    self.ends = ends
  }

  /// The range of the text that the quote matches, or nil when the text does not hold it.
  public func range(of quote: String) -> Range<String.Index>? {
    let needle = QuoteLocator(text: quote).folded
    guard let first = needle.first, needle.count <= folded.count else { return nil }
    var start = 0
    while start + needle.count <= folded.count {
      guard let found = folded[start...].firstIndex(of: first), found + needle.count <= folded.count
      else { return nil }
      if folded[found..<(found + needle.count)].elementsEqual(needle) {
        return starts[found]..<ends[found + needle.count - 1]
      }
      start = found + 1
    }
    return nil
  }

  /// The range of `text` that the quote matches, or nil when the text does not hold it.
  public static func range(of quote: String, in text: String) -> Range<String.Index>? {
    QuoteLocator(text: text).range(of: quote)
  }

  /// True when `text` holds the quote.
  public static func contains(_ quote: String, in text: String) -> Bool {
    range(of: quote, in: text) != nil
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
