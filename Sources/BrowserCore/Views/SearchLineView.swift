import TerminalCells

/// The search line at the bottom, while a search is typed: printable keys are text.
enum SearchLineView: BrowserView {
  static let scope = KeyScope.searchLine
  static let hints: [KeyHint] = []

  static func isOpen(in state: BrowserState) -> Bool { state.search != nil }

  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? {
    // A printable key is text in the search line, `Q` too: smart case needs capitals.
    if case .character(let character) = key {
      state.typeInSearch(character)
      return .redraw
    }
    guard
      let action = state.keymap.action(for: key, in: .searchLine)
        ?? state.keymap.action(for: key, in: .typedLine)
    else { return .ignored }
    switch action {
    case .quit: return .quit
    case .repaint: return .repaint
    default: break
    }
    state.editSearch(action)
    return .redraw
  }

  static func position(in state: BrowserState) -> String { "" }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    StatusLine.drawSearchLine(state, layout.status, theme, into: &buffer)
  }
}
