import GRDB
import ShowModel

extension Library {
  /// The episodes of the show `show` in air order, each with its season's id, as kept
  /// when the show was added (`EpisodeLine.episodes(in:)`), read without the show: what
  /// the spoiler shield places the watched point on, and, `titled`, with their titles and
  /// air dates, what progress counts. Nil when the library kept no seasons' ids for it
  /// (written before it kept them): the show is read whole then.
  public func airOrder(of show: String, titled: Bool = false) throws(LibraryError)
    -> [EpisodeLine]?
  {
    try reading { db -> [EpisodeLine]? in
      guard try db.columns(in: "episode").contains(where: { $0.name == "season_id" }) else {
        return nil
      }
      var lines: [EpisodeLine] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, season, number, season_id\(titled ? ", title, airdate" : "") FROM episode
          WHERE show = ? ORDER BY place
          """, arguments: [show])
      while let row = try rows.next() {
        // A row that is not what this build wrote leaves the show to be read whole.
        guard let id: String = row.checked(0), let season: Int = row.checked(1),
          let seasonID: String = row.checked(3)
        else { return nil }
        lines.append(
          EpisodeLine(
            id: id, season: season, number: row.checked(2), title: titled ? row.checked(4) : nil,
            airdate: titled ? row.checked(5) : nil, seasonID: seasonID))
      }
      return lines
    }
  }
}
