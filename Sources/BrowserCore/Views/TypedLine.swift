import ShowModel
import TerminalCells

/// What the lines a person types into (search, filter, find) share: printable keys are
/// text, the line's own keys and the editing keys come from the keymap, and the status row
/// shows the line with what it found and its keys on the right.
enum TypedLine {
  /// Handles `key` in a line whose own bindings are in `scope`: a printable key (`Q` too:
  /// smart case needs capitals) goes to `type`, an editing or closing action to `edit`;
  /// quitting and repainting answer as everywhere.
  static func handle(
    _ key: Key, scope: KeyScope, in state: inout BrowserState,
    type: (inout BrowserState, Character) -> Void, edit: (inout BrowserState, Action) -> Void
  ) -> Outcome {
    if case .character(let character) = key {
      type(&state, character)
      return .redraw
    }
    guard
      let action = state.keymap.action(for: key, in: scope)
        ?? state.keymap.action(for: key, in: .typedLine)
    else { return .ignored }
    switch action {
    case .quit: return .quit
    case .repaint: return .repaint
    default: break
    }
    edit(&state, action)
    return .redraw
  }

  /// Draws `editor` after `prompt` on the status row, with `status` and the `hints` of
  /// `scope` on the right, dropped whole when the row is short.
  static func draw(
    _ editor: LineEditor, prompt: String, status: String, hints: [KeyHint], scope: KeyScope,
    keymap: Keymap, _ rect: Rect, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    let keys = hints.compactMap { $0.text(keymap: keymap, scopes: [scope]) }
    let text = KeyHint.line(
      [status] + keys, fitting: max(rect.width - StatusLine.minimumQueryRoom - 2, 0))
    let right = text.isEmpty ? "" : " " + text + " "
    let rightWidth = DisplayWidth.of(right)
    buffer.fill(row: rect.y, column: rect.x, width: rect.width, height: 1)
    StatusLine.drawTypedLine(
      editor, prompt: prompt, rect.x, rect.y, room: rect.width - rightWidth - 1, into: &buffer)
    if rightWidth > 0 {
      buffer.put(
        right, row: rect.y, column: rect.x + rect.width - rightWidth, style: theme.statusBar)
    }
  }
}
