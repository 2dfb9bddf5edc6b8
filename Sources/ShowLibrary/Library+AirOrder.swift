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
    if store(of: show) !== self { return try store(of: show).airOrder(of: show, titled: titled) }
    return try reading { db -> [EpisodeLine]? in
      guard try db.columns(in: "episode").contains(where: { $0.name == "season_id" }) else {
        return nil
      }
      return try Self.episodes(of: show, in: db, titled: titled, withSeasons: true)
    }
  }

  /// The episode rows of the show `show` in air order, as lines: with their titles and
  /// air dates when `titled`, with their seasons' ids when `withSeasons`. Nil when a row
  /// is not what this build writes (a value missing or of another type): damage leaves
  /// the caller to do without, never a crash.
  static func episodes(of show: String, in db: Database, titled: Bool, withSeasons: Bool) throws
    -> [EpisodeLine]?
  {
    let columns =
      "id, season, number" + (titled ? ", title, airdate" : "") + (withSeasons ? ", season_id" : "")
    let rows = try Row.fetchCursor(
      db, sql: "SELECT \(columns) FROM episode WHERE show = ? ORDER BY place", arguments: [show])
    var lines: [EpisodeLine] = []
    while let row = try rows.next() {
      guard let id: String = row.checked(0), let season: Int = row.checked(1) else { return nil }
      var seasonID = ""
      if withSeasons {
        guard let kept: String = row.checked(titled ? 5 : 3) else { return nil }
        seasonID = kept
      }
      lines.append(
        EpisodeLine(
          id: id, season: season, number: row.checked(2), title: titled ? row.checked(3) : nil,
          airdate: titled ? row.checked(4) : nil, seasonID: seasonID))
    }
    return lines
  }
}
