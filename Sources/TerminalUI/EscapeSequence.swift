import TerminalCells

/// The meaning of one complete escape sequence: the function keys of xterm, VT220, rxvt,
/// screen, tmux and the Linux console, and xterm's mouse reports (X10 and SGR).
enum EscapeSequence {
  /// The event for `sequence` (starting with Esc), or nil when the browser has no use for it.
  static func event(for sequence: [UInt8]) -> InputEvent? {
    guard sequence.count >= 3, sequence[0] == 0x1B else { return nil }
    let final = sequence[sequence.count - 1]
    switch sequence[1] {
    case UInt8(ascii: "O"):
      return singleShift(final).map(InputEvent.key)
    case UInt8(ascii: "["):
      if sequence.count == 6, sequence[2] == UInt8(ascii: "M") {
        return x10Mouse(button: sequence[3], column: sequence[4], row: sequence[5])
      }
      if sequence.count == 4, sequence[2] == UInt8(ascii: "[") {
        return linuxFunctionKey(final).map(InputEvent.key)
      }
      return controlSequence(parameters: sequence[2..<(sequence.count - 1)], final: final)
    default:
      return nil
    }
  }

  /// `Esc O x`: the keys of keypad-transmit mode.
  private static func singleShift(_ final: UInt8) -> Key? {
    switch final {
    case UInt8(ascii: "M"): return .enter
    case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(final) - 0x4F)
    default: return cursorKey(final)
    }
  }

  /// The arrows, Home, End and Shift-Tab by the final byte they share in both modes.
  private static func cursorKey(_ final: UInt8) -> Key? {
    switch final {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return .right
    case UInt8(ascii: "D"): return .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "Z"): return .backTab
    default: return nil
    }
  }

  /// `Esc [ [ A` … `Esc [ [ E`: F1 to F5 on the Linux console.
  private static func linuxFunctionKey(_ final: UInt8) -> Key? {
    guard (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(final) else { return nil }
    return .function(Int(final) - 0x40)
  }

  /// `Esc [ parameters final`. Modifiers (Shift, Ctrl, Alt) are ignored: Ctrl-Up is Up.
  private static func controlSequence(parameters: ArraySlice<UInt8>, final: UInt8) -> InputEvent? {
    if parameters.first == UInt8(ascii: "<") {
      guard final == UInt8(ascii: "M") else { return nil }  // `m` is a release
      let numbers = numbers(in: parameters.dropFirst())
      guard numbers.count == 3, let button = numbers[0], let column = numbers[1],
        let row = numbers[2]
      else { return nil }
      return mouse(button: button, column: column, row: row)
    }
    guard parameters.allSatisfy({ $0 == UInt8(ascii: ";") || (0x30...0x39).contains($0) })
    else { return nil }
    if final == UInt8(ascii: "~") {
      return numbers(in: parameters).first.flatMap { $0 }.flatMap(tildeKey).map(InputEvent.key)
    }
    if (UInt8(ascii: "P")...UInt8(ascii: "S")).contains(final) {
      return .key(.function(Int(final) - 0x4F))
    }
    return cursorKey(final).map(InputEvent.key)
  }

  /// `Esc [ n ~`: the editing keypad and the function keys of VT220 and rxvt.
  private static func tildeKey(_ number: Int) -> Key? {
    switch number {
    case 1, 7: return .home
    case 4, 8: return .end
    case 3: return .delete
    case 5: return .pageUp
    case 6: return .pageDown
    case 11...15: return .function(number - 10)
    case 17...21: return .function(number - 11)
    case 23, 24: return .function(number - 12)
    default: return nil
    }
  }

  /// The numbers between semicolons; nil for an empty or oversized one.
  private static func numbers(in parameters: ArraySlice<UInt8>) -> [Int?] {
    parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map {
      digits in
      guard !digits.isEmpty, digits.count <= 6 else { return nil }
      var value = 0
      for digit in digits {
        guard (0x30...0x39).contains(digit) else { return nil }
        value = value * 10 + Int(digit - 0x30)
      }
      return value
    }
  }

  /// `Esc [ M b x y`: each value offset by 32.
  private static func x10Mouse(button: UInt8, column: UInt8, row: UInt8) -> InputEvent? {
    guard button >= 32, column > 32, row > 32 else { return nil }
    return mouse(button: Int(button) - 32, column: Int(column) - 32, row: Int(row) - 32)
  }

  /// A press of the left button or a turn of the wheel at a 1-based cell; modifiers ignored,
  /// motion and other buttons unused.
  private static func mouse(button: Int, column: Int, row: Int) -> InputEvent? {
    guard column >= 1, row >= 1 else { return nil }
    let (cell, code) = ((row - 1, column - 1), button & ~(4 | 8 | 16))
    switch code {
    case 0: return .mouse(.click(row: cell.0, column: cell.1))
    case 64: return .mouse(.wheelUp(row: cell.0, column: cell.1))
    case 65: return .mouse(.wheelDown(row: cell.0, column: cell.1))
    default: return nil
    }
  }
}
