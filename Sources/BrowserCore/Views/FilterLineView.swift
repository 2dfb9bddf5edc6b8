import ShowModel
import TerminalCells

/// The filter line at the bottom, while a filter of the list is typed: rows that do not
/// match the text hide, Enter keeps the filter, Esc clears it.
enum FilterLineView: BrowserView {
  static let scope = KeyScope.filterLine
  static let hints: [KeyHint] = []

  static func isOpen(in state: BrowserState) -> Bool { state.filterLine != nil }

  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? {
    TypedLine.handle(
      key, scope: .filterLine, in: &state, type: { $0.typeInFilter($1) },
      edit: { $0.editFilter($1) })
  }

  static func position(in state: BrowserState) -> String { ListView.position(in: state) }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let line = state.filterLine else { return }
    let count = state.listCount
    let status =
      "\(count) of \(state.unfilteredCount) " + (state.unfilteredCount == 1 ? "row" : "rows")
    TypedLine.draw(
      line.editor, prompt: "filter: ", status: status,
      hints: [KeyHint([.acceptSearch], "keep"), KeyHint([.cancel], "clear")], scope: scope,
      keymap: state.keymap, layout.status, theme, into: &buffer)
  }

}
