import BrowserCore
import ShowSearch
import TerminalCells

// MARK: - Result list

/// Draws search hits the way the browser's list pane does: a header row, then one row per
/// hit with its matched characters in the match style and the selected row in reverse video.
struct ResultList {
  let theme = Theme(monochrome: false)

  /// Renders the hits for `query` into a fresh frame of the given size.
  func render(
    _ hits: [SearchHit], query: String, index: SearchIndex, width: Int, height: Int
  ) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    let header = theme.paneHeader(focused: true)
    buffer.fill(row: 0, column: 0, width: width, height: 1, style: header)
    let title = query.isEmpty ? " Search" : " Results for “\(query)”"
    buffer.put(title, row: 0, column: 0, style: header, limit: width)
    for (row, hit) in hits.prefix(height - 1).enumerated() {
      let base = row == 0 ? theme.selected(.plain, focused: true) : .plain
      let line = [Span(" ")] + highlighted(index[hit.index], positions: hit.match.positions)
      draw(line, row: row + 1, width: width, base: base, into: &buffer)
    }
    return buffer
  }

  /// `text` with the graphemes at `positions` in the match role.
  private func highlighted(_ text: String, positions: [Int]) -> [Span] {
    let marked = Set(positions)
    var spans: [Span] = []
    for (offset, character) in text.enumerated() {
      let role: TextRole = marked.contains(offset) ? .match : .normal
      if let last = spans.last, last.role == role {
        spans[spans.count - 1].text.append(character)
      } else {
        spans.append(Span(String(character), role))
      }
    }
    return spans
  }

  /// Draws spans across a row, filling the rest with the row's base style.
  private func draw(
    _ line: [Span], row: Int, width: Int, base: CellStyle, into buffer: inout ScreenBuffer
  ) {
    buffer.fill(row: row, column: 0, width: width, height: 1, style: base)
    var column = 0
    for span in line where column < width {
      var style = theme.style(span.role)
      if base.reverse { style.reverse = true }
      if style.background == .standard { style.background = base.background }
      column = buffer.put(span.text, row: row, column: column, style: style, limit: width - column)
    }
  }
}
