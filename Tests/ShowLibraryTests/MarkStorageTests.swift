import Foundation
import GRDB
import ShowModel
import Testing

@testable import ShowLibrary

/// Marks kept in the library: recorded, merged by time, and brought to a library of an
/// earlier version by a migration that keeps a copy of the file until it succeeds.
struct MarkStorageTests {
  private func mark(_ episode: String, watched: Bool = true, at: String) -> EpisodeMark {
    EpisodeMark(
      show: "tvmaze:90210", episode: episode, season: 1, number: 1, watched: watched, at: at)
  }

  @Test func marksAreRecordedAndMergedByTheirTime() throws {
    let folder = try TemporaryFolder()
    let library = try Library.openOrCreate(path: folder.file("library.sqlite"))
    try library.record([
      mark("s01e01", at: "2026-01-01T00:00:00Z"), mark("s01e02", at: "2026-01-02T00:00:00Z"),
    ])
    let merge = try library.merge([
      mark("s01e01", watched: false, at: "2026-02-01T00:00:00Z"),
      mark("s01e02", watched: false, at: "2025-01-01T00:00:00Z"),
      mark("s01e02", watched: false, at: "2026-01-02T00:00:00Z"),
      mark("s02e01", at: "2026-01-03T00:00:00Z"),
    ])
    var expected = MarkMerge()
    (expected.added, expected.updated, expected.unchanged) = (1, 1, 2)
    #expect(merge == expected)
    let marks = try library.marks(of: "tvmaze:90210")
    #expect(marks.map(\.episode) == ["s01e01", "s01e02", "s02e01"])
    #expect(marks.map(\.watched) == [false, true, true])
    #expect(try library.marks(of: "pack:other").isEmpty)
  }

  @Test func anOlderLibraryGainsItsMarksAndTheCopyIsRemoved() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let pack = Pack(entities: try builtInEntities(), paths: [])
    try writeOlderLibrary(
      at: path, upTo: "v5: entities by id and what links to them", holding: pack, as: "old")
    let library = try Library.openOrCreate(path: path)
    #expect(try library.shows().map(\.id) == ["old"])
    try library.record([mark("s01e01", at: "2026-01-01T00:00:00Z")])
    #expect(try library.marks(of: "tvmaze:90210").count == 1)
    #expect(!FileManager.default.fileExists(atPath: path + ".before-migration"))
  }

  @Test func aMigrationThatFailsLeavesTheLibraryAndItsCopy() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let pack = Pack(entities: try builtInEntities(), paths: [])
    try writeOlderLibrary(
      at: path, upTo: "v5: entities by id and what links to them", holding: pack, as: "old")
    // A table in the way makes the migration fail.
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "CREATE TABLE mark (x)")
    }
    #expect(throws: LibraryError.self) { try Library.openOrCreate(path: path) }
    let copy = try #require(try Library.openExisting(path: path + ".before-migration"))
    #expect(try copy.shows().map(\.id) == ["old"])
    #expect(
      try Library.openExisting(path: path)?.pack(of: "old")?.entities.count == pack.entities.count)
  }
}
