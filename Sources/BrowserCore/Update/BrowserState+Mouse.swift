import TerminalCells

extension BrowserUpdate {
  /// Applies a mouse event: a click focuses the pane under it and selects the row, follows
  /// the link already selected, or presses the key of the hint under it; the wheel scrolls
  /// the pane under it and leaves the focus where it is.
  static func apply(_ mouse: MouseEvent, to state: inout BrowserState) -> Outcome {
    let layout = state.frameLayout
    switch mouse {
    case .click(let row, let column):
      switch layout.target(atRow: row, column: column) {
      case .status:
        guard let key = StatusLine.key(atColumn: column, state, layout.status) else {
          return .ignored
        }
        return apply(.key(key), to: &state)
      case .section(let section):
        state.show(section, focus: .sections)
      case .sectionsPane, nil:
        return .ignored
      case .listRow(let index):
        state.view.focus = .list
        if index != state.view.list.selection { state.selectListRow(index) }
      case .listPane:
        state.view.focus = .list
      case .detailBlock(let block):
        let wasFocused = state.view.focus == .details
        state.view.focus = .details
        // A click selects; a click on the link already selected follows it.
        if wasFocused && block == state.view.details.selection
          && state.detailBlocks[block].target != nil
        {
          return state.perform(.follow)
        }
        state.view.details.selection = block
        state.ensureDetailSelection()
      case .detailsPane:
        state.view.focus = .details
        state.ensureDetailSelection()
      }
      return .redraw
    case .wheelUp(let row, let column), .wheelDown(let row, let column):
      var rows = BrowserState.wheelRows
      if case .wheelUp = mouse { rows = -rows }
      switch layout.target(atRow: row, column: column) {
      case .listRow, .listPane:
        state.scrollList(by: rows)
      case .detailBlock, .detailsPane:
        if state.view.reader != nil {
          state.scrollReader(by: rows)
        } else {
          state.scrollDetails(by: rows)
        }
      case .status, .section, .sectionsPane, nil:
        return .ignored
      }
      return .redraw
    }
  }
}
