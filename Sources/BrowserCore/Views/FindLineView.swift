import ShowModel
import TerminalCells

/// The find line at the bottom, while a find in the article is typed: the matches are
/// highlighted as the text is typed, Enter keeps them, Esc cancels.
enum FindLineView: BrowserView {
  static let scope = KeyScope.findLine
  static let hints: [KeyHint] = []

  static func isOpen(in state: BrowserState) -> Bool { state.find?.isTyping == true }

  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? {
    TypedLine.handle(
      key, scope: .findLine, in: &state, type: { $0.typeInFind($1) }, edit: { $0.editFind($1) })
  }

  static func position(in state: BrowserState) -> String { state.findCounter }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let find = state.find else { return }
    let status = find.editor.isEmpty ? "type to find in the article" : state.findCounter
    TypedLine.draw(
      find.editor, prompt: "find: ", status: status,
      hints: [KeyHint([.acceptSearch], "keep"), KeyHint([.cancel], "cancel")], scope: scope,
      keymap: state.keymap, layout.status, theme, into: &buffer)
  }

}
