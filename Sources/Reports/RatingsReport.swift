import ShowModel

/// `tvbrowse ratings`: a show's ratings grid as text lines or JSON.
public enum RatingsReport {
  /// One line per season, "S01  8.1 8.4 – 7.9", "–" where an episode has no rating,
  /// wrapped to `width` columns with the continuation under the first rating.
  public static func lines(_ grid: RatingsGrid, width: Int = 80) -> [String] {
    var lines: [String] = []
    for season in grid.seasons {
      let label = RatingsGrid.label(season.number)
      let indent = String(repeating: " ", count: label.count + 2)
      var line = label + " "
      var cellsOnLine = 0
      for episode in season.episodes {
        let cell = episode.rating.map { EpisodeRating.oneDecimal($0.rating) } ?? "–"
        if cellsOnLine > 0 && line.count + 1 + cell.count > width {
          lines.append(line)
          line = String(indent.dropLast())
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
