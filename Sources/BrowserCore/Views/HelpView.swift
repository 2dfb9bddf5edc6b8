import TerminalCells

/// The help overlay: every binding of the keymap, over the screen. It holds every key, and
/// keeps its own scroll while it is open.
public struct HelpView: BrowserView, Sendable, Equatable {
  /// The first line of the help shown.
  public private(set) var offset = 0

  /// The help scrolled to its top.
  public init() {}

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
    guard let help = state.help else { return }
    HelpOverlay.draw(state, offset: help.offset, theme, into: &buffer)
  }

  /// Scrolls by one of the help's actions on a screen of `width` × `height`; false when
  /// the action closes the help.
  mutating func scroll(_ action: Action, keymap: Keymap, width: Int, height: Int) -> Bool {
    let page = HelpOverlay.visibleRows(height: height)
    switch action {
    case .toggleHelp, .cancel, .quit: return false
    case .moveDown: offset += 1
    case .moveUp: offset -= 1
    case .pageDown: offset += page
    case .pageUp: offset -= page
    case .top: offset = 0
    case .bottom: offset = Int.max - page
    default: break
    }
    keepInRange(keymap: keymap, width: width, height: height)
    return true
  }

  /// Brings the scroll back into range, after a scroll or a resize.
  mutating func keepInRange(keymap: Keymap, width: Int, height: Int) {
    let maximum = HelpOverlay.maximumOffset(keymap: keymap, height: height, width: width)
    offset = min(max(offset, 0), maximum)
  }
}

extension BrowserState {
  /// Scrolls the open help by one of its actions, or closes it.
  mutating func scrollHelp(_ action: Action) {
    guard var open = help else { return }
    help = open.scroll(action, keymap: keymap, width: width, height: height) ? open : nil
  }
}
