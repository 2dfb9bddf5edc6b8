import TerminalCells

/// The terminal's colour numbers for the frame's colours: the eight basic colours, the
/// palette where the terminal has it and the nearest basic colour where it does not, and
/// -1 for the terminal's own colours.
struct ColorNumbers {
  /// How many colours the terminal has (`colors` in terminfo).
  let colors: Int
  /// True when the terminal can go back to its own colours (`op`); otherwise its own
  /// colours are drawn as white on black.
  let defaultColors: Bool

  /// The colour number for `color`: -1 for the terminal's own colour, and -1 for every
  /// colour on a terminal with fewer than eight.
  func number(_ color: TerminalColor, isForeground: Bool) -> Int {
    guard colors >= 8 else { return -1 }
    switch color {
    case .standard: return defaultColors ? -1 : (isForeground ? 7 : 0)
    case .black: return 0
    case .red: return 1
    case .green: return 2
    case .yellow: return 3
    case .blue: return 4
    case .magenta: return 5
    case .cyan: return 6
    case .white: return 7
    case .palette(let index):
      return Int(index) < colors ? Int(index) : Self.basic(approximating: index)
    }
  }

  /// The nearest of the eight basic colours to a 256-colour palette entry.
  static func basic(approximating index: UInt8) -> Int {
    switch index {
    case 0..<16:
      return Int(index % 8)
    case 16..<232:
      let cube = Int(index) - 16
      let (red, green, blue) = (cube / 36, cube / 6 % 6, cube % 6)
      let brightest = max(red, green, blue)
      guard brightest >= 2 else { return 0 }
      let bits =
        (red * 2 > brightest ? 1 : 0) | (green * 2 > brightest ? 2 : 0)
        | (blue * 2 > brightest ? 4 : 0)
      return bits
    default:
      return index < 244 ? 0 : 7
    }
  }
}
