import TerminalCells

/// The help overlay: every binding of the keymap, over the screen. It holds every key.
enum HelpView: BrowserView {
  static let scope = KeyScope.help
  static let hints: [KeyHint] = []

  static func isOpen(in state: BrowserState) -> Bool { state.help != nil }

  /// The overlay names its closing keys in its own title, so the status line keeps the
  /// hints and position of the view beneath it.
  static func hasKeyboard(in state: BrowserState) -> Bool { false }

  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? {
    guard let action = state.keymap.action(for: key, in: .help) else { return .ignored }
    switch action {
    case .quit: return .quit
    case .repaint: return .repaint
    default: break
    }
    state.scrollHelp(action)
    return .redraw
  }

  static func position(in state: BrowserState) -> String { "" }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    HelpOverlay.draw(state, theme, into: &buffer)
  }
}
