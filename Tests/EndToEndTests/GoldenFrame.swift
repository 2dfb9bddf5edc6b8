import Foundation

/// A frame checked in by the BrowserCore tests (`Tests/BrowserCoreTests/Goldens`), read back
/// as the text a terminal should show and where its cursor should rest.
struct GoldenFrame {
  /// The rows, trailing spaces removed (as `tmux capture-pane` prints them).
  var lines: [String]
  /// The cursor's row and column, if the frame places it.
  var cursor: (row: Int, column: Int)?

  /// Reads the golden file `name` (without `.txt`).
  init(named name: String) throws {
    let path = TVBrowseBinary.packageRoot() + "/Tests/BrowserCoreTests/Goldens/\(name).txt"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var rows: [String] = []
    var cursor: (Int, Int)?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("|") && line.hasSuffix("|") && line.count >= 2 {
        rows.append(String(line.dropFirst().dropLast()).trimmingTrailingSpaces())
      } else if line.hasPrefix("-- cursor ") {
        let numbers = line.dropFirst(10).split(whereSeparator: { !$0.isNumber }).compactMap {
          Int($0)
        }
        if numbers.count == 2 { cursor = (numbers[0], numbers[1]) }
      } else if line.hasPrefix("-- styles") {
        break
      }
    }
    lines = rows
    self.cursor = cursor
  }

  /// The rows of a tmux capture, trailing spaces removed, `height` of them.
  static func rows(of capture: String, height: Int) -> [String] {
    let rows = capture.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0).trimmingTrailingSpaces()
    }
    return Array(rows.prefix(height)) + Array(repeating: "", count: max(0, height - rows.count))
  }
}

extension String {
  /// The string without the spaces at its end.
  fileprivate func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
