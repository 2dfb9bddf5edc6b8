import ShowModel

/// The columns of the Library view's table at one width: name, years, status, network,
/// seasons and episodes, and the episodes watched once a show has any. The name takes the
/// room the others leave; where the screen is narrow, network, then status, then years
/// give way whole.
struct ShelfColumns {
  /// One column: its title, how wide it is, and whether its values stand to the right.
  private struct Column {
    var title: String
    var width: Int
    var isNumber: Bool
    var value: (ShelfShow) -> String
  }

  private let columns: [Column]

  /// How wide the values of the columns that fit their values are: years, status,
  /// network, each within its bound. Measured once for a list of shows.
  struct ValueWidths: Sendable, Equatable {
    var years: Int
    var status: Int
    var network: Int
    /// How wide the next episodes' labels are ("S02E04", "S01 special").
    var next = 0
    /// True when a show has an episode watched: the table then counts them, and says
    /// which episode is next.
    var hasWatched = false
    /// True when an episode of a show aired since the browser last opened it: the table
    /// then counts them.
    var hasNew = false
  }

  /// The widths of the values of `shows`; linear in the shows, a bounded cut of each value.
  static func valueWidths(of shows: [ShelfShow]) -> ValueWidths {
    func widest(_ bound: Int, _ value: (ShelfShow) -> String) -> Int {
      shows.map { StyledLineWidth.of(StyledLineWidth.cut([Span(value($0))], to: bound)) }.max()
        ?? 0
    }
    return ValueWidths(
      years: widest(11) { $0.years }, status: widest(16) { $0.status ?? "–" },
      network: widest(20) { $0.network ?? "–" }, next: widest(11) { $0.next ?? "–" },
      hasWatched: shows.contains { $0.watched > 0 },
      hasNew: shows.contains { $0.airedSinceOpened > 0 })
  }

  /// The table of shows whose values are `valueWidths` wide, on a screen `width` columns
  /// wide.
  init(valueWidths: ValueWidths, width: Int) {
    func fitted(_ title: String, _ widest: Int, _ value: @escaping (ShelfShow) -> String)
      -> Column
    {
      Column(
        title: title, width: max(widest, DisplayWidth.of(title)), isNumber: false, value: value)
    }
    func number(_ title: String, _ value: @escaping (ShelfShow) -> Int) -> Column {
      Column(
        title: title, width: DisplayWidth.of(title), isNumber: true, value: { String(value($0)) })
    }
    var others = [
      fitted("Years", valueWidths.years) { $0.years },
      fitted("Status", valueWidths.status) { $0.status ?? "–" },
      fitted("Network", valueWidths.network) { $0.network ?? "–" },
      number("Seasons") { $0.seasons },
      number("Episodes") { $0.episodes },
    ]
    if valueWidths.hasWatched {
      others.append(
        Column(
          title: "Watched", width: DisplayWidth.of("Watched"), isNumber: true,
          value: { $0.watched > 0 ? String($0.watched) : "–" }))
      others.append(
        Column(
          title: "Next", width: max(DisplayWidth.of("Next"), valueWidths.next), isNumber: false,
          value: { $0.next ?? "–" }))
    }
    if valueWidths.hasNew {
      others.append(
        Column(
          title: "New", width: DisplayWidth.of("New"), isNumber: true,
          value: { $0.airedSinceOpened > 0 ? String($0.airedSinceOpened) : "–" }))
    }
    // The name keeps 16 columns at least, with a space before it and two between columns.
    func room(_ columns: [Column]) -> Int {
      width - 1 - columns.reduce(0) { $0 + $1.width + 2 } - 1
    }
    for dropped in ["Network", "Status", "Years", "Seasons", "New", "Next"]
    where room(others) < 16 {
      others.removeAll { $0.title == dropped }
    }
    let name = Column(title: "Name", width: max(room(others), 4), isNumber: false, value: \.name)
    columns = [name] + others
  }

  /// The header row's text.
  var header: String {
    columns.map { cell($0.title, $0) }.joined(separator: "  ")
  }

  /// One show's row.
  func line(for show: ShelfShow) -> String {
    " " + columns.map { cell($0.value(show), $0) }.joined(separator: "  ")
  }

  /// `text` cut or padded to the column's width, numbers to the right.
  private func cell(_ text: String, _ column: Column) -> String {
    let cut = StyledLineWidth.cut([Span(text)], to: column.width)
    let shown = cut.map(\.text).joined()
    let pad = String(repeating: " ", count: max(column.width - DisplayWidth.of(shown), 0))
    return column.isNumber ? pad + shown : shown + pad
  }
}
