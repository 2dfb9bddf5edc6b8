import ShowModel

/// An article laid out for the reader: paragraphs wrapped to a width, with the quoted
/// sentence marked so it can be highlighted and scrolled to.
public struct ReaderContent: Sendable {
  /// The wrapped lines.
  public let lines: [StyledLine]
  /// The line where the quote starts, if the quote was found.
  public let quoteLine: Int?

  private init(lines: [StyledLine], quoteLine: Int?) {
    self.lines = lines
    self.quoteLine = quoteLine
  }

  /// Lays out `text` at `width`, highlighting `quote`; nil as soon as `isInterrupted` (asked
  /// every few thousand characters) says to stop, so a long article never holds up a key.
  public static func layOut(
    text: String, quote: String, width: Int, isInterrupted: () -> Bool
  ) -> ReaderContent? {
    let wrapper = TextWrapper(width: width)
    let range = QuoteLocator.range(of: quote, in: text)
    var lines: [StyledLine] = []
    var quoteLine: Int?
    var paragraphStart = text.startIndex
    while paragraphStart < text.endIndex {
      let paragraphEnd = text[paragraphStart...].firstIndex(of: "\n") ?? text.endIndex
      let paragraph = paragraphStart..<paragraphEnd
      var spans: [Span] = []
      if let range, range.overlaps(paragraph) {
        let lower = max(range.lowerBound, paragraph.lowerBound)
        let upper = min(range.upperBound, paragraph.upperBound)
        spans = [
          Span(String(text[paragraph.lowerBound..<lower])),
          Span(String(text[lower..<upper]), .highlight),
          Span(String(text[upper..<paragraph.upperBound])),
        ].filter { !$0.text.isEmpty }

      } else {
        spans = [Span(String(text[paragraph]))]
      }
      let isBlank = text[paragraph].allSatisfy(\.isWhitespace)
      if !isBlank {
        guard let wrapped = wrapper.lines(spans, isInterrupted: isInterrupted) else { return nil }
        if quoteLine == nil,
          let first = wrapped.firstIndex(where: { $0.contains { $0.role == .highlight } })
        {
          quoteLine = lines.count + first
        }
        lines += wrapped
      } else if lines.last?.isEmpty == false {
        lines.append([])
      }
      paragraphStart =
        paragraphEnd < text.endIndex ? text.index(after: paragraphEnd) : text.endIndex
    }
    return ReaderContent(lines: lines, quoteLine: quoteLine)
  }
}

/// Laying an article out for the reader: what it takes, as a value that can be carried to
/// another thread, and the work itself.
public struct ReaderLayoutRequest: Sendable, Equatable {
  /// What the layout is for: the article, the quote and the pane's width.
  let key: ArticleReaderView
  /// The show the article is in.
  let catalog: Catalog
  /// What the spoiler shield hides of the article's text.
  let shield: SpoilerShield
  /// The quote to highlight.
  let quote: String
  /// The width to wrap to.
  let width: Int

  /// Lays the article out, its hidden passages masked (on whatever thread runs it: the
  /// masking reads the whole text); nil when `isInterrupted` stopped the work.
  public func run(isInterrupted: () -> Bool) -> ReaderContent? {
    let text = catalog.text(ofSource: key.source, shield: shield) ?? ""
    return ReaderContent.layOut(
      text: text, quote: quote, width: width, isInterrupted: isInterrupted)
  }

  /// Two requests are the same when they are for the same article, quote and width, and
  /// the same shield: a layout made before the shield changed is not taken.
  public static func == (left: Self, right: Self) -> Bool {
    left.key == right.key && left.shield == right.shield
  }
}
