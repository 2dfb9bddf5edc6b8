import ShowModel
import TerminalCells

/// The article reader: the cited article, scrolled to the quote, which is highlighted.
enum ReaderPane {
  /// What the pane says while the article is being laid out.
  static let laying = "Laying out the article…"

  /// Draws `reader`, open in `state`, into the pane `rect`.
  static func draw(
    _ reader: ArticleReaderView, _ state: BrowserState, _ rect: Rect, _ theme: Theme,
    into buffer: inout ScreenBuffer
  ) {
    let focused = state.view.focus == .details
    guard let content = state.readerContent else {
      // Shown while a long article is being laid out; keys and signals still answer.
      drawPaneHeader(
        reader.title(in: state.catalog, shield: state.shield), position: "", rect: rect,
        focused: focused,
        theme: theme, into: &buffer)
      drawLine(
        [Span(" " + laying, .dim)], row: rect.y + 1, column: rect.x, width: rect.width,
        theme: theme, into: &buffer)
      return
    }
    let rows = rect.height - 1
    let offset = reader.offset ?? 0
    let position =
      "\(min(offset + 1, content.lines.count))–\(min(offset + rows, content.lines.count))/\(content.lines.count)"
    drawPaneHeader(
      reader.title(in: state.catalog, shield: state.shield), position: position, rect: rect,
      focused: focused,
      theme: theme, into: &buffer)
    let matches = state.readerMatches ?? []
    let current = state.find.flatMap {
      matches.indices.contains($0.current) ? matches[$0.current] : nil
    }
    // The first match on screen, found by halving: a frame costs the rows it shows.
    var low = 0
    var high = matches.count
    while low < high {
      let middle = (low + high) / 2
      if matches[middle].line < offset { low = middle + 1 } else { high = middle }
    }
    for row in 0..<rows {
      let index = offset + row
      guard content.lines.indices.contains(index) else { break }
      var end = low
      while end < matches.count && matches[end].line == index { end += 1 }
      let line = content.lines[index].marking(matches[low..<end], current: current)
      low = end
      drawLine(
        [Span(" ")] + line, row: rect.y + 1 + row, column: rect.x,
        width: rect.width, theme: theme, into: &buffer)
    }
    if focused {
      let quoteRow = (content.quoteLine ?? offset) - offset
      buffer.cursor = (rect.y + 1 + min(max(quoteRow, 0), rows - 1), rect.x + 1)
    }
  }
}
