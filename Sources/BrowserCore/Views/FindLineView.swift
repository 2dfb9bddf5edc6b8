import ShowModel
import TerminalCells

/// The find line at the bottom, while a find in the article is typed: the matches are
/// highlighted as the text is typed, Enter keeps them, Esc cancels.
enum FindLineView: BrowserView {
  static let scope = KeyScope.findLine
  static let hints: [KeyHint] = []

  static func isOpen(in state: BrowserState) -> Bool { state.find?.isTyping == true }

  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? {
    if case .character(let character) = key {
      state.typeInFind(character)
      return .redraw
    }
    guard
      let action = state.keymap.action(for: key, in: .findLine)
        ?? state.keymap.action(for: key, in: .typedLine)
    else { return .ignored }
    switch action {
    case .quit: return .quit
    case .repaint: return .repaint
    default: break
    }
    state.editFind(action)
    return .redraw
  }

  static func position(in state: BrowserState) -> String { state.findCounter }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let find = state.find else { return }
    let rect = layout.status
    let status = find.editor.isEmpty ? "type to find in the article" : state.findCounter
    let keys = [KeyHint([.acceptSearch], "keep"), KeyHint([.cancel], "cancel")].compactMap {
      $0.text(keymap: .standard, scopes: [.findLine])
    }
    let text = KeyHint.line(
      [status] + keys, fitting: max(rect.width - StatusLine.minimumQueryRoom - 2, 0))
    let right = text.isEmpty ? "" : " " + text + " "
    let rightWidth = DisplayWidth.of(right)
    buffer.fill(row: rect.y, column: rect.x, width: rect.width, height: 1)
    StatusLine.drawTypedLine(
      find.editor, prompt: "find: ", rect.x, rect.y, room: rect.width - rightWidth - 1,
      into: &buffer)
    if rightWidth > 0 {
      buffer.put(
        right, row: rect.y, column: rect.x + rect.width - rightWidth, style: theme.statusBar)
    }
  }
}
