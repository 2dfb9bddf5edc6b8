import BrowserCore
import Foundation
import TerminalCells
import Testing

/// A rendered frame as checked-in text: the characters, then a grid of style letters and
/// the legend that says what each letter means, so highlights and selection are checked too.
enum GoldenScreen {
  /// The text form of a frame.
  static func text(of buffer: ScreenBuffer) -> String {
    var used: Set<String> = []
    var grid: [String] = []
    for row in 0..<buffer.height {
      var line = ""
      for column in 0..<buffer.width {
        let description = describe(buffer[row, column].style)
        used.insert(description)
        line.append(letter(for: description))
      }
      grid.append(line)
    }
    var output = "-- screen \(buffer.width)x\(buffer.height) --\n"
    output += buffer.lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
    if let cursor = buffer.cursor { output += "-- cursor \(cursor.row),\(cursor.column) --\n" }
    output += "-- styles --\n"
    output +=
      used.sorted { letter(for: $0) < letter(for: $1) }
      .map { "\(letter(for: $0)): \($0)" }.joined(separator: "\n") + "\n"
    output += grid.joined(separator: "\n") + "\n"
    return output
  }

  /// The letter of each style, fixed, so that a style new to the screen renames no other in
  /// the golden files. A style missing here is shown as "?" and fails `check`: add it.
  static let letters: [String: Character] = [
    "plain": ".", "dim": "d", "bold": "b", "reverse": "r", "underline": "u",
    "dim underline": "D", "bold underline": "U", "bold reverse": "R", "dim reverse": "e",
    "bold dim underline": "W", "bold fg=yellow": "y", "bold underline fg=yellow": "Y",
    "bold underline reverse fg=yellow": "Z", "fg=cyan": "c", "bold underline fg=cyan": "C",
    "fg=green": "g", "bold fg=magenta": "m", "bold fg=white bg=blue": "T",
    "fg=black bg=palette(250)": "s", "bold fg=black bg=palette(250)": "S",
    "bold fg=black bg=yellow": "H", "bold underline fg=black bg=cyan": "M",
    "reverse fg=cyan": "L",
    "bold fg=white bg=red": "1", "fg=black bg=palette(208)": "2", "fg=black bg=yellow": "3",
    "fg=black bg=palette(113)": "4", "bold fg=black bg=green": "5",
    "bold reverse fg=white bg=red": "6", "reverse fg=black bg=palette(208)": "7",
    "reverse fg=black bg=yellow": "8", "reverse fg=black bg=palette(113)": "9",
    "bold reverse fg=black bg=green": "0", "dim reverse fg=cyan": "&",
  ]

  private static func letter(for description: String) -> Character {
    letters[description] ?? "?"
  }

  /// Compares a frame with the golden file `name`; writes the file when UPDATE_GOLDENS is set.
  static func check(
    _ buffer: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let path = goldenDirectory() + "/" + name + ".txt"
    let actual = text(of: buffer)
    for row in 0..<buffer.height {
      for column in 0..<buffer.width {
        let description = describe(buffer[row, column].style)
        if letters[description] == nil {
          Issue.record(
            "\(name): the style \(description) has no letter in GoldenScreen.letters: add one",
            sourceLocation: sourceLocation)
          return
        }
      }
    }
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] != nil {
      try actual.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    if expected != actual {
      let mismatch = zip(expected.split(separator: "\n"), actual.split(separator: "\n"))
        .enumerated().first { $1.0 != $1.1 }
      let line = (mismatch?.offset ?? 0) + 1
      let want = String(mismatch?.element.0 ?? "")
      let got = String(mismatch?.element.1 ?? "")
      Issue.record(
        "\(name) differs from its golden at line \(line):\nexpected: \(want)\nactual:   \(got)\n\(actual)",
        sourceLocation: sourceLocation)
    }
  }

  private static func describe(_ style: CellStyle) -> String {
    var parts: [String] = []
    if style.bold { parts.append("bold") }
    if style.dim { parts.append("dim") }
    if style.underline { parts.append("underline") }
    if style.reverse { parts.append("reverse") }
    if style.foreground != .standard { parts.append("fg=\(style.foreground)") }
    if style.background != .standard { parts.append("bg=\(style.background)") }
    return parts.isEmpty ? "plain" : parts.joined(separator: " ")
  }

  private static func goldenDirectory(_ file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast()
    return parts.joined(separator: "/") + "/Goldens"
  }
}
