import BrowserCore
import CNcursesw

/// Turns what `wget_wch` and `getmouse` report into the browser's keys and mouse events.
/// Pure functions of their arguments, so they are tested without a terminal.
package enum KeyDecoder {
  /// What one `wget_wch` result means.
  package enum Decoded: Equatable {
    /// A key the browser knows.
    case key(Key)
    /// The terminal changed size (`KEY_RESIZE`).
    case resize
    /// A mouse event is waiting for `getmouse` (`KEY_MOUSE`).
    case mouse
    /// Nothing, or nothing the browser knows.
    case none
  }

  /// Decodes the status and code `wget_wch` returned.
  package static func decode(status: Int32, code: UInt32) -> Decoded {
    if status == KEY_CODE_YES {
      let code = Int32(bitPattern: code)
      if code == KEY_RESIZE { return .resize }
      if code == KEY_MOUSE { return .mouse }
      return functionKey(code).map(Decoded.key) ?? .none
    }
    guard status == OK else { return .none }
    return character(code).map(Decoded.key) ?? .none
  }

  /// The key for a `KEY_CODE_YES` code.
  package static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE, KEY_A3: return .pageUp
    case KEY_NPAGE, KEY_C3: return .pageDown
    case KEY_HOME, KEY_FIND, KEY_A1: return .home
    case KEY_END, KEY_SELECT, KEY_C1: return .end
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_ENTER: return .enter
    case KEY_DC: return .delete
    case shim_KEY_F(1)...shim_KEY_F(12): return .function(Int(code - shim_KEY_F(0)))
    default: return nil
    }
  }

  /// The key for a character code (status `OK`).
  package static func character(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(code + 0x60)!))
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// The mouse event for a `getmouse` button state at a cell, if the browser uses it.
  package static func mouse(buttons: mmask_t, row: Int, column: Int) -> MouseEvent? {
    if buttons & (shim_BUTTON1_PRESSED() | shim_BUTTON1_CLICKED()) != 0 {
      return .click(row: row, column: column)
    }
    if buttons & shim_BUTTON4_PRESSED() != 0 { return .wheelUp(row: row, column: column) }
    if buttons & shim_BUTTON5_PRESSED() != 0 { return .wheelDown(row: row, column: column) }
    return nil
  }
}
