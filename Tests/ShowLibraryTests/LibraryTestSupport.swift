import Foundation
import GRDB
import ShowModel
import TestSupport
import Testing

@testable import ShowLibrary

/// A folder of its own for one test, removed when the test is done with it.
final class TemporaryFolder {
  /// The folder's path.
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "tvbrowse-library-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// A path inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The saved TVmaze show the model's tests read too.
func harborLights() throws -> TVmazeShow {
  try savedShow("harbor-lights")
}

/// The saved TVmaze show `name` of the model's fixtures.
func savedShow(_ name: String) throws -> TVmazeShow {
  let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: SharedFixtures.tvmaze(name))))
  return try TVmazeShow.read(bytes: bytes, fetched: "2026-11-28")
}

/// The saved TVmaze show Lantern Bay: 26 episodes, weekly from 2021-01-08 in season 1
/// and from 2021-10-06 in season 2, each with its airstamp.
func lanternBay() throws -> TVmazeShow {
  try savedShow("lantern-bay")
}

/// The line `add` makes for a TVmaze show.
func line(for show: TVmazeShow) -> LibraryShow {
  LibraryShow(tvmaze: show)
}

/// The built-in show's entities, read from the binary.
func builtInEntities() throws -> [Entity] {
  let result = PackLoader.inspectBuiltIn()
  return try #require(result.pack).entities
}

/// Writes a library at `path` as the version whose last migration is `migration` wrote
/// it, holding `pack` as the show `id` in that version's tables.
func writeOlderLibrary(at path: String, upTo migration: String, holding pack: Pack, as id: String)
  throws
{
  let database = try DatabaseQueue(path: path)
  try LibrarySchema.migrator.migrate(database, upTo: migration)
  try database.write { db in
    try db.execute(
      sql: """
        INSERT INTO show (id, name, seasons, episodes, origin, added)
        VALUES (?, 'Old Harbor', 2, 5, 'tvmaze', '2026-01-01')
        """, arguments: [id])
    for (ordinal, entity) in pack.entities.enumerated() {
      try db.execute(
        sql: "INSERT INTO entity (show, ordinal, record) VALUES (?, ?, ?)",
        arguments: [id, ordinal, Data(EntityEncoder.record(of: entity))])
    }
  }
  try database.close()
}
