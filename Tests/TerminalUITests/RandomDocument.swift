import TerminalCells
import TestSupport

/// Lines of styled words that frames show a window of, scrolled a row at a time or
/// jumped, with a few cells written over each time: what a browser's frames look like,
/// wide characters, marks and blanks of every style included.
struct RandomDocument {
  private var lines: [[(text: String, style: CellStyle)]] = []
  private var first = 0

  static let words = [
    "Hannah", "Clay", "tapes", "中文", "日本", "e\u{301}t\u{E9}", "😀", "  ", " ", "—", "·",
    "season two", "→", "ok",
  ]
  static let styles = [
    CellStyle.plain, CellStyle(bold: true), CellStyle(dim: true), CellStyle(underline: true),
    CellStyle(reverse: true), CellStyle(foreground: .yellow, bold: true),
    CellStyle(foreground: .cyan), CellStyle(foreground: .palette(200), background: .blue),
    CellStyle(background: .palette(250)),
    CellStyle(foreground: .black, background: .palette(250), bold: true),
    CellStyle(foreground: .green, dim: true, underline: true),
  ]

  init(random: inout SeededRandom, lines count: Int) {
    for _ in 0..<count {
      var line: [(String, CellStyle)] = []
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        line.append(
          (Self.words.randomElement(using: &random)!, Self.styles.randomElement(using: &random)!))
      }
      lines.append(line)
    }
  }

  /// The next frame: the window moved (mostly a row), drawn in two panes, with some cells
  /// written over and the cursor somewhere or nowhere.
  mutating func frame(width: Int, height: Int, random: inout SeededRandom) -> ScreenBuffer {
    switch Int.random(in: 0..<10, using: &random) {
    case 0..<4: first = min(first + 1, lines.count - 1)
    case 4..<6: first = max(first - 1, 0)
    case 6: first = Int.random(in: 0..<lines.count, using: &random)
    default: break
    }
    var frame = ScreenBuffer(width: width, height: height)
    let split = Int.random(in: 8...(width - 4), using: &random)
    for row in 0..<height {
      let line = lines[(first + row) % lines.count]
      var column = 0
      for (text, style) in line {
        column = frame.put(text, row: row, column: column, style: style, limit: split - column)
      }
      let other = lines[(first + row * 7 + 3) % lines.count]
      column = split
      for (text, style) in other {
        column = frame.put(text, row: row, column: column, style: style)
      }
    }
    for _ in 0..<Int.random(in: 0...3, using: &random) {
      let style = Self.styles.randomElement(using: &random)!
      if Bool.random(using: &random) {
        frame.fill(
          row: Int.random(in: 0..<height, using: &random),
          column: Int.random(in: 0..<width, using: &random),
          width: Int.random(in: 1...width, using: &random), height: 1, style: style)
      } else {
        frame.put(
          Self.words.randomElement(using: &random)!,
          row: Int.random(in: 0..<height, using: &random),
          column: Int.random(in: 0..<width, using: &random), style: style)
      }
    }
    if Bool.random(using: &random) {
      frame.cursor = (
        Int.random(in: 0..<height, using: &random), Int.random(in: 0..<width, using: &random)
      )
    }
    return frame
  }
}
