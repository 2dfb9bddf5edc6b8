import Foundation
import GRDB
import ShowModel
import Testing

@testable import ShowLibrary

/// An entity's details made from the few records around it are the details made from the
/// whole show, for every entity but the show itself (whose page lists everything).
struct NeighbourhoodTests {
  private func expectSameDetails(_ pack: Pack, as show: LibraryShow) throws {
    let folder = try TemporaryFolder()
    let library = try Library.openOrCreate(path: folder.file("library.sqlite"))
    let stored = try library.add(pack, as: show)
    let whole = Catalog(pack: try #require(try library.pack(of: stored.id)))
    var readFewer = 0
    for entity in whole.entities where entity.kind != .show {
      let part = try #require(try library.neighbourhood(of: entity.id, in: stored.id))
      if part.entities.count < whole.entities.count { readFewer += 1 }
      let details = Catalog(pack: part).details(of: entity.id)
      #expect(details == whole.details(of: entity.id), "\(entity.id)")
    }
    #expect(readFewer > 0)
    #expect(try library.neighbourhood(of: "no-such-id", in: stored.id) == nil)
    #expect(try library.neighbourhood(of: whole.show.id, in: stored.id) == nil)
  }

  @Test func theBuiltInShowsEntities() throws {
    try expectSameDetails(
      Pack(entities: try builtInEntities(), paths: []),
      as: LibraryShow(id: "", name: "Stored Reasons", seasons: 0, episodes: 0, origin: .pack))
  }

  @Test func aTVmazeShowsEntities() throws {
    let show = try harborLights()
    try expectSameDetails(show.pack, as: line(for: show))
  }

  /// A library of the last version gains the ids and links when it is next opened to
  /// write, and then reads an entity's neighbourhood as a new one does.
  @Test func anOlderLibraryGainsItsLinksWhenMigrated() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let harbor = try harborLights()
    try writeOlderLibrary(
      at: path, upTo: "v4: people, to link a person's pages across shows", holding: harbor.pack,
      as: "old-harbor")
    let reader = try #require(try Library.openExisting(path: path))
    #expect(try reader.neighbourhood(of: "person-301", in: "old-harbor") == nil)
    let library = try #require(try Library.openExistingToWrite(path: path))
    let part = try #require(try library.neighbourhood(of: "person-301", in: "old-harbor"))
    let whole = Catalog(pack: harbor.pack)
    #expect(Catalog(pack: part).details(of: "person-301") == whole.details(of: "person-301"))
    #expect(part.entities.count < whole.entities.count)
  }
}
