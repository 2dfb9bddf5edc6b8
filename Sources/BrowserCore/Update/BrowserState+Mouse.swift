import TerminalCells

extension BrowserUpdate {
  /// Applies a mouse event: a click focuses the pane under it and selects the row, follows
  /// the link already selected, or presses the key of the hint under it; the wheel moves the
  /// selection of the pane under it.
  static func apply(_ mouse: MouseEvent, to state: inout BrowserState) -> Outcome {
    let layout = state.frameLayout
    switch mouse {
    case .click(let row, let column):
      if layout.status.contains(row: row, column: column) {
        guard let key = StatusLine.key(atColumn: column, state, layout.status) else {
          return .ignored
        }
        return apply(.key(key), to: &state)
      }
      if let tabs = layout.tabs, tabs.contains(row: row, column: column) {
        guard let section = TabBar.section(at: column, width: tabs.width, current: state.section)
        else { return .ignored }
        state.show(section, focus: .sections)
        return .redraw
      }
      if let rect = layout.sections, rect.contains(row: row, column: column) {
        let index = row - rect.y - 1
        guard Section.allCases.indices.contains(index) else { return .ignored }
        state.show(Section.allCases[index], focus: .sections)
        return .redraw
      }
      if let rect = layout.list, rect.contains(row: row, column: column) {
        state.view.focus = .list
        let index = state.view.list.offset + row - rect.y - 1
        if row > rect.y, (0..<state.listCount).contains(index),
          index != state.view.list.selection
        {
          state.view.list.selection = index
          state.view.details = Scroller()
          state.view.reader = nil
          state.view.page = nil
        }
        return .redraw
      }
      if let rect = layout.details, rect.contains(row: row, column: column) {
        let wasFocused = state.view.focus == .details
        state.view.focus = .details
        if state.view.reader == nil,
          let block = DetailsPane.block(atRow: row - rect.y - 1, state: state, width: rect.width)
        {
          // A click selects; a click on the link already selected follows it.
          if wasFocused && block == state.view.details.selection
            && state.detailBlocks[block].target != nil
          {
            return state.perform(.follow)
          }
          state.view.details.selection = block
        }
        state.ensureDetailSelection()
        return .redraw
      }
      return .ignored
    case .wheelUp(let row, let column), .wheelDown(let row, let column):
      let delta: Int
      if case .wheelUp = mouse { delta = -3 } else { delta = 3 }
      if let rect = layout.list, rect.contains(row: row, column: column) {
        state.view.focus = .list
      } else if let rect = layout.details, rect.contains(row: row, column: column) {
        state.view.focus = .details
      } else {
        return .ignored
      }
      _ = state.perform(delta < 0 ? .moveUp : .moveDown)
      for _ in 1..<abs(delta) { _ = state.perform(delta < 0 ? .moveUp : .moveDown) }
      return .redraw
    }
  }
}
