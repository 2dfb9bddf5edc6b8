import Foundation
import GRDB
import ShowModel

/// The library's tables, built by numbered migrations so that a later version can change
/// them and an older one refuses a file it does not understand.
enum LibrarySchema {
  /// The migrations, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: shows and their entities") { db in
      try db.create(table: "show") { table in
        table.primaryKey("id", .text)
        table.column("name", .text).notNull()
        table.column("start", .integer)
        table.column("end", .integer)
        table.column("seasons", .integer).notNull()
        table.column("episodes", .integer).notNull()
        table.column("origin", .text).notNull()
        table.column("tvmaze", .integer).unique()
        table.column("imdb", .text)
        table.column("updated", .integer)
        table.column("added", .text).notNull()
      }
      // Each entity as a record that reads back without parsing or validating the pack.
      try db.create(table: "entity") { table in
        table.column("show", .text).notNull().references("show", onDelete: .cascade)
        table.column("ordinal", .integer).notNull()
        table.column("record", .blob).notNull()
        table.primaryKey(["show", "ordinal"])
      }
    }
    migrator.registerMigration("v2: what the browser last opened") { db in
      try db.create(table: "setting") { table in
        table.primaryKey("name", .text)
        table.column("value", .text).notNull()
      }
    }
    migrator.registerMigration("v3: status and network, for the Library view") { db in
      try db.alter(table: "show") { table in
        table.add(column: "status", .text)
        table.add(column: "network", .text)
      }
    }
    migrator.registerMigration("v4: people, to link a person's pages across shows") { db in
      try createPeople(db)
      // The shows stored before this version are read once to fill the table.
      let shows = try String.fetchAll(db, sql: "SELECT id FROM show")
      for show in shows {
        let records = try Data.fetchAll(
          db, sql: "SELECT record FROM entity WHERE show = ? ORDER BY ordinal", arguments: [show])
        let sharing = CitationSharing()
        let people = records.compactMap { data -> Entity? in
          let entity = try? EntityDecoder.entity(from: [UInt8](data), sharing: sharing)
          return entity?.kind == .person ? entity : nil
        }
        try insertPeople(people, of: show, in: db)
      }
    }
    migrator.registerMigration("v5: entities by id and what links to them") { db in
      try db.alter(table: "entity") { table in table.add(column: "id", .text) }
      try db.create(index: "entity_by_id", on: "entity", columns: ["show", "id"])
      try db.create(table: "link") { table in
        table.column("show", .text).notNull().references("show", onDelete: .cascade)
        table.column("target", .text).notNull()
        table.column("ordinal", .integer).notNull()
      }
      try db.create(index: "link_by_target", on: "link", columns: ["show", "target"])
      // The entities stored before this version are read once to fill both, a show at a
      // time, so that no more than one show is held.
      let name = try db.makeStatement(
        sql: "UPDATE entity SET id = ? WHERE show = ? AND ordinal = ?")
      for show in try String.fetchAll(db, sql: "SELECT id FROM show") {
        let rows = try Row.fetchAll(
          db, sql: "SELECT ordinal, record FROM entity WHERE show = ?", arguments: [show])
        let sharing = CitationSharing()
        for row in rows {
          guard let ordinal: Int = row[0], let data: Data = row[1],
            let entity = try? EntityDecoder.entity(from: [UInt8](data), sharing: sharing)
          else { continue }
          try name.execute(arguments: [entity.id, show, ordinal])
          try insertLinks(from: entity, at: ordinal, of: show, in: db)
        }
      }
    }
    migrator.registerMigration("v6: which episodes were watched") { db in
      // Keyed by the show's lasting name (`LibraryShow.markKey`), not by its row: a show
      // updated, removed or added again keeps its marks.
      try db.create(table: "mark") { table in
        table.column("show", .text).notNull()
        table.column("episode", .text).notNull()
        table.column("season", .integer).notNull()
        table.column("number", .integer)
        table.column("watched", .boolean).notNull()
        table.column("at", .text).notNull()
        table.primaryKey(["show", "episode"])
      }
    }
    migrator.registerMigration("v7: episodes in air order, and when each show was opened") {
      db in
      try db.alter(table: "show") { table in table.add(column: "opened", .text) }
      try createEpisodes(db)
      // The shows stored before this version are read once, a show at a time; their
      // airstamps were not kept, and come with the next `update`.
      for show in try String.fetchAll(db, sql: "SELECT id FROM show") {
        let records = try Data.fetchAll(
          db, sql: "SELECT record FROM entity WHERE show = ? ORDER BY ordinal", arguments: [show])
        let sharing = CitationSharing()
        let entities = records.compactMap {
          try? EntityDecoder.entity(from: [UInt8]($0), sharing: sharing)
        }
        // As this version kept them: their seasons' ids come with v9.
        try insertEpisodes(of: entities, airstamps: [:], of: show, in: db, withSeasonIDs: false)
      }
    }
    migrator.registerMigration("v8: entity kinds and show counts, for a show's first screen") {
      db in
      try db.alter(table: "entity") { table in table.add(column: "kind", .integer) }
      try db.alter(table: "show") { table in
        table.add(column: "listed_episodes", .integer)
        table.add(column: "disagreements", .integer)
      }
      // The shows stored before this version are read once, a show at a time.
      let setKind = try db.makeStatement(
        sql: "UPDATE entity SET kind = ? WHERE show = ? AND ordinal = ?")
      for show in try String.fetchAll(db, sql: "SELECT id FROM show") {
        let rows = try Row.fetchAll(
          db, sql: "SELECT ordinal, record FROM entity WHERE show = ?", arguments: [show])
        let sharing = CitationSharing()
        var entities: [Entity] = []
        var isWhole = true
        for row in rows {
          guard let ordinal: Int = row[0], let data: Data = row[1],
            let entity = try? EntityDecoder.entity(from: [UInt8](data), sharing: sharing)
          else {
            isWhole = false
            continue
          }
          try setKind.execute(arguments: [Int(EntityCodes.code(of: entity.kind)), show, ordinal])
          entities.append(entity)
        }
        // A show with a record that cannot be read keeps no counts: it is read whole, and
        // says what is damaged.
        if isWhole { try setCounts(ShowCounts(of: entities), of: show, in: db) }
      }
      // Made once the kinds are in: cheaper than kept up to date through every update.
      try db.create(index: "entity_by_kind", on: "entity", columns: ["show", "kind"])
    }
    migrator.registerMigration("v9: each episode's season, for the spoiler shield") { db in
      // The spoiler shield and progress read a show's episodes in air order from this
      // table alone: the shield needs each one's season by its id.
      try db.alter(table: "episode") { table in table.add(column: "season_id", .text) }
      // By place, at which the episodes were stored in this same order; one whose id is
      // not at its place keeps none, and its show is read whole for the shield.
      let setSeason = try db.makeStatement(
        sql: "UPDATE episode SET season_id = ? WHERE show = ? AND place = ? AND id = ?")
      let seasonsAndEpisodes = [EntityKind.season, .episode].map { Int(EntityCodes.code(of: $0)) }
      for show in try String.fetchAll(db, sql: "SELECT id FROM show") {
        // Only the seasons and episodes, in the show's order, in which the episodes were
        // put in air order (a season's episodes keep their order among themselves).
        let records = try Data.fetchAll(
          db,
          sql: "SELECT record FROM entity WHERE show = ? AND kind IN (?, ?) ORDER BY ordinal",
          arguments: [show, seasonsAndEpisodes[0], seasonsAndEpisodes[1]])
        let sharing = CitationSharing()
        let entities = records.compactMap {
          try? EntityDecoder.entity(from: [UInt8]($0), sharing: sharing)
        }
        for (place, episode) in EpisodeLine.episodes(in: entities).enumerated() {
          try setSeason.execute(arguments: [episode.seasonID, show, place, episode.id])
        }
      }
    }
    return migrator
  }

  /// Keeps the counts of the show `show` that its first screen shows.
  static func setCounts(_ counts: ShowCounts, of show: String, in db: Database) throws {
    try db.execute(
      sql: "UPDATE show SET listed_episodes = ?, disagreements = ? WHERE id = ?",
      arguments: [counts.listedEpisodes, counts.disagreements, show])
  }

  /// The table of every show's episodes in air order: what the Library view reads for the
  /// next episode and what aired since a show was last opened, without reading the show.
  private static func createEpisodes(_ db: Database) throws {
    try db.create(table: "episode") { table in
      table.column("show", .text).notNull().references("show", onDelete: .cascade)
      table.column("place", .integer).notNull()
      table.column("id", .text).notNull()
      table.column("season", .integer).notNull()
      table.column("number", .integer)
      table.column("title", .text)
      table.column("airdate", .text)
      table.column("airstamp", .text)
      table.primaryKey(["show", "place"])
    }
  }

  /// Records the episodes among `entities`, the show `show`'s, in air order, with their
  /// airstamps (in UTC) where `airstamps` gives them, and their seasons' ids unless the
  /// table is of a version without them (`withSeasonIDs`).
  static func insertEpisodes(
    of entities: [Entity], airstamps: [String: String], of show: String, in db: Database,
    withSeasonIDs: Bool = true
  ) throws {
    let insert = try db.makeStatement(
      sql: """
        INSERT INTO episode (show, place, id, season, number, title, airdate, airstamp\
        \(withSeasonIDs ? ", season_id" : ""))
        VALUES (?, ?, ?, ?, ?, ?, ?, ?\(withSeasonIDs ? ", ?" : ""))
        """)
    for (place, episode) in EpisodeLine.episodes(in: entities).enumerated() {
      var arguments: [(any DatabaseValueConvertible)?] = [
        show, place, episode.id, episode.season, episode.number, episode.title, episode.airdate,
        airstamps[episode.id].flatMap(MarkTime.utc),
      ]
      if withSeasonIDs { arguments.append(episode.seasonID) }
      try insert.execute(arguments: StatementArguments(arguments))
    }
  }

  /// Records what `entity`, at `ordinal` of the show `show`, names (`Entity.references`),
  /// so that what links to an entity is found without reading every entity.
  static func insertLinks(from entity: Entity, at ordinal: Int, of show: String, in db: Database)
    throws
  {
    let insert = try db.cachedStatement(
      sql: "INSERT INTO link (show, target, ordinal) VALUES (?, ?, ?)")
    for target in entity.references {
      try insert.execute(arguments: [show, target, ordinal])
    }
  }

  /// The table of every show's people, by the key that matches a person across shows.
  private static func createPeople(_ db: Database) throws {
    try db.create(table: "person") { table in
      table.column("show", .text).notNull().references("show", onDelete: .cascade)
      table.column("key", .text).notNull()
      table.column("entity", .text).notNull()
    }
    try db.create(index: "person_by_key", on: "person", columns: ["key"])
    try db.create(index: "person_by_show", on: "person", columns: ["show"])
  }

  /// Records `people`, the people of the show `show`, under their keys.
  static func insertPeople(_ people: [Entity], of show: String, in db: Database) throws {
    let insert = try db.makeStatement(
      sql: "INSERT INTO person (show, key, entity) VALUES (?, ?, ?)")
    for person in people {
      let key = OtherShows.personKey(person.name)
      if !key.isEmpty { try insert.execute(arguments: [show, key, person.id]) }
    }
  }

  /// Checks that `db` is a library this build reads: its migrations all known. A file
  /// of a newer version, or one with tables of some other program, is refused.
  static func check(_ db: Database, path: String) throws {
    let migrator = migrator
    if try migrator.hasBeenSuperseded(db) {
      throw LibraryError(
        "\(path) was written by a newer tvbrowse; this version cannot read it (it was left as it is)"
      )
    }
    let isOurs = try db.tableExists("grdb_migrations")
    let tables =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
    let hasShows = try db.tableExists("show")
    let hasEntities = try db.tableExists("entity")
    if isOurs && !(hasShows && hasEntities) {
      throw LibraryError(
        "\(path) is damaged: its tables of shows are missing; it was left as it is")
    }
    if !isOurs && tables > 0 {
      throw LibraryError(
        "\(path) is an SQLite file of another program, not a tvbrowse library; it was left as it is: name another file with --library or TVBROWSE_LIBRARY"
      )
    }
  }
}
