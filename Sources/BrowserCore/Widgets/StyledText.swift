import ShowModel

/// The role a piece of text plays on screen; the theme turns roles into cell styles.
public enum TextRole: Sendable, Equatable {
  /// Body text, secondary text, headings, links, quotes, search matches, gaps in the sources, warnings, titles, and the quote highlighted in the reader.
  case normal, dim, heading, link, quote, match, missing, warning, title, highlight
  /// The match of a find in the reader that `n` and `N` stand on.
  case currentMatch
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
