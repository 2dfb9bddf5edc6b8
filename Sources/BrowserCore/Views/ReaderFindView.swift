import TerminalCells

/// A find in the article reader, which holds its own state: the line it is typed in (the
/// find line, `FindLineView`, while `isTyping`), then, kept, its matches stay highlighted,
/// `n`/`N` move between them, Esc clears them; the status line counts them ("2/5").
public struct ReaderFindView: BrowserView, Sendable, Equatable {
  /// The line being typed, with its cursor and this run's earlier finds.
  public var editor: LineEditor
  /// True while the line is open; false once Enter kept the find.
  public var isTyping = true
  /// The article the find is in.
  public var source: String
  /// The reader's first visible line when the find began: the first match from there is
  /// current, and cancelling scrolls back to it.
  public var origin: Int
  /// The index of the current match, once matches are found.
  public var current = 0

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
