import TerminalCells

/// A kept find in the article reader: its matches stay highlighted, `n`/`N` move between
/// them, Esc clears them; the status line counts them ("2/5").
enum ReaderFindView: BrowserView {
  static let scope = KeyScope.readerFind
  static let hints = [
    KeyHint([.nextMatch, .previousMatch], "next/previous"), KeyHint([.clearFind], "clear"),
    KeyHint([.toggleHelp], "help"), KeyHint([.quit], "quit", preferring: .character("Q")),
  ]

  static func isOpen(in state: BrowserState) -> Bool {
    state.find?.isTyping == false && state.view.reader != nil
  }

  static func hasKeyboard(in state: BrowserState) -> Bool {
    isOpen(in: state) && state.view.focus == .details
  }

  static func position(in state: BrowserState) -> String {
    let counter = state.findCounter
    return counter == BrowserState.noMatch ? counter : "match " + counter
  }

  /// The matches are drawn by the reader; the find adds nothing over it.
  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {}
}
