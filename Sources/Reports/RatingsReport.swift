import ShowModel

/// `tvbrowse ratings`: a show's ratings grid as text lines or JSON.
public enum RatingsReport {
  /// One line per season, "S01  8.1  8.4    –  7.9", each cell in `RatingsGrid.cellWidth`
  /// columns so that the seasons line up, "–" where an episode has no rating; wrapped to
  /// `width` columns with the continuation under the first cell.
  public static func lines(_ grid: RatingsGrid, width: Int = 80) -> [String] {
    let labelWidth = grid.seasons.map { RatingsGrid.label($0.number).count }.max() ?? 3
    var lines: [String] = []
    for season in grid.seasons {
      let label = RatingsGrid.label(season.number)
      var line = label + String(repeating: " ", count: labelWidth - label.count)
      var cellsOnLine = 0
      for episode in season.episodes {
        let cell = RatingsGrid.cell(episode.rating)
        if cellsOnLine > 0 && line.count + 1 + cell.count > width {
          lines.append(line)
          line = String(repeating: " ", count: labelWidth)
          cellsOnLine = 0
        }
        line += " " + cell
        cellsOnLine += 1
      }
      lines.append(line)
    }
    return lines
  }

  /// `{show, seasons: [{season, episodes: [{number, rating, votes}]}]}`; `rating` and
  /// `votes` are null where the sources give none.
  public static func json(_ grid: RatingsGrid, show: String) -> JSONValue {
    .object([
      ("show", .string(show)),
      (
        "seasons",
        .array(
          grid.seasons.map { season in
            .object([
              ("season", .number(String(season.number))),
              (
                "episodes",
                .array(
                  season.episodes.map { episode in
                    .object([
                      ("number", .number(String(episode.number))),
                      (
                        "rating",
                        episode.rating.map { .number(EpisodeRating.oneDecimal($0.rating)) }
                          ?? .null
                      ),
                      ("votes", episode.rating?.votes.map { .number(String($0)) } ?? .null),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }
}
