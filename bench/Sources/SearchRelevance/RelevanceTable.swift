/// The results as a plain-text table, one line per query, followed by the mean reciprocal
/// rank.
public struct RelevanceTable: Sendable {
  /// The results, in the set's order.
  public var results: [RelevanceResult]

  /// Creates the table of `results`.
  public init(results: [RelevanceResult]) { self.results = results }

  /// The table: rank, bound, today's recorded rank, ok or over, the query and the expected
  /// ids; a query that ranks worse than its recorded rank is marked "worse than today".
  public var text: String {
    let queryWidth = results.map(\.query.text.count).max() ?? 0
    var lines = [
      row(["rank", "bound", "today", "", pad("query", to: queryWidth), "expected"])
    ]
    for result in results {
      let query = result.query
      var cells = [
        result.rank.map(String.init) ?? RelevanceSet.missing,
        String(query.bound),
        query.today.map(String.init) ?? RelevanceSet.missing,
        result.isWithinBound ? "ok" : "over",
        pad(query.text, to: queryWidth),
        query.expected.joined(separator: ","),
      ]
      if !result.isNoWorseThanToday { cells.append("worse than today") }
      lines.append(row(cells))
    }
    let within = results.count { $0.isWithinBound }
    let mrr = results.meanReciprocalRank
    lines.append("")
    lines.append(
      "\(results.count) queries, \(within) within their bound; "
        + "mean reciprocal rank \(Self.threeDecimals(mrr))")
    return lines.joined(separator: "\n")
  }

  private func row(_ cells: [String]) -> String {
    let widths = [7, 5, 7, 4]
    var line = ""
    for (place, cell) in cells.enumerated() {
      if place > 0 { line += "  " }
      line += place < widths.count ? pad(cell, to: widths[place]) : cell
    }
    return String(line.reversed().drop(while: { $0 == " " }).reversed())
  }

  private func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  /// `value` rounded to three decimals, written with all three ("0.500").
  static func threeDecimals(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
