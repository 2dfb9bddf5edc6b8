extension BrowserState {
  /// Rows one notch of the wheel scrolls, as in less, vim and tig.
  static let wheelRows = 3

  /// Scrolls the list by `rows` (down when positive) without moving the focus; the
  /// selection stays while it is in view, else it moves to the nearest row in view.
  mutating func scrollList(by rows: Int) {
    let count = listCount
    guard count > 0 else { return }
    let visible = listRows
    view.list.offset = min(max(view.list.offset + rows, 0), max(count - visible, 0))
    let last = min(view.list.offset + visible, count) - 1
    let selection = min(max(view.list.selection, view.list.offset), last)
    guard selection != view.list.selection else { return }
    selectListRow(selection)
  }

  /// Scrolls the details (an entity's page, or a page as the Disagreements) by `rows` lines
  /// (down when positive) without moving the focus; the selected block stays while a line
  /// of it is in view, else the nearest selectable block in view is selected.
  mutating func scrollDetails(by rows: Int) {
    let blocks = detailBlocks
    guard let rect = layout.details, !blocks.isEmpty else { return }
    let width = max(rect.width - 1, 1)
    for _ in 0..<abs(rows) {
      if rows > 0 {
        // Down only while more than a pane of lines is left below the top.
        guard detailLines(blocks, width: width, rows: detailRows + 1).count > detailRows else {
          break
        }
        let count = blocks[view.details.offset].lines(
          width: width, maximumLines: view.details.hiddenLines + 2
        ).count
        if view.details.hiddenLines + 1 < count {
          view.details.hiddenLines += 1
        } else {
          view.details.offset += 1
          view.details.hiddenLines = 0
        }
      } else if view.details.hiddenLines > 0 {
        view.details.hiddenLines -= 1
      } else if view.details.offset > 0 {
        view.details.offset -= 1
        view.details.hiddenLines = blocks[view.details.offset].lines(width: width).count - 1
      }
    }
    keepSelectionInView(blocks, width: width)
  }

  /// The details' lines from the top of the pane on, as many as `rows`: those the pane
  /// shows at the offset scrolled to.
  private func detailLines(_ blocks: [DetailBlock], width: Int, rows: Int) -> [DetailLine] {
    Layout.detailLines(
      of: blocks, offset: view.details.offset, hiddenLines: view.details.hiddenLines,
      rows: rows, width: width)
  }

  /// Moves the details' selection to the nearest selectable block in view when the
  /// selected one has left it.
  private mutating func keepSelectionInView(_ blocks: [DetailBlock], width: Int) {
    let shown = detailLines(blocks, width: width, rows: detailRows).filter(\.isSelectable)
    guard let first = shown.first?.block, let last = shown.last?.block else { return }
    let selection = view.details.selection
    if selection < first {
      view.details.selection = first
    } else if selection > last {
      view.details.selection = last
    }
  }
}
