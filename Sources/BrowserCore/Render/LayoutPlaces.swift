import ShowModel

/// A tab of the tab bar as the frame draws it: " label " from column `x`.
public struct TabPlace: Sendable, Equatable {
  /// The section the tab lists.
  public var section: Section
  /// The tab's label, drawn with a space on each side.
  public var label: String
  /// The tab's first column (its leading space).
  public var x: Int
  /// The columns the tab covers, its spaces included.
  public var width: Int
}

/// One line of the details pane as the frame draws it: the block it belongs to and the
/// block's text on that line, wrapped at the pane's width.
public struct DetailLine: Sendable, Equatable {
  /// The index of the block in `BrowserState.detailBlocks`.
  public var block: Int
  /// The line's text.
  public var text: StyledLine
  /// False for a heading's line, which a click cannot select.
  public var isSelectable: Bool
}

/// What a cell of the frame shows, as a click sees it.
public enum LayoutTarget: Sendable, Equatable {
  /// The status line.
  case status
  /// A tab of the tab bar, or a row of the sections pane.
  case section(Section)
  /// The sections pane, off its rows.
  case sectionsPane
  /// A row of the list.
  case listRow(Int)
  /// The list pane, off its rows (its header, or below the last row).
  case listPane
  /// A line of a selectable block of the details.
  case detailBlock(Int)
  /// The details pane (or the reader), off a selectable block.
  case detailsPane
}

extension Layout {
  /// This layout with what `state` shows placed in it: the tabs, the sections, the list's
  /// rows and the details' lines. Costs the rows on the screen, not the length of the list
  /// or of the page.
  func placing(_ state: BrowserState) -> Layout {
    var layout = self
    guard !tooSmall else { return layout }
    if let rect = tabs {
      var x = rect.x
      for (index, label) in TabBar.labels(width: rect.width, current: state.section).enumerated() {
        let width = DisplayWidth.of(label) + 2
        layout.tabPlaces.append(
          TabPlace(section: Section.allCases[index], label: label, x: x, width: width))
        x += width
      }
    }
    if let rect = sections {
      layout.sectionItems = Array(Section.allCases.prefix(max(rect.height - 1, 0)))
    }
    if let rect = list {
      let count = state.listCount
      let first = min(state.view.list.offset, count)
      layout.listItems = first..<min(first + max(rect.height - 1, 0), count)
    }
    if let rect = details, state.view.reader == nil {
      layout.detailLines = Self.detailLines(state, rows: rect.height - 1, width: rect.width - 1)
    }
    return layout
  }

  /// The lines of the details' blocks from the scroll offset on, as many as `rows`.
  private static func detailLines(_ state: BrowserState, rows: Int, width: Int) -> [DetailLine] {
    detailLines(
      of: state.detailBlocks, offset: state.view.details.offset,
      hiddenLines: state.view.details.hiddenLines, rows: rows, width: width)
  }

  /// The lines of `blocks` from block `offset` on, less the first `hiddenLines` of that
  /// block (the wheel may have scrolled them above the pane), as many as `rows`: the lines
  /// the details pane shows, each block wrapped no further than the pane needs.
  static func detailLines(
    of blocks: [DetailBlock], offset: Int, hiddenLines: Int, rows: Int, width: Int
  ) -> [DetailLine] {
    var lines: [DetailLine] = []
    var index = offset
    var hidden = max(hiddenLines, 0)
    while lines.count < rows && blocks.indices.contains(index) {
      let wrapped = blocks[index].lines(
        width: max(width, 1), maximumLines: rows - lines.count + hidden)
      let isSelectable = !blocks[index].isHeading
      lines += wrapped.dropFirst(hidden).map {
        DetailLine(block: index, text: $0, isSelectable: isSelectable)
      }
      hidden = 0
      index += 1
    }
    return lines
  }

  /// What the frame shows at `row`, `column`; nil off every pane and line.
  func target(atRow row: Int, column: Int) -> LayoutTarget? {
    if status.contains(row: row, column: column) { return .status }
    if let rect = tabs, rect.contains(row: row, column: column) {
      return tabPlaces.first { column >= $0.x && column < $0.x + $0.width }.map {
        .section($0.section)
      }
    }
    if let rect = sections, rect.contains(row: row, column: column) {
      let index = row - rect.y - 1
      return sectionItems.indices.contains(index) ? .section(sectionItems[index]) : .sectionsPane
    }
    if let rect = list, rect.contains(row: row, column: column) {
      let index = listItems.lowerBound + row - rect.y - 1
      return row > rect.y && listItems.contains(index) ? .listRow(index) : .listPane
    }
    if let rect = details, rect.contains(row: row, column: column) {
      let index = row - rect.y - 1
      guard detailLines.indices.contains(index), detailLines[index].isSelectable else {
        return .detailsPane
      }
      return .detailBlock(detailLines[index].block)
    }
    return nil
  }
}
