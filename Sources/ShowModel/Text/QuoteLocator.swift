/// Finds a quote in an article's text, folding only runs of whitespace (to one space) and
/// typographic quote marks (to their plain forms), as the pack format promises.
public enum QuoteLocator {
  /// The range of `text` that the quote matches, or nil when the text does not hold it.
  public static func range(of quote: String, in text: String) -> Range<String.Index>? {
    let needle = fold(quote).map(\.scalar)
    guard !needle.isEmpty else { return nil }
    let haystack = fold(text)
    let scalars = haystack.map(\.scalar)
    guard needle.count <= scalars.count else { return nil }
    var start = 0
    while start + needle.count <= scalars.count {
      guard let first = scalars[start...].firstIndex(of: needle[0]),
        first + needle.count <= scalars.count
      else { return nil }
      if scalars[first..<(first + needle.count)].elementsEqual(needle) {
        let lower = haystack[first].start
        let upper = haystack[first + needle.count - 1].end
        return lower..<upper
      }
      start = first + 1
    }
    return nil
  }

  /// True when `text` holds the quote.
  public static func contains(_ quote: String, in text: String) -> Bool {
    range(of: quote, in: text) != nil
  }

  /// The folded scalars of `text`, each with the range of the original it stands for.
  private static func fold(_ text: String)
    -> [(scalar: Unicode.Scalar, start: String.Index, end: String.Index)]
  {
    var folded: [(scalar: Unicode.Scalar, start: String.Index, end: String.Index)] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var atStart = true
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if scalar.properties.isWhitespace {
        var end = next
        while end < scalars.endIndex && scalars[end].properties.isWhitespace {
          end = scalars.index(after: end)
        }
        if !atStart && end < scalars.endIndex { folded.append((" ", index, end)) }
        index = end
        continue
      }
      atStart = false
      folded.append((plain(scalar), index, next))
      index = next
    }
    return folded
  }

  private static func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "\u{2018}", "\u{2019}": return "'"
    case "\u{201C}", "\u{201D}": return "\""
    default: return scalar
    }
  }
}
