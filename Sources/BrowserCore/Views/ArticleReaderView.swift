import TerminalCells

/// The article reader, in the details pane: the cited article scrolled to its quote.
enum ArticleReaderView: BrowserView {
  static let scope = KeyScope.reader
  static let hints = [
    KeyHint([.moveDown, .moveUp], "scroll"), KeyHint([.back], "close", showing: 2),
    KeyHint([.startFind], "find"), KeyHint([.toggleHelp], "help"),
    KeyHint([.quit], "quit", preferring: .character("Q")),
  ]

  static func isOpen(in state: BrowserState) -> Bool { state.view.reader != nil }

  static func hasKeyboard(in state: BrowserState) -> Bool {
    isOpen(in: state) && state.view.focus == .details
  }

  static func position(in state: BrowserState) -> String {
    guard let reader = state.view.reader, let content = state.readerContent else {
      return DetailsView.position(in: state)
    }
    let rows = state.frameLayout.details.map { $0.height - 1 } ?? 1
    let last = min((reader.offset ?? 0) + rows, content.lines.count)
    return "lines \((reader.offset ?? 0) + 1)–\(last)/\(content.lines.count)"
  }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let rect = layout.details else { return }
    ReaderPane.draw(state, rect, theme, into: &buffer)
  }
}
