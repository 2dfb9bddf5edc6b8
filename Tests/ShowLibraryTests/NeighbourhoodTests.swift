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

  /// With some episodes watched, the shield placed on the episodes the library keeps in
  /// air order hides, on each page and article made from a few records, what the shield
  /// of the whole show hides on it: with the first episode watched, the `watched`th, and
  /// every one.
  private func expectSameShieldedDetails(_ pack: Pack, as show: LibraryShow, watched: Int) throws {
    let folder = try TemporaryFolder()
    let library = try Library.openOrCreate(path: folder.file("library.sqlite"))
    let stored = try library.add(pack, as: show)
    let whole = Catalog(pack: try #require(try library.pack(of: stored.id)))
    let airOrder = try #require(try library.airOrder(of: stored.id))
    let expected = EpisodeLine.episodes(of: whole)
    #expect(airOrder.map(\.id) == expected.map(\.id))
    #expect(airOrder.map(\.code) == expected.map(\.code))
    #expect(airOrder.map(\.seasonID) == expected.map(\.seasonID))
    #expect(airOrder.allSatisfy { !$0.seasonID.isEmpty })
    // With their titles and air dates, as progress counts them, they are the show's own.
    #expect(try library.airOrder(of: stored.id, titled: true) == expected)
    let parts = try whole.entities.filter { $0.kind != .show }.map { entity in
      (entity, Catalog(pack: try #require(try library.neighbourhood(of: entity.id, in: stored.id))))
    }
    var hidden = 0
    for count in [1, watched, airOrder.count] {
      let seen = Set(airOrder.prefix(count).map(\.id))
      let wholeShield = SpoilerShield(airOrder: expected, watched: seen)
      let keptShield = SpoilerShield(airOrder: airOrder, watched: seen)
      #expect(keptShield == wholeShield)
      for (entity, part) in parts {
        let details = part.details(of: entity.id, shield: keptShield)
        #expect(details == whole.details(of: entity.id, shield: wholeShield), "\(entity.id)")
        #expect(
          part.text(ofSource: entity.id, shield: keptShield)
            == whole.text(ofSource: entity.id, shield: wholeShield), "\(entity.id)")
        if details?.spoiler != nil { hidden += 1 }
      }
    }
    #expect(hidden > 0)
  }

  @Test func theBuiltInShowsEntitiesWithEpisodesWatched() throws {
    try expectSameShieldedDetails(
      Pack(entities: try builtInEntities(), paths: []),
      as: LibraryShow(id: "", name: "Stored Reasons", seasons: 0, episodes: 0, origin: .pack),
      watched: 5)
  }

  @Test func aTVmazeShowsEntitiesWithEpisodesWatched() throws {
    let show = try lanternBay()
    try expectSameShieldedDetails(show.pack, as: line(for: show), watched: 15)
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
