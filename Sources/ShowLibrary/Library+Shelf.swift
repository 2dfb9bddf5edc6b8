import GRDB
import ShowModel

/// Where a person is in one stored show, as the Library view shows it.
public struct ShelfProgress: Sendable, Equatable {
  /// How many of its episodes are marked watched.
  public var watched: Int
  /// The episode to watch next (`ShowProgress.next`), if any.
  public var next: EpisodeLine?
  /// How many episodes aired since the browser last opened the show; nil when it never
  /// has.
  public var airedSinceOpened: Int?

  /// Creates a show's progress.
  public init(watched: Int, next: EpisodeLine?, airedSinceOpened: Int?) {
    self.watched = watched
    self.next = next
    self.airedSinceOpened = airedSinceOpened
  }
}

extension Library {
  /// How many episodes of a show aired after a time and by another (UTC, ISO 8601): by
  /// the airstamp, else the air date at midnight UTC.
  static let airedSinceSQL = """
    SELECT count(*) FROM episode WHERE show = ?
      AND coalesce(airstamp, airdate || 'T00:00:00Z') > ?
      AND coalesce(airstamp, airdate || 'T00:00:00Z') <= ?
    """

  /// The progress of every stored show, by library id: its marks, its episodes in air
  /// order and when it was last opened, read from the library's tables without reading
  /// any show's entities. An episode has aired when its airstamp (else its air date, at
  /// midnight UTC) is at `now` or before (UTC, `2026-11-28T07:30:00Z`); the next episode
  /// has aired by `today` (YYYY-MM-DD), as `tvbrowse next` counts it.
  public func shelfProgress(today: String, now: String) throws(LibraryError) -> [String:
    ShelfProgress]
  {
    var progress = try ownShelfProgress(today: today, now: now)
    // The IMDb shows' episodes are in their own file; their marks are in this one.
    guard let imdb else { return progress }
    // Only the shows with marks are read: an import holds hundreds of thousands.
    let prefix = "imdb:"
    for key in try watchedCounts().keys where key.hasPrefix(prefix) {
      guard let show = try imdb.show(id: String(key.dropFirst(prefix.count))),
        show.markKey == key
      else { continue }
      let watched = try watchedEpisodes(of: key)
      let next = try imdb.airOrder(of: show.id, titled: true).flatMap {
        ShowProgress(episodes: $0, watched: watched).next(today: today)
      }
      progress[show.id] = ShelfProgress(watched: watched.count, next: next, airedSinceOpened: nil)
    }
    return progress
  }

  private func ownShelfProgress(today: String, now: String) throws(LibraryError) -> [String:
    ShelfProgress]
  {
    let shows = try ownShows()
    return try reading { db in
      guard try db.tableExists("episode") else { return [:] }
      var progress: [String: ShelfProgress] = [:]
      // When each show was opened, read in one query for every show.
      var openedByShow: [String: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, opened FROM show WHERE opened IS NOT NULL") {
        if let id: String = row[0], let opened: String = row[1] { openedByShow[id] = opened }
      }
      for show in shows {
        let watched = Set(
          try String.fetchAll(
            db, sql: "SELECT episode FROM mark WHERE show = ? AND watched",
            arguments: [show.markKey]))
        let opened = openedByShow[show.id]
        // Counted by SQLite, row by row: a show of thousands of episodes makes no line each.
        let aired = try opened.map { opened in
          try Int.fetchOne(db, sql: Self.airedSinceSQL, arguments: [show.id, opened, now]) ?? 0
        }
        // The next episode needs the episodes in air order only once one is watched.
        let next =
          watched.isEmpty
          ? nil
          : try Self.episodes(of: show.id, in: db, titled: true, withSeasons: false).flatMap {
            ShowProgress(episodes: $0, watched: watched).next(today: today)
          }
        progress[show.id] = ShelfProgress(
          watched: watched.count, next: next, airedSinceOpened: aired)
      }
      return progress
    }
  }
}
