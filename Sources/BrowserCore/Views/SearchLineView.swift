import TerminalCells

/// The search line at the bottom, while a search is typed: printable keys are text.
enum SearchLineView: BrowserView {
  static let scope = KeyScope.searchLine
  static let hints: [KeyHint] = []

  static func isOpen(in state: BrowserState) -> Bool { state.search != nil }

  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? {
    TypedLine.handle(
      key, scope: .searchLine, in: &state, type: { $0.typeInSearch($1) },
      edit: { $0.editSearch($1) })
  }

  static func position(in state: BrowserState) -> String { "" }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    StatusLine.drawSearchLine(state, layout.status, theme, into: &buffer)
  }
}
