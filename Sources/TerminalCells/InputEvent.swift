/// A key as the program sees it, after the terminal layer has decoded it.
public enum Key: Sendable, Hashable {
  /// A printable character (letters, digits, punctuation, any script).
  case character(Character)
  /// A control chord, by its lowercase letter: Ctrl-U is `.control("u")`.
  case control(Character)
  /// The arrow keys.
  case up, down, left, right
  /// The paging keys.
  case pageUp, pageDown, home, end
  /// Enter, Backspace, Tab, Shift-Tab, Esc and Delete.
  case enter, backspace, tab, backTab, escape, delete
  /// A function key, F1 to F12.
  case function(Int)

  /// How the key is written in the help screen ("Ctrl-U", "PgDn", "Shift-Tab", "j").
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "Ctrl-\(letter.uppercased())"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .backspace: return "Backspace"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .escape: return "Esc"
    case .delete: return "Delete"
    case .function(let number): return "F\(number)"
    }
  }
}

/// A mouse event at a screen cell.
public enum MouseEvent: Sendable, Hashable {
  /// A left click.
  case click(row: Int, column: Int)
  /// The wheel turned up.
  case wheelUp(row: Int, column: Int)
  /// The wheel turned down.
  case wheelDown(row: Int, column: Int)
}

/// Everything that can happen to the program from outside.
public enum InputEvent: Sendable, Hashable {
  /// A key was pressed.
  case key(Key)
  /// The mouse was used.
  case mouse(MouseEvent)
  /// The terminal changed size.
  case resize(width: Int, height: Int)
  /// The user interrupted (Ctrl-C, which the terminal turns into SIGINT): the program
  /// decides whether that cancels something or quits.
  case interrupt
}
