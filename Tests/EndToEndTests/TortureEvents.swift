import TestSupport

/// The random input of the terminal torture test: bytes a user's terminal could send —
/// keys, escape sequences of every family, mouse reports, sequences cut short, bytes that
/// are no UTF-8 — but never one that ends the program or the job (`q`, `Q`, Ctrl-C, Ctrl-\,
/// Ctrl-Z), which the test sends on purpose.
enum TortureEvents {
  /// Printable keys, with the browser's own among them.
  private static let printable = Array(
    "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789/?:-.,' 123456jjkkhlgGnNHL")

  /// Control bytes that are safe to send: all but Ctrl-C, Ctrl-Z and Ctrl-\ (and Esc, which
  /// comes with sequences).
  private static let controls: [UInt8] =
    Array(0x01...0x1F).filter {
      ![0x03, 0x1A, 0x1B, 0x1C].contains($0)
    } + [0x7F]

  /// Function-key sequences of the terminal families the decoder knows.
  private static let sequences = [
    "\u{1B}[A", "\u{1B}[B", "\u{1B}[C", "\u{1B}[D", "\u{1B}OA", "\u{1B}OB", "\u{1B}OC",
    "\u{1B}OD", "\u{1B}[5~", "\u{1B}[6~", "\u{1B}[H", "\u{1B}[F", "\u{1B}[1~", "\u{1B}[4~",
    "\u{1B}[Z", "\u{1B}[3~", "\u{1B}OP", "\u{1B}[15~", "\u{1B}[24~", "\u{1B}[1;5A",
    "\u{1B}[[A", "\u{1B}", "\u{1B}\u{1B}", "\u{1B}[?25h", "\u{1B}[200~",
  ]

  /// Sequences cut short.
  private static let unfinished = ["\u{1B}[<", "\u{1B}[<0;1", "\u{1B}[M", "\u{1B}[1;", "\u{1B}O"]

  /// Characters of other scripts.
  private static let wide = ["é", "中", "😀", "e\u{301}", "ß"]

  /// The bytes of one random key, mouse report or fragment.
  static func bytes(using random: inout SeededRandom) -> [UInt8] {
    switch Int.random(in: 0..<100, using: &random) {
    case 0..<40: return Array(String(printable.randomElement(using: &random)!).utf8)
    case 40..<50: return [controls.randomElement(using: &random)!]
    case 50..<65: return Array(sequences.randomElement(using: &random)!.utf8)
    case 65..<80: return sgrMouse(using: &random)
    case 80..<85: return x10Mouse(using: &random)
    case 85..<90: return Array(unfinished.randomElement(using: &random)!.utf8)
    case 90..<95: return Array(wide.randomElement(using: &random)!.utf8)
    default: return garbage(using: &random)
    }
  }

  /// `Esc [ < b ; x ; y M` (or `m`, a release) with a button, the wheel or a drag, anywhere
  /// on or off the largest screen.
  private static func sgrMouse(using random: inout SeededRandom) -> [UInt8] {
    let button = [0, 0, 0, 64, 65, 2, 32, 16].randomElement(using: &random)!
    let column = Int.random(in: 0...320, using: &random)
    let row = Int.random(in: 0...110, using: &random)
    let final = Bool.random(using: &random) ? "M" : "m"
    return Array("\u{1B}[<\(button);\(column);\(row)\(final)".utf8)
  }

  /// `Esc [ M b x y`, each byte 32 to 126 but never `q` or `Q`.
  private static func x10Mouse(using random: inout SeededRandom) -> [UInt8] {
    [0x1B, 0x5B, 0x4D] + (0..<3).map { _ in safeByte(in: 32...126, using: &random) }
  }

  /// One to eight bytes of anything printable or not UTF-8 at all.
  private static func garbage(using random: inout SeededRandom) -> [UInt8] {
    (0..<Int.random(in: 1...8, using: &random)).map { _ in
      safeByte(in: 0x20...0xFF, using: &random)
    }
  }

  private static func safeByte(in range: ClosedRange<UInt8>, using random: inout SeededRandom)
    -> UInt8
  {
    while true {
      let byte = UInt8.random(in: range, using: &random)
      if byte != UInt8(ascii: "q") && byte != UInt8(ascii: "Q") && byte != 0x7F { return byte }
    }
  }
}
