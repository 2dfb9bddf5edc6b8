import Foundation
import GRDB
import ShowModel
import Testing

@testable import ShowLibrary

/// The outline of a stored show: its show, seasons and threads, the sources the show
/// cites, and the counts of the whole show, read without the rest.
struct OutlineTests {
  /// What the outline of a show of `entities` holds, in the show's order.
  static func expectedOutline(of entities: [Entity]) -> [Entity] {
    let named = Set(entities.first { $0.kind == .show }?.references ?? [])
    return entities.filter { [.show, .season, .thread].contains($0.kind) || named.contains($0.id) }
  }

  @Test func aStoredShowsOutlineHoldsWhatItsFirstScreenShows() throws {
    let folder = try TemporaryFolder()
    let library = try Library.openOrCreate(path: folder.file("library.sqlite"))
    let builtIn = Pack(entities: try builtInEntities(), paths: [])
    let stored = [
      try library.add(
        builtIn, as: LibraryShow(id: "", name: "Thirteen", seasons: 0, episodes: 0, origin: .pack)),
      try library.add(harborLights().pack, as: line(for: harborLights())),
      try library.add(lanternBay().pack, as: line(for: lanternBay())),
    ]
    let packs = [builtIn, try harborLights().pack, try lanternBay().pack]
    for (show, pack) in zip(stored, packs) {
      let outline = try #require(try library.outline(of: show.id))
      #expect(outline.entities == Self.expectedOutline(of: pack.entities), "\(show.id)")
      #expect(outline.counts == ShowCounts(of: pack.entities), "\(show.id)")
      #expect(outline.entities.count < pack.entities.count)
    }
    // The built-in show's page cites its articles: they are in its outline.
    let thirteen = try #require(try library.outline(of: stored[0].id))
    #expect(thirteen.entities.contains { $0.kind == .source })
    #expect(thirteen.counts.disagreements > 0)
    #expect(try library.outline(of: "nothing") == nil)
  }

  /// A library of a version before entities were kept by id, in `folder`, holding the
  /// built-in show as the show `old`.
  static func olderLibrary(in folder: TemporaryFolder) throws -> (path: String, pack: Pack) {
    let path = folder.file("library.sqlite")
    let pack = Pack(entities: try builtInEntities(), paths: [])
    try writeOlderLibrary(
      at: path, upTo: "v4: people, to link a person's pages across shows", holding: pack,
      as: "old")
    return (path, pack)
  }

  @Test func anOlderLibraryGainsKindsAndCounts() throws {
    let folder = try TemporaryFolder()
    let (path, pack) = try Self.olderLibrary(in: folder)
    // Read-only, the library is not migrated: the show is read whole.
    #expect(try Library.openExisting(path: path)?.outline(of: "old") == nil)
    let library = try Library.openOrCreate(path: path)
    let outline = try #require(try library.outline(of: "old"))
    #expect(outline.entities == Self.expectedOutline(of: pack.entities))
    #expect(outline.counts == ShowCounts(of: pack.entities))
    // Its episodes keep their seasons' ids too, in the show's own air order.
    let airOrder = try #require(try library.airOrder(of: "old", titled: true))
    #expect(airOrder == EpisodeLine.episodes(of: Catalog(pack: pack)))
  }

  /// A library of version 8 gains its episodes' seasons' ids by place, and reads them as
  /// a library of this version does.
  @Test func aVersionEightLibraryGainsItsEpisodesSeasons() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let show = try lanternBay()
    let stored = try Library.openOrCreate(path: path).add(show.pack, as: line(for: show))
    let database = try DatabaseQueue(path: path)
    try database.write { db in
      try db.execute(sql: "ALTER TABLE episode DROP COLUMN season_id")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v9:%'")
    }
    try database.close()
    #expect(try Library.openExisting(path: path)?.airOrder(of: stored.id) == nil)
    let library = try Library.openOrCreate(path: path)
    let airOrder = try #require(try library.airOrder(of: stored.id, titled: true))
    #expect(airOrder == EpisodeLine.episodes(of: Catalog(pack: show.pack)))
    #expect(airOrder.count == 26)
  }

  @Test func anOlderShowWithADamagedRecordKeepsNoCounts() throws {
    let folder = try TemporaryFolder()
    let (path, _) = try Self.olderLibrary(in: folder)
    let database = try DatabaseQueue(path: path)
    try database.write { db in
      try db.execute(
        sql: "UPDATE entity SET record = x'ff00' WHERE show = 'old' AND ordinal = 7")
    }
    try database.close()
    let library = try Library.openOrCreate(path: path)
    #expect(try library.outline(of: "old") == nil)
    // Read whole, the show says what is damaged.
    #expect(throws: LibraryError.self) { try library.pack(of: "old") }
  }
}

/// The queries that read a part of a show find it by an index, never by walking every
/// entity of the show: SQLite's own plan for each says which index it uses.
struct PartReadingPlanTests {
  @Test(arguments: [
    (Library.firstPlaceSQL, "INDEX entity_by_id", ["show", "id"]),
    (Library.kindCountsSQL, "COVERING INDEX entity_by_kind", ["show"]),
    (Library.recordsOfKindsSQL, "INDEX entity_by_kind", ["show", "0", "1", "6"]),
  ])
  func aPartOfAShowIsFoundByItsIndex(sql: String, index: String, arguments: [String]) throws {
    let folder = try TemporaryFolder()
    let library = try Library.openOrCreate(path: folder.file("library.sqlite"))
    try library.add(harborLights().pack, as: line(for: harborLights()))
    let plan = try library.reading { db in
      try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN " + sql,
        arguments: StatementArguments(arguments)
      ).map { $0["detail"] as String? ?? "" }
    }
    #expect(plan.contains { $0.contains("USING \(index) ") }, "\(plan)")
    #expect(!plan.contains { $0.contains("sqlite_autoindex_entity") }, "\(plan)")
    #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
  }
}
