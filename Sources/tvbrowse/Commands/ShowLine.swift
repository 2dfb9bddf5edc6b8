import ShowLibrary
import ShowModel

/// How `shows` and the messages about shows write a show.
enum ShowLine {
  /// One line a show, in columns that line up: id, name, years, counts, source
  /// ("harbor-lights  Harbor Lights  2019–2020  2 seasons, 5 episodes  tvmaze"). The
  /// id is never cut, so that it can be pasted into --show (one wider than its column
  /// stands on a line of its own, the row going on below); the name is cut so that a line
  /// fits 80 columns.
  static func table(_ shows: [LibraryShow]) -> [String] {
    let rows = shows.map { show -> [String] in
      [
        SafeText.sanitize(show.id), SafeText.sanitize(show.name), years(show),
        "\(plural(show.seasons, "season")), \(plural(show.episodes, "episode"))",
        show.origin.rawValue,
      ]
    }
    var widths = (0..<5).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    widths[0] = min(widths[0], 16)
    let others = widths.enumerated().filter { $0.offset != 1 }.map(\.element).reduce(0, +)
    widths[1] = max(12, min(widths[1], 80 - others - 8))
    return rows.map { row in
      var line = ""
      for (column, text) in row.enumerated() {
        let cell = column == 1 ? DisplayWidth.truncate(text, to: widths[1]) : text
        let room = widths[column] - DisplayWidth.of(cell)
        if column == row.count - 1 {
          line += cell
        } else if room < 0 {
          line += cell + "\n" + String(repeating: " ", count: widths[column] + 2)
        } else {
          line += cell + String(repeating: " ", count: room + 2)
        }
      }
      return line
    }
  }

  /// A show among several of one name: "the-office-2005  The Office  2005–2013  tvmaze".
  static func candidate(_ show: LibraryShow) -> String {
    [SafeText.echo(show.id), SafeText.echo(show.name), years(show), show.origin.rawValue]
      .joined(separator: "  ")
  }

  /// The years a show ran: "2019–2020", "2019–" while it runs, "–" when unknown.
  static func years(_ show: LibraryShow) -> String {
    switch (show.start, show.end) {
    case (let start?, let end?): return start == end ? "\(start)" : "\(start)–\(end)"
    case (let start?, nil): return "\(start)–"
    default: return "–"
    }
  }

  static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
