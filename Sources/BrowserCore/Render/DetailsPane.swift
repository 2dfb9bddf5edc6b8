import ShowModel
import TerminalCells

/// The details pane: the selected entity's page, made of blocks; links and citations can be
/// selected and followed.
enum DetailsPane {
  /// Draws `lines`, the details' lines the layout placed, under a header with `title` and
  /// `position` (by default the selected block's number among the selectable ones).
  static func draw(
    _ state: BrowserState, _ rect: Rect, _ lines: [DetailLine], _ theme: Theme,
    into buffer: inout ScreenBuffer, title: String = "Details", position: String? = nil
  ) {
    let focused = state.view.focus == .details
    let blocks = state.detailBlocks
    let selectable = blocks.indices.filter { !blocks[$0].isHeading }
    let index = (selectable.firstIndex(of: state.view.details.selection) ?? 0) + 1
    let position = position ?? (selectable.isEmpty ? "" : "\(index)/\(selectable.count)")
    drawPaneHeader(
      title, position: position, rect: rect, focused: focused, theme: theme, into: &buffer)
    let base = theme.selected(.plain, focused: focused)
    for (offset, line) in lines.prefix(max(rect.height - 1, 0)).enumerated() {
      let row = rect.y + 1 + offset
      let selected = line.block == state.view.details.selection && line.isSelectable
      drawLine(
        [Span(" ")] + line.text, row: row, column: rect.x, width: rect.width, theme: theme,
        into: &buffer)
      if selected {
        let lineWidth = min(StyledLineWidth.of(line.text) + 1, rect.width)
        buffer.restyle(row: row, column: rect.x + 1, width: lineWidth - 1) { style in
          if base.reverse { style.reverse = true }
          if base.bold { style.bold = true }
          if base.underline { style.underline = true }
        }
      }
      if selected && focused && row == rowOfSelection(row, buffer.cursor) {
        buffer.cursor = (row, rect.x + 1)
      }
    }
  }

  private static func rowOfSelection(_ row: Int, _ cursor: (row: Int, column: Int)?) -> Int {
    // The cursor goes on the first line of the selected block only.
    if let cursor, cursor.row < row, cursor.row >= 0 { return -1 }
    return row
  }
}
