import TerminalCells

/// The results of a search, in the list pane; `n`/`N` step through them, `f` filters them,
/// `q` and Esc close them.
enum SearchResultsView: BrowserView {
  static let scope = KeyScope.results
  static let hints = [
    KeyHint([.nextResult, .previousResult], "next/previous"), KeyHint([.follow], "open"),
    KeyHint([.startFilter], "filter"), KeyHint([.cancel], "close", showing: 2),
    KeyHint([.toggleHelp], "help"), KeyHint([.quit], "quit", preferring: .character("Q")),
  ]

  static func isOpen(in state: BrowserState) -> Bool {
    if case .search = state.view.source { return true }
    return false
  }

  static func hasKeyboard(in state: BrowserState) -> Bool {
    isOpen(in: state) && state.view.focus == .list
  }

  static func position(in state: BrowserState) -> String { ListView.position(in: state) }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let rect = layout.list else { return }
    ListPane.draw(state, rect, layout.listItems, theme, into: &buffer)
  }
}
