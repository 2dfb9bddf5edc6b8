import GRDB
import ShowModel

/// One episode's watched state, as the library keeps it apart from the show's data.
public struct EpisodeMark: Sendable, Equatable {
  /// The show's lasting name (`LibraryShow.markKey`): `tvmaze:N`, `imdb:tt…` or `pack:ID`.
  public var show: String
  /// The episode's entity id.
  public var episode: String
  /// The episode's season number.
  public var season: Int
  /// The episode's number in its season; nil for a special.
  public var number: Int?
  /// Watched, or marked unwatched.
  public var watched: Bool
  /// When it was marked, ISO-8601 in UTC.
  public var at: String

  /// Creates a mark.
  public init(
    show: String, episode: String, season: Int, number: Int?, watched: Bool, at: String
  ) {
    self.show = show
    self.episode = episode
    self.season = season
    self.number = number
    self.watched = watched
    self.at = at
  }
}

/// What an import of marks did.
public struct MarkMerge: Sendable, Equatable {
  /// Marks of episodes the library had none for.
  public var added = 0
  /// Marks newer than the library's, which replaced them.
  public var updated = 0
  /// Marks the library had already, or had newer.
  public var unchanged = 0

  /// No marks yet.
  public init() {}
}

extension EpisodeMark {
  /// The mark of `episode` of the show kept under `key`.
  public init(key: String, episode: EpisodeLine, watched: Bool, at: String) {
    self.init(
      show: key, episode: episode.id, season: episode.season, number: episode.number,
      watched: watched, at: at)
  }
}

extension Library {
  /// How many episodes are marked watched in each show that has one, by mark key: one
  /// query for every show of the Library view.
  public func watchedCounts() throws(LibraryError) -> [String: Int] {
    try reading { db in
      guard try db.tableExists("mark") else { return [:] }
      var counts: [String: Int] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT show, count(*) FROM mark WHERE watched GROUP BY show")
      while let row = try rows.next() {
        if let show: String = row[0], let count: Int = row[1] { counts[show] = count }
      }
      return counts
    }
  }

  /// The ids of the episodes marked watched in the show whose mark key is `show`.
  public func watchedEpisodes(of show: String) throws(LibraryError) -> Set<String> {
    Set(try marks(of: show).filter(\.watched).map(\.episode))
  }

  /// The marks of the show whose mark key is `show`.
  public func marks(of show: String) throws(LibraryError) -> [EpisodeMark] {
    try reading { db in
      guard try db.tableExists("mark") else { return [] }
      return try Row.fetchAll(
        db, sql: "SELECT * FROM mark WHERE show = ? ORDER BY season, number, episode",
        arguments: [show]
      ).map(mark(from:))
    }
  }

  /// Every mark of every show, by show.
  public func allMarks() throws(LibraryError) -> [EpisodeMark] {
    try reading { db in
      guard try db.tableExists("mark") else { return [] }
      return try Row.fetchAll(db, sql: "SELECT * FROM mark ORDER BY show, season, number, episode")
        .map(mark(from:))
    }
  }

  /// Records `marks`, replacing the library's marks of the same episodes, in one
  /// transaction: committed when this returns.
  public func record(_ marks: [EpisodeMark]) throws(LibraryError) {
    try writing { db in
      for mark in marks { try Self.store(mark, in: db) }
    }
  }

  /// Merges `marks` into the library's in one transaction: for each episode the newer
  /// state is kept (by `at`), the library's when both are as new.
  public func merge(_ marks: [EpisodeMark]) throws(LibraryError) -> MarkMerge {
    try writing { db in
      var merge = MarkMerge()
      for mark in marks {
        let kept = try String.fetchOne(
          db.cachedStatement(sql: "SELECT at FROM mark WHERE show = ? AND episode = ?"),
          arguments: [mark.show, mark.episode])
        guard let kept else {
          merge.added += 1
          try Self.store(mark, in: db)
          continue
        }
        if Self.isNewer(mark.at, than: kept) {
          merge.updated += 1
          try Self.store(mark, in: db)
        } else {
          merge.unchanged += 1
        }
      }
      return merge
    }
  }

  /// True when the ISO-8601 time `time` is later than `other`: both in UTC, written with
  /// the same fields, they compare as text.
  private static func isNewer(_ time: String, than other: String) -> Bool {
    time > other
  }

  private static func store(_ mark: EpisodeMark, in db: Database) throws {
    let insert = try db.cachedStatement(
      sql: """
        INSERT OR REPLACE INTO mark (show, episode, season, number, watched, at)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    try insert.execute(
      arguments: [mark.show, mark.episode, mark.season, mark.number, mark.watched, mark.at])
  }

  private func mark(from row: Row) throws -> EpisodeMark {
    guard let show: String = row["show"], let episode: String = row["episode"],
      let season: Int = row["season"], let watched: Bool = row["watched"],
      let at: String = row["at"]
    else { throw LibraryError("\(path) is damaged: a mark's row lacks a value it needs") }
    return EpisodeMark(
      show: show, episode: episode, season: season, number: row["number"], watched: watched,
      at: at)
  }
}
