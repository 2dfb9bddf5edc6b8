import Foundation
import GRDB
import ShowModel
import Testing

@testable import ShowLibrary

/// The library keeps shows in one SQLite file, whole, and refuses files it cannot trust.
struct LibraryTests {
  @Test func readingNeverCreatesTheFile() throws {
    let folder = try TemporaryFolder()
    #expect(try Library.openExisting(path: folder.file("library.sqlite")) == nil)
    #expect(!FileManager.default.fileExists(atPath: folder.file("library.sqlite")))
  }

  @Test func aShowAddedReadsBackWholeAndIsReplacedWhenAddedAgain() throws {
    let folder = try TemporaryFolder()
    let show = try harborLights()
    let library = try Library.openOrCreate(path: folder.file("deep/er/library.sqlite"))
    let added = try library.add(show.pack, as: line(for: show))
    #expect(added.id == "harbor-lights")
    #expect(added.seasons == 2 && added.episodes == 5)
    let again = try library.add(show.pack, as: line(for: show))
    #expect(again.id == "harbor-lights")
    let reopened = try #require(
      try Library.openExisting(path: folder.file("deep/er/library.sqlite")))
    #expect(try reopened.shows() == [added])
    let pack = try #require(try reopened.pack(of: "harbor-lights"))
    #expect(pack.entities == show.pack.entities)
    #expect(try reopened.pack(of: "nothing") == nil)
    let writer = try #require(
      try Library.openExistingToWrite(path: folder.file("deep/er/library.sqlite")))
    #expect(try writer.remove(id: "harbor-lights"))
    #expect(try writer.remove(id: "harbor-lights") == false)
    #expect(try writer.shows().isEmpty)
    let count = try DatabaseQueue(path: folder.file("deep/er/library.sqlite")).read {
      try Int.fetchOne($0, sql: "SELECT count(*) FROM entity")
    }
    #expect(count == 0)
  }

  @Test func aNameTakenGetsTheYearThenANumberAndTheBuiltInIdIsNeverTaken() throws {
    let folder = try TemporaryFolder()
    let library = try Library.openOrCreate(path: folder.file("library.sqlite"))
    let pack = Pack(
      entities: [Entity(id: "show", kind: .show, name: "X", payload: .show)], paths: ["show"])
    func add(_ name: String, start: Int?, tvmaze: Int?) throws -> String {
      try library.add(
        pack,
        as: LibraryShow(
          id: "", name: name, start: start, seasons: 0, episodes: 0,
          origin: tvmaze == nil ? .pack : .tvmaze, tvmaze: tvmaze)
      ).id
    }
    #expect(try add("The Office", start: 2005, tvmaze: 526) == "the-office")
    #expect(try add("The Office", start: 2001, tvmaze: 1) == "the-office-2001")
    #expect(try add("The Office", start: 2001, tvmaze: 2) == "the-office-2")
    #expect(try add("The Office", start: 2005, tvmaze: 526) == "the-office")
    #expect(try add("13 Reasons Why", start: nil, tvmaze: nil) == "13-reasons-why-2")
    #expect(try add("13 Reasons Why", start: nil, tvmaze: nil) == "13-reasons-why-2")
    #expect(try add("Pokémon: Ash's Journey!", start: nil, tvmaze: nil) == "pokemon-ash-s-journey")
    #expect(
      try add(String(repeating: "Long Name ", count: 10), start: nil, tvmaze: nil)
        == "long-name-long-name-long-name-long-name")
    #expect(try library.shows().count == 6)
  }

  @Test func aFileThatIsNotALibraryIsRefusedAndLeftAsItIs() throws {
    let folder = try TemporaryFolder()
    let cases: [(String, [UInt8], String)] = [
      ("garbage", Array(repeating: 0x41, count: 8192), "is damaged or not a tvbrowse library"),
      ("half", try halfALibrary(in: folder), "is damaged or not a tvbrowse library"),
    ]
    for (name, bytes, message) in cases {
      let path = folder.file(name)
      #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
      for create in [false, true] {
        do throws(LibraryError) {
          let library =
            create ? try Library.openOrCreate(path: path) : try Library.openExisting(path: path)
          _ = try library?.shows()
          Issue.record("\(name) opened")
        } catch {
          #expect(
            error.message.contains(path) && error.message.contains(message), "\(error.message)")
        }
      }
      #expect(
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == bytes, "\(name) was changed")
    }
  }

  @Test func aNewerLibraryOrAnotherProgramsDatabaseIsRefused() throws {
    let folder = try TemporaryFolder()
    let newer = folder.file("newer.sqlite")
    _ = try Library.openOrCreate(path: newer)
    try DatabaseQueue(path: newer).write {
      try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
    }
    #expect(
      throws: LibraryError(
        "\(newer) was written by a newer tvbrowse; this version cannot read it (it was left as it is)"
      )
    ) {
      try Library.openExisting(path: newer)
    }
    let other = folder.file("other.sqlite")
    try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE notes (text)") }
    do throws(LibraryError) {
      _ = try Library.openOrCreate(path: other)
      Issue.record("another program's database opened")
    } catch {
      #expect(error.message.contains("an SQLite file of another program"))
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: other))
    do throws(LibraryError) {
      _ = try Library.openExisting(path: other)
      Issue.record("another program's database opened to read")
    } catch {
      #expect(error.message.contains("an SQLite file of another program"))
    }
    // Not a byte changed: not even the journal mode in its header.
    #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
  }

  /// Reading opens the file read-only: an empty file is no library, an older library is
  /// read as it is, and neither is changed.
  @Test func readingChangesNoByteOfTheFile() throws {
    let folder = try TemporaryFolder()
    let empty = folder.file("empty.sqlite")
    #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
    #expect(try Library.openExisting(path: empty) == nil)
    #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
    let older = folder.file("older.sqlite")
    try LibrarySchema.migrator.migrate(
      try DatabaseQueue(path: older), upTo: "v1: shows and their entities")
    let before = try Data(contentsOf: URL(fileURLWithPath: older))
    let library = try #require(try Library.openExisting(path: older))
    #expect(try library.shows().isEmpty)
    #expect(try library.lastOpened() == nil)
    #expect(try Data(contentsOf: URL(fileURLWithPath: older)) == before)
  }

  /// A row with a value missing or of the wrong type is damage, reported, not a crash.
  @Test func aRowWithoutItsValuesIsDamageNotACrash() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    _ = try Library.openOrCreate(path: path)
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "PRAGMA writable_schema = ON")
      try db.execute(
        sql: "UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = 'show'")
    }
    try DatabaseQueue(path: path).write { db in
      try db.execute(
        sql:
          "INSERT INTO show (id, name, seasons, episodes, origin, added) VALUES ('x', NULL, 'many', 0, 'pack', '')"
      )
    }
    #expect(
      throws: LibraryError(
        "\(path) is damaged: a show's row lacks a value it needs; it was left as it is")
    ) {
      try Library.openExisting(path: path)?.shows()
    }
  }

  /// A record changed behind the library's back is reported with its place, not misread.
  @Test func aDamagedRecordIsReportedWithItsPlace() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let show = try harborLights()
    try Library.openOrCreate(path: path).add(show.pack, as: line(for: show))
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "UPDATE entity SET record = x'0107' WHERE ordinal = 3")
    }
    #expect(
      throws: LibraryError(
        "\(path) is damaged: entity 3 of show \"harbor-lights\" cannot be read (record cut short); add the show again"
      )
    ) {
      try Library.openExisting(path: path)?.pack(of: "harbor-lights")
    }
  }

  /// A library written before the browser kept what it opened gains the table when it is
  /// next opened, its shows kept.
  @Test func anOlderLibraryIsMigratedAndKeepsItsShows() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let database = try DatabaseQueue(path: path)
    try LibrarySchema.migrator.migrate(database, upTo: "v1: shows and their entities")
    try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO show (id, name, seasons, episodes, origin, added)
          VALUES ('old', 'Old Show', 0, 0, 'pack', '2026-01-01')
          """)
    }
    #expect(try database.read { try $0.tableExists("setting") } == false)
    let library = try #require(try Library.openExistingToWrite(path: path))
    #expect(try library.shows().map(\.id) == ["old"])
    #expect(try library.lastOpened() == nil)
    try library.recordOpened("old")
    #expect(try Library.openExisting(path: path)?.lastOpened() == "old")
  }

  /// While one connection writes a show in a transaction, another reads the library as
  /// it was, without waiting and without an error (WAL).
  @Test func aReaderSeesTheOldStateWhileAnImportWrites() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let show = try harborLights()
    let writer = try Library.openOrCreate(path: path)
    try writer.add(show.pack, as: line(for: show))
    let held = try DatabaseQueue(path: path)
    #expect(try held.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    try held.inDatabase { db in
      // A cache of one page makes the writer write its changes to the file before it
      // commits: in a rollback journal that locks every reader out; in WAL it does not.
      try db.execute(sql: "PRAGMA cache_size = 1")
      try db.execute(sql: "BEGIN IMMEDIATE")
      defer { try? db.execute(sql: "ROLLBACK") }
      try db.execute(sql: "DELETE FROM entity")
      try db.execute(sql: "DELETE FROM show")
      let reader = try #require(try Library.openExisting(path: path))
      #expect(try reader.shows().map(\.id) == ["harbor-lights"])
      #expect(try reader.pack(of: "harbor-lights")?.entities.count == show.pack.entities.count)
    }
  }

  /// The first pages of a real library: SQLite finds the rest missing.
  private func halfALibrary(in folder: TemporaryFolder) throws -> [UInt8] {
    let path = folder.file("whole.sqlite")
    let library = try Library.openOrCreate(path: path)
    let show = try harborLights()
    try library.add(show.pack, as: line(for: show))
    let database = try DatabaseQueue(path: path)
    _ = try database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    return Array(bytes.prefix(bytes.count / 2))
  }
}

/// A SHOW argument finds its show by id, TVmaze or IMDb id, or name.
struct ShowLookupTests {
  let shows = [
    LibraryShow(
      id: "the-office", name: "The Office", seasons: 9, episodes: 201, origin: .tvmaze, tvmaze: 526,
      imdb: "tt0386676"),
    LibraryShow(
      id: "the-office-2001", name: "The Office", seasons: 2, episodes: 14, origin: .tvmaze,
      tvmaze: 3),
    LibraryShow(id: "pokemon", name: "Pokémon", seasons: 1, episodes: 1, origin: .pack),
  ]

  @Test func eachFormFindsItsShow() {
    #expect(ShowLookup.find("the-office-2001", in: shows) == .one(shows[1]))
    #expect(ShowLookup.find("tvmaze:526", in: shows) == .one(shows[0]))
    #expect(ShowLookup.find("imdb:tt0386676", in: shows) == .one(shows[0]))
    #expect(ShowLookup.find("POKEMON", in: shows) == .one(shows[2]))
    #expect(ShowLookup.find("the office", in: shows) == .several(Array(shows.prefix(2))))
    #expect(ShowLookup.find("tvmaze:9", in: shows) == .none)
    #expect(ShowLookup.find("Friends", in: shows) == .none)
  }

  @Test func locationFollowsTheOptionThenTheEnvironment() {
    #expect(
      LibraryLocation.path(option: "/a.sqlite", environment: ["TVBROWSE_LIBRARY": "/b"])
        == "/a.sqlite")
    #expect(
      LibraryLocation.path(option: nil, environment: ["TVBROWSE_LIBRARY": "/b", "HOME": "/h"])
        == "/b")
    #expect(
      LibraryLocation.path(option: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
        == "/x/tvbrowse/library.sqlite")
    #expect(
      LibraryLocation.path(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
        == "/h/.local/share/tvbrowse/library.sqlite")
    #expect(LibraryLocation.path(option: nil, environment: [:]) == nil)
  }
}
