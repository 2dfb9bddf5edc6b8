import Foundation
import GRDB
import ShowModel

/// The shows a person keeps: one SQLite file (WAL), each show stored whole with its
/// entities as records, added and replaced in one transaction each.
public final class Library {
  /// The file.
  public let path: String
  private let database: DatabaseQueue
  /// The shows imported from IMDb's datasets (`tvbrowse import imdb`), kept in a file of
  /// their own beside this one and read-only here: the shows whose ids are IMDb title ids
  /// are read from it. Nil when no import made one, for that file itself, and when it
  /// cannot be read (`imdbProblem` says why).
  let imdb: Library?
  /// Why the IMDb shows' file beside this one could not be opened, if it could not: the
  /// library opens without them, so that the rest of it, and a new import, still work.
  public let imdbProblem: String?

  private init(path: String, database: DatabaseQueue, imdb: Library?, imdbProblem: String?) {
    self.path = path
    self.database = database
    self.imdb = imdb
    self.imdbProblem = imdbProblem
  }

  /// Opens the library at `path` to read, read-only: the file is never created, changed
  /// or migrated. Nil when there is no file there, or an empty one (no library yet).
  public static func openExisting(path: String) throws(LibraryError) -> Library? {
    guard isLibraryFile(path) else { return nil }
    return try open(path: path, writing: false)
  }

  /// Opens the library at `path` to change it (remove a show, record what the browser
  /// opened); nil when there is no library there, which is not created for this.
  public static func openExistingToWrite(path: String) throws(LibraryError) -> Library? {
    guard isLibraryFile(path) else { return nil }
    return try open(path: path, writing: true)
  }

  /// Opens the library at `path` to write, creating it and its folder if need be.
  public static func openOrCreate(path: String) throws(LibraryError) -> Library {
    // The folder is what comes before the last "/" (none for a bare file name).
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw LibraryError(
          "cannot make the library's folder \(folder): \(error.localizedDescription)")
      }
    }
    return try open(path: path, writing: true)
  }

  /// True when `path` holds a file that is not empty (a folder is left to SQLite to refuse).
  private static func isLibraryFile(_ path: String) -> Bool {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      return false
    }
    return attributes[.type] as? FileAttributeType != .typeRegular
      || (attributes[.size] as? NSNumber)?.intValue ?? 0 > 0
  }

  /// Opens the file and checks that it is a library this build reads before anything is
  /// written: only then, to write, is it switched to WAL and migrated.
  private static func open(path: String, writing: Bool, imdbBeside: Bool = true)
    throws(LibraryError) -> Library
  {
    var configuration = Configuration()
    configuration.readonly = !writing
    // A reader waits for a writer's commit rather than failing; in WAL it rarely must.
    configuration.busyMode = .timeout(10)
    do {
      let database = try DatabaseQueue(path: path, configuration: configuration)
      try database.read { db in try LibrarySchema.check(db, path: path) }
      if writing {
        try database.writeWithoutTransaction { db in
          try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try migrate(database, path: path)
      }
      var imdb: Library?
      var imdbProblem: String?
      let imdbPath = LibraryLocation.imdbPath(besideLibrary: path)
      if imdbBeside && isLibraryFile(imdbPath) {
        do {
          imdb = try open(path: imdbPath, writing: false, imdbBeside: false)
        } catch {
          imdbProblem = error.message
        }
      }
      return Library(path: path, database: database, imdb: imdb, imdbProblem: imdbProblem)
    } catch let error as LibraryError {
      throw error
    } catch {
      throw LibraryError.database(error, path: path)
    }
  }

  /// Brings the file up to this version's tables. A library that holds shows is copied
  /// beside itself first (`PATH.before-migration`, a consistent copy made by SQLite's
  /// backup) and the copy removed once the migration is committed: a migration that fails
  /// or is cut short leaves the person their library as it was. A copy left by an earlier
  /// migration that failed is kept, never overwritten: it holds the library as it was.
  private static func migrate(_ database: DatabaseQueue, path: String) throws {
    let migrator = LibrarySchema.migrator
    let copyPath = path + ".before-migration"
    let pending = try database.read { db in
      try !migrator.hasCompletedMigrations(db) && db.tableExists("show")
    }
    var copied = false
    if pending && !FileManager.default.fileExists(atPath: copyPath) {
      let copy = try DatabaseQueue(path: copyPath)
      try database.backup(to: copy)
      try copy.close()
      copied = true
    }
    try migrator.migrate(database)
    // Another process migrating at the same moment may have removed it already.
    if copied { try? FileManager.default.removeItem(atPath: copyPath) }
  }

  // MARK: - Reading

  /// Every show, by name: this file's, then IMDb's among them.
  public func shows() throws(LibraryError) -> [LibraryShow] {
    let own = try ownShows()
    guard let imdb else { return own }
    return (own + (try imdb.ownShows())).sorted {
      let order = $0.name.compare($1.name, options: .caseInsensitive)
      return order == .orderedSame ? $0.id < $1.id : order == .orderedAscending
    }
  }

  /// The shows this file holds, by name.
  func ownShows() throws(LibraryError) -> [LibraryShow] {
    try reading { db in
      try Row.fetchAll(db, sql: "SELECT * FROM show ORDER BY name COLLATE NOCASE, id").map {
        try Self.show(from: $0, path: path)
      }
    }
  }

  /// The file that holds the show `id`: IMDb's for an IMDb title id when there is one.
  func store(of show: String) -> Library {
    guard let imdb, ImdbID.isTitle(show) else { return self }
    return imdb
  }

  /// The show whose library id is `id`, if any: one row read, where `shows` reads all.
  public func show(id: String) throws(LibraryError) -> LibraryShow? {
    if store(of: id) !== self { return try store(of: id).show(id: id) }
    return try reading { db in
      try Row.fetchOne(db, sql: "SELECT * FROM show WHERE id = ?", arguments: [id]).map {
        try Self.show(from: $0, path: path)
      }
    }
  }

  /// The pack of the show `id`, read from its records; nil when there is no such show.
  /// The records are decoded a few megabytes at a time (`RecordBatch`), so that they are
  /// never all held at once.
  public func pack(of id: String) throws(LibraryError) -> Pack? {
    if store(of: id) !== self { return try store(of: id).pack(of: id) }
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
      var batch = RecordBatch()
      let damaged = { (record: Int, message: String) in
        LibraryError(
          "\(path) is damaged: entity \(record) of show \"\(id)\" cannot be read (\(message)); add the show again"
        )
      }
      let decode = { (entities: inout [Entity]) throws(LibraryError) in
        do throws(RecordBatch.Damage) {
          try batch.decode(into: &entities)
        } catch {
          throw damaged(error.record, error.message)
        }
      }
      var read = 0
      while let row = try rows.next() {
        let held = try row.withUnsafeData(atIndex: 0) { data -> Bool in
          guard let data else { return false }
          data.withUnsafeBytes { batch.append($0) }
          return true
        }
        guard held else { throw damaged(read, "not a record") }
        read += 1
        if batch.isFull { try decode(&entities) }
      }
      try decode(&entities)
      return entities
    }
    guard let entities else { return nil }
    return Pack(entities: entities, paths: [])
  }

  // MARK: - Writing

  /// Adds `pack` as a show, or replaces the show it is already stored as (the same TVmaze
  /// id, or for a pack the same id and origin), in one transaction; returns its line.
  /// `show.id` is ignored: the id is made from the name (an IMDb show's is its title id).
  @discardableResult
  public func add(_ pack: Pack, as show: LibraryShow) throws(LibraryError) -> LibraryShow {
    let added = ISO8601DateFormatter().string(from: Date())
    return try writing { db in try Self.insert(pack, as: show, added: added, in: db) }
  }

  /// Adds the shows `next` gives, one after another until it gives nil, in one
  /// transaction, so that only one show is held at a time; returns how many were added.
  /// Nothing is added when `next` throws.
  public func addAll(_ next: () throws -> (Pack, LibraryShow)?) throws -> Int {
    let added = ISO8601DateFormatter().string(from: Date())
    return try database.write { db in
      var count = 0
      while let (pack, show) = try next() {
        try Self.insert(pack, as: show, added: added, in: db)
        count += 1
      }
      return count
    }
  }

  @discardableResult
  private static func insert(_ pack: Pack, as show: LibraryShow, added: String, in db: Database)
    throws -> LibraryShow
  {
    var show = show
    show.seasons = pack.entities.lazy.filter { $0.kind == .season }.count
    show.episodes = pack.entities.lazy.filter { $0.kind == .episode }.count
    let counts = ShowCounts(of: pack.entities)
    show.id = try Self.id(for: show, in: db)
    // When the browser last opened it outlasts the show's replacement.
    let opened = try String.fetchOne(
      db, sql: "SELECT opened FROM show WHERE id = ?", arguments: [show.id])
    try db.execute(sql: "DELETE FROM show WHERE id = ?", arguments: [show.id])
    try db.execute(
      sql: """
        INSERT INTO show (id, name, start, "end", seasons, episodes, origin, tvmaze, imdb,
          updated, added, status, network, opened)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        show.id, show.name, show.start, show.end, show.seasons, show.episodes,
        show.origin.rawValue, show.tvmaze, show.imdb, show.updated, added, show.status,
        show.network, opened,
      ])
    let insert = try db.cachedStatement(
      sql: "INSERT INTO entity (show, ordinal, record, id, kind) VALUES (?, ?, ?, ?, ?)")
    for (ordinal, entity) in pack.entities.enumerated() {
      let record = EntityEncoder.record(of: entity)
      try insert.execute(arguments: [
        show.id, ordinal, Data(record), entity.id, Int(EntityCodes.code(of: entity.kind)),
      ])
      try LibrarySchema.insertLinks(from: entity, at: ordinal, of: show.id, in: db)
    }
    try LibrarySchema.setCounts(counts, of: show.id, in: db)
    try LibrarySchema.insertPeople(
      pack.entities.filter { $0.kind == .person }, of: show.id, in: db)
    try LibrarySchema.insertEpisodes(
      of: pack.entities, airstamps: pack.airstamps, of: show.id, in: db)
    return show
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
      // A library of the first version, read without migrating it, has no such table.
      guard try db.tableExists("setting") else { return nil }
      return try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = 'last-opened'")
    }
  }

  /// Records `id` as the show the browser last opened, and now as when it was opened.
  public func recordOpened(_ id: String) throws(LibraryError) {
    let now = MarkFile.now()
    try writing { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO setting (name, value) VALUES ('last-opened', ?)",
        arguments: [id])
      try db.execute(sql: "UPDATE show SET opened = ? WHERE id = ?", arguments: [now, id])
    }
  }

  // MARK: - Parts

  /// The id `show` is stored under: the one it had if it is there already (the same
  /// TVmaze id, or a pack of the same name), else a slug of its name, with its premiere
  /// year on a clash, then a number.
  private static func id(for show: LibraryShow, in db: Database) throws -> String {
    if show.origin == .imdb, let imdb = show.imdb { return imdb }
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
    var base = ShowSlug.of(show.name)
    // "TT1234" would read as an IMDb title id.
    if ImdbID.isTitle(base) { base += "-show" }
    if try isFree(base) { return base }
    if let start = show.start, try isFree("\(base)-\(start)") { return "\(base)-\(start)" }
    var number = 2
    while try !isFree("\(base)-\(number)") { number += 1 }
    return "\(base)-\(number)"
  }

  /// A show's line from its row; a value of the wrong type or a missing one is damage,
  /// reported, never a crash (the file may have been changed by anything).
  private static func show(from row: Row, path: String) throws -> LibraryShow {
    // A library of an earlier version, read without migrating it, lacks later columns.
    func value<Value: DatabaseValueConvertible>(_ column: String) -> Value? {
      guard row.hasColumn(column) else { return nil }
      return Value.fromDatabaseValue(row[column] as DatabaseValue)
    }
    guard let id: String = value("id"), let name: String = value("name"),
      let seasons: Int = value("seasons"), let episodes: Int = value("episodes"),
      let origin = (value("origin") as String?).flatMap(ShowOrigin.init(rawValue:))
    else {
      throw LibraryError(
        "\(path) is damaged: a show's row lacks a value it needs; it was left as it is")
    }
    return LibraryShow(
      id: id, name: name, start: value("start"), end: value("end"), seasons: seasons,
      episodes: episodes, origin: origin, tvmaze: value("tvmaze"), imdb: value("imdb"),
      updated: value("updated"), status: value("status"), network: value("network"))
  }

  func reading<Value>(_ body: (Database) throws -> Value) throws(LibraryError) -> Value {
    try mappingErrors { try database.read(body) }
  }

  func writing<Value>(_ body: (Database) throws -> Value) throws(LibraryError) -> Value {
    try mappingErrors { try database.write(body) }
  }

  /// `access`'s value; SQLite's errors become `LibraryError`s that name the file.
  private func mappingErrors<Value>(_ access: () throws -> Value) throws(LibraryError) -> Value {
    do {
      return try access()
    } catch let error as LibraryError {
      throw error
    } catch {
      throw LibraryError.database(error, path: path)
    }
  }
}
