import ShowModel

/// The role a piece of text plays on screen; the theme turns roles into cell styles.
public enum TextRole: Sendable, Equatable {
  /// Body text, secondary text, headings, links, quotes, search matches, gaps in the sources, warnings, titles, and the quote highlighted in the reader.
  case normal, dim, heading, link, quote, match, missing, warning, title, highlight
  /// The match of a find in the reader that `n` and `N` stand on.
  case currentMatch
  /// A rating on the Ratings page, by its band (`RatingBand`).
  case rating(RatingBand)
}

/// A run of text with one role.
public struct Span: Sendable, Equatable {
  /// The text; already safe for the terminal or made safe when drawn.
  public var text: String
  /// What the text is.
  public var role: TextRole

  /// Creates a span.
  public init(_ text: String, _ role: TextRole = .normal) {
    self.text = text
    self.role = role
  }
}

/// A line of spans.
public typealias StyledLine = [Span]

extension TextWrapper {
  /// `spans` wrapped into styled lines, at most `maximumLines` of them; continuation lines
  /// start with a span of `hanging` spaces. Nil when `isInterrupted` says to stop.
  public func lines(
    _ spans: [Span], maximumLines: Int = .max, isInterrupted: () -> Bool = { false }
  ) -> [StyledLine]? {
    let pieces = spans.map { TaggedText($0.text, tag: $0.role) }
    guard let lines = wrap(pieces, maximumLines: maximumLines, isInterrupted: isInterrupted)
    else { return nil }
    return lines.map { line in
      let indent = line.indent > 0 ? [Span(String(repeating: " ", count: line.indent))] : []
      return indent + line.pieces.map { Span($0.text, $0.tag) }
    }
  }

  /// `spans` wrapped into styled lines, at most `maximumLines` of them.
  public func lines(_ spans: [Span], maximumLines: Int = .max) -> [StyledLine] {
    lines(spans, maximumLines: maximumLines, isInterrupted: { false }) ?? []
  }
}

/// How good a rating is, for its colour on the Ratings page; in monochrome the best two
/// bands are bold and the worst dim, and the number is always written.
public enum RatingBand: Int, Sendable, Equatable, CaseIterable {
  /// Under 5.0, 5.0 to 6.4, 6.5 to 7.4, 7.5 to 8.4, 8.5 and over.
  case poor, fair, good, great, superb

  /// The band of `rating` (1 to 10).
  public init(_ rating: Double) {
    switch rating {
    case ..<5.0: self = .poor
    case ..<6.5: self = .fair
    case ..<7.5: self = .good
    case ..<8.5: self = .great
    default: self = .superb
    }
  }

  /// The lowest rating of the band, for the page's key ("8.5+").
  public var floor: String {
    switch self {
    case .poor: return "under 5.0"
    case .fair: return "5.0+"
    case .good: return "6.5+"
    case .great: return "7.5+"
    case .superb: return "8.5+"
    }
  }
}
