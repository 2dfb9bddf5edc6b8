import ShowModel
import TerminalCells

/// Draws the Library view: the title, a table of the shows (or the results of a search
/// across them), and the status line or the search line.
struct ShelfRenderer {
  /// The state to draw.
  let shelf: Shelf
  /// The look.
  let theme: Theme
  /// The show being opened, named on the status line until it is.
  let opening: String?

  /// The frame.
  func render() -> ScreenBuffer {
    var buffer = ScreenBuffer(width: shelf.width, height: shelf.height)
    guard shelf.width >= Layout.minimumWidth, shelf.height >= Layout.minimumHeight else {
      TooSmallMessage.draw(into: &buffer)
      return buffer
    }
    drawTitle(into: &buffer)
    let rows = shelf.rows
    let position = shelf.rowCount == 0 ? "" : "\(rows.selection + 1)/\(shelf.rowCount)"
    let header = Rect(x: 0, y: 1, width: shelf.width, height: 1)
    // Clamped, so that a scroll left from a longer list can never make an empty range.
    let first = min(rows.offset, shelf.rowCount)
    let visible = first..<min(first + shelf.visibleRows, shelf.rowCount)
    if shelf.listsHits {
      let title = shelf.hitsQuery.isEmpty ? "Search every show" : "Results for “\(shelf.hitsQuery)”"
      drawPaneHeader(
        title, position: "", rect: header, focused: shelf.line == nil, theme: theme,
        into: &buffer)
      if shelf.hits.isEmpty { drawEmptyResults(into: &buffer) }
      for (row, index) in visible.enumerated() {
        drawRow(
          hitLine(shelf.hits[index]), row: row + 2, selected: index == rows.selection, into: &buffer
        )
      }
    } else {
      let columns = shelf.columns
      // The column titles line up with the rows below, however narrow the screen.
      let style = theme.paneHeader(focused: true)
      buffer.fill(row: 1, column: 0, width: shelf.width, height: 1, style: style)
      buffer.put(" " + columns.header, row: 1, column: 0, style: style)
      for (row, index) in visible.enumerated() {
        drawRow(
          [Span(columns.line(for: shelf.shows[index]))], row: row + 2,
          selected: index == rows.selection, into: &buffer)
      }
    }
    drawStatus(position: position, into: &buffer)
    if let offset = shelf.helpOffset {
      HelpOverlay.draw(
        { ShelfHelp.lines(keymap: shelf.keymap, keyColumn: $0) }, offset: offset, theme,
        into: &buffer)
    }
    return buffer
  }

  private func drawTitle(into buffer: inout ScreenBuffer) {
    var trail = "Library"
    if shelf.listsHits {
      trail += shelf.hitsQuery.isEmpty ? " › Search" : " › Search “\(shelf.hitsQuery)”"
    }
    let line = StyledLineWidth.cut(
      [Span(" tvbrowse ", .title), Span(" " + trail)], to: shelf.width)
    drawLine(
      line, row: 0, column: 0, width: shelf.width, theme: theme, into: &buffer,
      base: theme.titleBar)
  }

  private func drawRow(
    _ line: StyledLine, row: Int, selected: Bool, into buffer: inout ScreenBuffer
  ) {
    let focused = shelf.line == nil
    let base = selected ? theme.selected(.plain, focused: focused) : .plain
    drawLine(
      StyledLineWidth.cut(line, to: shelf.width), row: row, column: 0, width: shelf.width,
      theme: theme, into: &buffer, base: base)
    if selected && focused { buffer.cursor = (row, 0) }
  }

  /// A result: the entity's name (or the name and the text that matched), its kind, and
  /// its show on the right.
  private func hitLine(_ found: ShelfHit) -> StyledLine {
    let showWidth = min(max(shelf.width / 3, 12), 30)
    let room = shelf.width - showWidth - 2
    let hit = found.hit
    var left: StyledLine = [Span(" ")] + ListPane.hitSpans(hit, width: room)
    // Where the row is short, the kind gives way to the name, which tells rows apart.
    let kind = room >= 40 ? [Span("  " + hit.entity.kind.rawValue, .dim)] : []
    left = StyledLineWidth.cut(left, to: max(room - StyledLineWidth.of(kind), 1)) + kind
    let show = StyledLineWidth.cut([Span(found.show.name, .link)], to: showWidth)
    let gap = max(shelf.width - StyledLineWidth.of(left) - StyledLineWidth.of(show) - 1, 1)
    return left + [Span(String(repeating: " ", count: gap))] + show
  }

  private func drawEmptyResults(into buffer: inout ScreenBuffer) {
    let text: String
    if let query = shelf.pendingQuery {
      text = "Searching every show for “\(query)”…"
    } else if shelf.hitsQuery.isEmpty {
      text = "Type to search the names, people and threads of every show"
    } else {
      text = "Nothing in any show matches “\(shelf.hitsQuery)”"
    }
    let lines = TextWrapper(width: shelf.width - 2).lines(
      [Span(text, .dim)], maximumLines: shelf.visibleRows)
    for (index, line) in lines.enumerated() {
      drawLine(
        [Span(" ")] + line, row: 2 + index, column: 0, width: shelf.width, theme: theme,
        into: &buffer)
    }
  }

  private func drawStatus(position: String, into buffer: inout ScreenBuffer) {
    let rect = Rect(x: 0, y: shelf.height - 1, width: shelf.width, height: 1)
    if let line = shelf.line {
      TypedLine.draw(
        line, prompt: "/", status: searchStatus, hints: searchHints, scope: .searchLine,
        keymap: shelf.keymap, rect, theme, into: &buffer)
      return
    }
    let hints: [KeyHint] =
      shelf.listsHits
      ? [KeyHint([.follow], "open"), KeyHint([.cancel], "back"), KeyHint([.quit], "quit")]
      : [KeyHint([.follow], "open"), KeyHint([.startSearch], "search every show")]
        + (shelf.canReturn ? [KeyHint([.back], "back to the show")] : [])
        + [KeyHint([.quit], "quit")]
    let scopes: [KeyScope] = shelf.listsHits ? [.results] : []
    // A key that the list takes for itself is not shown for another action (q leaves
    // the results, so it is no "q quit" there).
    let shown = hints.compactMap { hint in
      hint.parts(keymap: shelf.keymap, scopes: scopes, dispatch: scopes).map {
        (text: $0.map(\.text).joined(), isEssential: hint.isEssential)
      }
    }
    // Where the line is short, the other hints give way to back and quit.
    let kept = KeyHint.kept(
      shown.map { (DisplayWidth.of($0.text), $0.isEssential) }, separator: 2,
      fitting: max(shelf.width - DisplayWidth.of(position) - 4, 0))
    let text =
      shelf.message ?? opening.map { "Opening \($0)…" }
      ?? zip(shown, kept).filter(\.1).map(\.0.text).joined(separator: "  ")
    drawLine(
      [Span(" " + position + " ", .title), Span(" " + text)], row: rect.y, column: 0,
      width: rect.width, theme: theme, into: &buffer, base: theme.statusBar)
  }

  private var searchStatus: String {
    guard let line = shelf.line, !line.isEmpty else { return "type to search every show" }
    if shelf.pendingQuery != nil { return "searching…" }
    let count = shelf.hitsAreCut ? "\(shelf.hits.count)+" : String(shelf.hits.count)
    return count + (shelf.hits.count == 1 && !shelf.hitsAreCut ? " result" : " results")
  }

  private var searchHints: [KeyHint] {
    [KeyHint([.acceptSearch], "keep"), KeyHint([.cancel], "cancel")]
  }
}
