import ShowModel

extension BrowserState {
  /// Rows the list pane shows entities in (its first row is a header).
  var listRows: Int { max((layout.list?.height ?? 1) - 1, 1) }

  /// Rows the details pane shows content in (its first row is a header).
  var detailRows: Int { max((layout.details?.height ?? 1) - 1, 1) }

  /// Scrolls the list so its selection is visible.
  mutating func keepListVisible() {
    let rows = listRows
    if view.list.selection < view.list.offset { view.list.offset = view.list.selection }
    if view.list.selection >= view.list.offset + rows {
      view.list.offset = view.list.selection - rows + 1
    }
    view.list.offset = max(0, min(view.list.offset, max(listCount - rows, 0)))
  }

  /// Selects the first selectable block when the selection is on a heading or out of range.
  mutating func ensureDetailSelection() {
    let blocks = detailBlocks
    if !blocks.indices.contains(view.details.selection) || blocks[view.details.selection].isHeading
    {
      view.details.selection = blocks.firstIndex { !$0.isHeading } ?? 0
    }
    keepDetailsVisible(blocks)
  }

  /// Moves the details selection over selectable blocks.
  mutating func moveDetailSelection(by delta: Int) {
    let blocks = detailBlocks
    let selectable = blocks.indices.filter { !blocks[$0].isHeading }
    guard !selectable.isEmpty else { return }
    let current = selectable.firstIndex(of: view.details.selection) ?? 0
    let next = min(max(current + delta, 0), selectable.count - 1)
    view.details.selection = selectable[next]
    keepDetailsVisible(blocks)
  }

  /// Moves the details selection by about `rows` rows of text (a page), a block at least.
  mutating func moveDetailSelection(byRows rows: Int) {
    let blocks = detailBlocks
    guard let rect = layout.details, !blocks.isEmpty else { return }
    let width = max(rect.width - 1, 1)
    let step = rows > 0 ? 1 : -1
    var index = view.details.selection
    var covered = 0
    while covered < abs(rows), blocks.indices.contains(index + step) {
      covered += blocks[index].lines(width: width, maximumLines: abs(rows) - covered).count
      index += step
    }
    // Land on a selectable block: further on if there is one, else back.
    var target = index
    while blocks.indices.contains(target) && blocks[target].isHeading { target += step }
    if !blocks.indices.contains(target) {
      target = index
      while blocks.indices.contains(target) && blocks[target].isHeading { target -= step }
    }
    guard blocks.indices.contains(target) else { return }
    view.details.selection = target
    keepDetailsVisible(blocks)
  }

  /// Scrolls the details so the selected block, and the heading just above it, show.
  mutating func keepDetailsVisible(_ blocks: [DetailBlock]) {
    guard let rect = layout.details, !blocks.isEmpty else { return }
    let width = max(rect.width - 1, 1)
    let selection = view.details.selection
    var offset = view.details.offset
    if selection > 0 && blocks[selection - 1].isHeading { offset = min(offset, selection - 1) }
    offset = min(offset, selection)
    if selection == blocks.firstIndex(where: { !$0.isHeading }) { offset = 0 }
    // Walk back from the selection to find the first block that still lets it fit; each
    // block is measured once, so a jump to the end of a long page stays linear.
    var first = selection
    var used = blocks[selection].lines(width: width, maximumLines: detailRows + 1).count
    while first > offset {
      let height = blocks[first - 1].lines(width: width, maximumLines: detailRows - used + 1)
        .count
      if used + height > detailRows { break }
      used += height
      first -= 1
    }
    // Keys scroll by whole blocks: where they scroll, the first block shows from its first
    // line; where they do not, lines the wheel hid stay hidden.
    if first != view.details.offset { view.details.hiddenLines = 0 }
    view.details.offset = first
  }

  /// Brings every scroll position back into range, after a resize or a return.
  mutating func clampScrolling() {
    let count = listCount
    view.list.selection = min(view.list.selection, max(count - 1, 0))
    keepListVisible()
    let blockCount = detailBlocks.count
    view.details.offset = min(view.details.offset, max(blockCount - 1, 0))
    view.details.selection = min(view.details.selection, max(blockCount - 1, 0))
    // At another width the article wraps anew: its layout brings the quote back into view.
    if view.focus == .details {
      if view.reader != nil {
        scrollReader(by: 0)
      } else {
        ensureDetailSelection()
      }
    }
  }
}
