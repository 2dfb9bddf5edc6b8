import ShowModel
import TerminalCells

/// The article reader, in the details pane: the cited article scrolled to its quote. It
/// holds its own state (the article, the quote, the scroll) in the open view, which history
/// keeps, so Back and Forward restore the reader where it was.
public struct ArticleReaderView: BrowserView, Sendable, Equatable {
  /// The article's id.
  public private(set) var source: String
  /// The quote to highlight.
  public private(set) var quote: String
  /// The first visible line; nil until first laid out, then scrolled to the quote.
  public private(set) var offset: Int?
  /// The width the article was laid out at when `offset` was set.
  public private(set) var width: Int?

  /// The reader on `quote` in the article `source`, to be scrolled to it once laid out.
  public init(source: String, quote: String) {
    self.source = source
    self.quote = quote
  }

  static let scope = KeyScope.reader
  static let hints = [
    KeyHint([.moveDown, .moveUp], "scroll"), KeyHint([.back], "close", showing: 2),
    KeyHint([.startFind], "find"), KeyHint([.toggleHelp], "help"),
    KeyHint([.quit], "quit", preferring: .character("Q")),
  ]

  static func isOpen(in state: BrowserState) -> Bool { state.view.reader != nil }

  static func hasKeyboard(in state: BrowserState) -> Bool {
    isOpen(in: state) && state.view.focus == .details
  }

  static func position(in state: BrowserState) -> String {
    guard let reader = state.view.reader, let content = state.readerContent else {
      return DetailsView.position(in: state)
    }
    let rows = state.frameLayout.details.map { $0.height - 1 } ?? 1
    let last = min((reader.offset ?? 0) + rows, content.lines.count)
    return "lines \((reader.offset ?? 0) + 1)–\(last)/\(content.lines.count)"
  }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let rect = layout.details, let reader = state.view.reader else { return }
    ReaderPane.draw(reader, state, rect, theme, into: &buffer)
  }

  /// The reader's title: the article's name, for the pane header and the title line.
  func title(in catalog: Catalog, shield: SpoilerShield) -> String {
    catalog.entity(source).map { shield.name(of: $0) } ?? catalog.name(of: source)
  }

  /// What the layout of the article depends on: the article, the quote and `width`.
  func layoutKey(width: Int) -> ArticleReaderView {
    var key = ArticleReaderView(source: source, quote: quote)
    key.width = width
    return key
  }

  /// Scrolls to `line` at the top, kept in the article laid out as `content` in a pane of
  /// `rows` rows.
  mutating func scroll(to line: Int, in content: ReaderContent, rows: Int) {
    offset = min(max(line, 0), max(content.lines.count - rows, 0))
  }

  /// Goes back to `line` at the top, a line the reader showed before at this width.
  mutating func returnTo(_ line: Int) { offset = line }

  /// Scrolls by `delta` lines (down when positive).
  mutating func scroll(by delta: Int, in content: ReaderContent, rows: Int) {
    scroll(to: (offset ?? 0) + delta, in: content, rows: rows)
  }

  /// Scrolls so that the quote sits near the top third of the pane, and remembers the
  /// pane's `width` it was placed at.
  mutating func placeOnQuote(in content: ReaderContent, rows: Int, width: Int?) {
    scroll(to: (content.quoteLine ?? 0) - rows / 3, in: content, rows: rows)
    self.width = width
  }

  /// True when the reader still needs scrolling to its quote: it was just opened, or the
  /// pane's width changed since.
  func needsPlacing(width: Int?) -> Bool { offset == nil || self.width != width }
}
