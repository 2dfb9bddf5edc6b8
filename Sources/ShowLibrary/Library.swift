import Foundation
import GRDB
import ShowModel

/// The shows a person keeps: one SQLite file (WAL), each show stored whole with its
/// entities as records, added and replaced in one transaction each.
public final class Library {
  /// The file.
  public let path: String
  private let database: DatabaseQueue

  private init(path: String, database: DatabaseQueue) {
    self.path = path
    self.database = database
  }

  /// Opens the library at `path` to read; nil when there is no file there, which is
  /// never created for reading.
  public static func openExisting(path: String) throws(LibraryError) -> Library? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try open(path: path)
  }

  /// Opens the library at `path` to write, creating it and its folder if need be.
  public static func openOrCreate(path: String) throws(LibraryError) -> Library {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw LibraryError(
          "cannot make the library's folder \(folder): \(error.localizedDescription)")
      }
    }
    return try open(path: path)
  }

  private static func open(path: String) throws(LibraryError) -> Library {
    var configuration = Configuration()
    configuration.journalMode = .wal
    // A reader waits for a writer's commit rather than failing; in WAL it rarely must.
    configuration.busyMode = .timeout(10)
    do {
      let database = try DatabaseQueue(path: path, configuration: configuration)
      try database.writeWithoutTransaction { db in
        try LibrarySchema.check(db, path: path)
        // Each command opens the file anew: migrations already applied are not run again.
      }
      try LibrarySchema.migrator.migrate(database)
      return Library(path: path, database: database)
    } catch let error as LibraryError {
      throw error
    } catch {
      throw LibraryError.database(error, path: path)
    }
  }

  // MARK: - Reading

  /// Every show, by name.
  public func shows() throws(LibraryError) -> [LibraryShow] {
    try reading { db in
      try Row.fetchAll(db, sql: "SELECT * FROM show ORDER BY name COLLATE NOCASE, id").map(
        Self.show(from:))
    }
  }

  /// The pack of the show `id`, read from its records; nil when there is no such show.
  /// Each record is decoded as it is read, so that the records are never all held at once.
  public func pack(of id: String) throws(LibraryError) -> Pack? {
    let path = path
    let entities: [Entity]? = try reading { db -> [Entity]? in
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM show WHERE id = ?", arguments: [id]) != nil
      else { return nil }
      let count =
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entity WHERE show = ?", arguments: [id])
        ?? 0
      let rows = try Row.fetchCursor(
        db, sql: "SELECT record FROM entity WHERE show = ? ORDER BY ordinal", arguments: [id])
      var entities: [Entity] = []
      entities.reserveCapacity(count)
      var sharing = CitationSharing()
      while let row = try rows.next() {
        let data: Data = row[0]
        do throws(EntityDecoder.Damage) {
          entities.append(try EntityDecoder.entity(from: [UInt8](data), sharing: &sharing))
        } catch {
          throw LibraryError(
            "\(path) is damaged: entity \(entities.count) of show \"\(id)\" cannot be read (\(error.message)); add the show again"
          )
        }
      }
      return entities
    }
    guard let entities else { return nil }
    return Pack(entities: entities, paths: [])
  }

  // MARK: - Writing

  /// Adds `pack` as a show, or replaces the show it is already stored as (the same TVmaze
  /// id, or for a pack the same id and origin), in one transaction; returns its line.
  /// `show.id` is ignored: the id is made from the name.
  @discardableResult
  public func add(_ pack: Pack, as show: LibraryShow) throws(LibraryError) -> LibraryShow {
    var show = show
    show.seasons = pack.entities.lazy.filter { $0.kind == .season }.count
    show.episodes = pack.entities.lazy.filter { $0.kind == .episode }.count
    let records = pack.entities.map(EntityEncoder.record(of:))
    let added = ISO8601DateFormatter().string(from: Date())
    return try writing { db in
      show.id = try Self.id(for: show, in: db)
      try db.execute(sql: "DELETE FROM show WHERE id = ?", arguments: [show.id])
      try db.execute(
        sql: """
          INSERT INTO show (id, name, start, "end", seasons, episodes, origin, tvmaze, imdb, updated, added)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          show.id, show.name, show.start, show.end, show.seasons, show.episodes,
          show.origin.rawValue, show.tvmaze, show.imdb, show.updated, added,
        ])
      let insert = try db.makeStatement(
        sql: "INSERT INTO entity (show, ordinal, record) VALUES (?, ?, ?)")
      for (ordinal, record) in records.enumerated() {
        try insert.execute(arguments: [show.id, ordinal, Data(record)])
      }
      return show
    }
  }

  /// Removes the show `id` and its entities; false when there is none.
  public func remove(id: String) throws(LibraryError) -> Bool {
    try writing { db in
      try db.execute(sql: "DELETE FROM show WHERE id = ?", arguments: [id])
      return db.changesCount > 0
    }
  }

  // MARK: - What the browser last opened

  /// The library id of the show the browser last opened, if it recorded one.
  public func lastOpened() throws(LibraryError) -> String? {
    try reading { db in
      try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = 'last-opened'")
    }
  }

  /// Records `id` as the show the browser last opened.
  public func recordOpened(_ id: String) throws(LibraryError) {
    try writing { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO setting (name, value) VALUES ('last-opened', ?)",
        arguments: [id])
    }
  }

  // MARK: - Parts

  /// The id `show` is stored under: the one it had if it is there already (the same
  /// TVmaze id, or a pack of the same name), else a slug of its name, with its premiere
  /// year on a clash, then a number.
  private static func id(for show: LibraryShow, in db: Database) throws -> String {
    if let tvmaze = show.tvmaze,
      let id = try String.fetchOne(
        db, sql: "SELECT id FROM show WHERE tvmaze = ?", arguments: [tvmaze])
    {
      return id
    }
    if show.origin == .pack,
      let id = try String.fetchOne(
        db, sql: "SELECT id FROM show WHERE origin = 'pack' AND name = ?", arguments: [show.name])
    {
      return id
    }
    func isFree(_ id: String) throws -> Bool {
      try id != ShowSlug.builtIn
        && Bool.fetchOne(db, sql: "SELECT 1 FROM show WHERE id = ?", arguments: [id]) == nil
    }
    let base = ShowSlug.of(show.name)
    if try isFree(base) { return base }
    if let start = show.start, try isFree("\(base)-\(start)") { return "\(base)-\(start)" }
    var number = 2
    while try !isFree("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }

  private static func show(from row: Row) -> LibraryShow {
    LibraryShow(
      id: row["id"], name: row["name"], start: row["start"], end: row["end"],
      seasons: row["seasons"], episodes: row["episodes"],
      origin: ShowOrigin(rawValue: row["origin"]) ?? .pack, tvmaze: row["tvmaze"],
      imdb: row["imdb"], updated: row["updated"])
  }

  private func reading<Value>(_ body: (Database) throws -> Value) throws(LibraryError) -> Value {
    do {
      return try database.read(body)
    } catch let error as LibraryError {
      throw error
    } catch {
      throw LibraryError.database(error, path: path)
    }
  }

  private func writing<Value>(_ body: (Database) throws -> Value) throws(LibraryError) -> Value {
    do {
      return try database.write(body)
    } catch let error as LibraryError {
      throw error
    } catch {
      throw LibraryError.database(error, path: path)
    }
  }
}
