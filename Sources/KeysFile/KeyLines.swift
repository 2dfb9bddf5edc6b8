/// Where each key of a TOML document is written: TOMLKit gives values without their place,
/// so the lines are read once to find, for each table, the line that names a key.
struct KeyLines {
  /// The line of each bare or quoted key, by table ("" for the top level, "keys" for [keys]).
  private var lines: [String: [String: Int]] = [:]

  /// Reads the keys of `text`, one pass over its lines.
  init(_ text: String) {
    var table = ""
    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = rawLine.drop { $0 == " " || $0 == "\t" }
      if line.hasPrefix("[") {
        let header = line.dropFirst().prefix { $0 != "]" }
        table = Self.unquoted(header.trimmingSpaces)
        if lines[""]?[table] == nil { lines["", default: [:]][table] = number }
        continue
      }
      guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
      let key = Self.unquoted(line[..<equals].trimmingSpaces)
      if lines[table]?[key] == nil { lines[table, default: [:]][key] = number }
    }
  }

  /// The line that names `key` in the [keys] table or at the top level.
  func line(of key: String, inKeysTable: Bool) -> Int? {
    lines[inKeysTable ? "keys" : ""]?[key]
  }

  /// A key without the quotes around it.
  private static func unquoted(_ key: Substring) -> String {
    for quote in ["\"", "'"] where key.count >= 2 && key.hasPrefix(quote) && key.hasSuffix(quote) {
      return String(key.dropFirst().dropLast())
    }
    return String(key)
  }
}

extension Substring {
  /// The text without spaces and tabs at either end.
  fileprivate var trimmingSpaces: Substring {
    let start = drop { $0 == " " || $0 == "\t" }
    var end = start.endIndex
    while end > start.startIndex, [" ", "\t"].contains(start[start.index(before: end)]) {
      end = start.index(before: end)
    }
    return start[start.startIndex..<end]
  }
}
