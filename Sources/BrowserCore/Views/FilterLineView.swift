import ShowModel
import TerminalCells

/// The filter line at the bottom, while a filter of the list is typed: rows that do not
/// match the text hide, Enter keeps the filter, Esc clears it.
enum FilterLineView: BrowserView {
  static let scope = KeyScope.filterLine
  static let hints: [KeyHint] = []

  static func isOpen(in state: BrowserState) -> Bool { state.filterLine != nil }

  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? {
    if case .character(let character) = key {
      state.typeInFilter(character)
      return .redraw
    }
    guard
      let action = state.keymap.action(for: key, in: .filterLine)
        ?? state.keymap.action(for: key, in: .typedLine)
    else { return .ignored }
    switch action {
    case .quit: return .quit
    case .repaint: return .repaint
    default: break
    }
    state.editFilter(action)
    return .redraw
  }

  static func position(in state: BrowserState) -> String { ListView.position(in: state) }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let line = state.filterLine else { return }
    let rect = layout.status
    let count = state.listEntities.count
    let status =
      "\(count) of \(state.unfilteredCount) " + (state.unfilteredCount == 1 ? "row" : "rows")
    let keys = [KeyHint([.acceptSearch], "keep"), KeyHint([.cancel], "clear")].compactMap {
      $0.text(keymap: .standard, scopes: [.filterLine])
    }
    let text = KeyHint.line(
      [status] + keys, fitting: max(rect.width - StatusLine.minimumQueryRoom - 2, 0))
    let right = text.isEmpty ? "" : " " + text + " "
    let rightWidth = DisplayWidth.of(right)
    buffer.fill(row: rect.y, column: rect.x, width: rect.width, height: 1)
    StatusLine.drawTypedLine(
      line.editor, prompt: "filter: ", rect.x, rect.y, room: rect.width - rightWidth - 1,
      into: &buffer)
    if rightWidth > 0 {
      buffer.put(
        right, row: rect.y, column: rect.x + rect.width - rightWidth, style: theme.statusBar)
    }
  }
}
