import TerminalCells

/// Colour pairs allocated on demand: each distinct foreground and background gets the next
/// free pair number, and pair 0 stays the terminal's default colours.
struct ColorPairTable {
  /// A pair number and its curses colours, to pass to `init_pair` when it is new.
  struct Allocation: Equatable {
    /// The pair number.
    var pair: Int
    /// The curses foreground colour (-1 for the default).
    var foreground: Int
    /// The curses background colour (-1 for the default).
    var background: Int
    /// True the first time this pair is handed out: it must be initialised.
    var isNew: Bool
  }

  /// How many colours the terminal has (`COLORS`).
  let colors: Int
  /// How many pairs may be used (`COLOR_PAIRS`, at most 32767).
  let pairs: Int
  /// True when colour -1 means the terminal's default (`use_default_colors` succeeded).
  let defaultColors: Bool
  private var assigned: [Key: Int] = [:]

  private struct Key: Hashable {
    var foreground: Int
    var background: Int
  }

  /// A table for a terminal with `colors` colours and `pairs` pairs.
  init(colors: Int, pairs: Int, defaultColors: Bool) {
    self.colors = colors
    self.pairs = min(pairs, Int(Int16.max))
    self.defaultColors = defaultColors
  }

  /// The pair for these colours: 0 for the default colours or when the pairs ran out.
  mutating func allocate(foreground: TerminalColor, background: TerminalColor) -> Allocation {
    let key = Key(
      foreground: number(foreground, isForeground: true),
      background: number(background, isForeground: false))
    if key.foreground == -1 && key.background == -1 || colors < 8 {
      return Allocation(pair: 0, foreground: -1, background: -1, isNew: false)
    }
    if let pair = assigned[key] {
      return Allocation(
        pair: pair, foreground: key.foreground, background: key.background, isNew: false)
    }
    let pair = assigned.count + 1
    guard pair < pairs else {
      return Allocation(pair: 0, foreground: -1, background: -1, isNew: false)
    }
    assigned[key] = pair
    return Allocation(
      pair: pair, foreground: key.foreground, background: key.background, isNew: true)
  }

  /// The curses colour number for `color` on this terminal.
  func number(_ color: TerminalColor, isForeground: Bool) -> Int {
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
