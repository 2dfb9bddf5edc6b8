import Foundation
import GRDB
import ShowModel
import Testing

@testable import ShowLibrary

/// A person in several shows of the library: found by a name that matches without case,
/// accents or punctuation, in every other show, and found again in a library written
/// before the people were kept.
struct OtherShowsTests {
  /// Harbor Lights under another TVmaze id and name, with the people renamed by `rename`.
  private func copy(of show: TVmazeShow, id: Int, name: String, rename: [String: String]) -> (
    Pack, LibraryShow
  ) {
    var pack = show.pack
    for index in pack.entities.indices where pack.entities[index].kind == .person {
      if let renamed = rename[pack.entities[index].name] { pack.entities[index].name = renamed }
    }
    var line = line(for: show)
    line.name = name
    line.tvmaze = id
    return (pack, line)
  }

  @Test func aPersonLinksToEveryOtherShowSheIsIn() throws {
    let folder = try TemporaryFolder()
    let library = try Library.openOrCreate(path: folder.file("library.sqlite"))
    let harbor = try harborLights()
    try library.add(harbor.pack, as: line(for: harbor))
    let (quay, quayLine) = copy(
      of: harbor, id: 2, name: "Quay Street", rename: ["Ada Morrow": "ADA  MÓRROW"])
    let (third, thirdLine) = copy(
      of: harbor, id: 3, name: "Another Harbor", rename: ["Ada Morrow": "Ada Morrow-Smith"])
    try library.add(quay, as: quayLine)
    try library.add(third, as: thirdLine)
    let keys = OtherShows.personKeys(in: Catalog(pack: harbor.pack))
    #expect(keys["person-301"] == "ada morrow")
    let found = try library.otherShows(ofPeople: keys, in: "harbor-lights")
    // Ada is in Quay Street under her name in capitals and with an accent; "Ada
    // Morrow-Smith" is someone else. Bram and Cole are in both copies.
    #expect(
      found.appearances["person-301"] == [
        ShowAppearance(show: "quay-street", showName: "Quay Street", entity: "person-301")
      ])
    #expect(found.appearances["person-302"]?.map(\.show) == ["another-harbor", "quay-street"])
    // Removing a show removes its people.
    #expect(try library.remove(id: "quay-street"))
    let after = try library.otherShows(ofPeople: keys, in: "harbor-lights")
    #expect(after.appearances["person-301"] == nil)
    #expect(after.appearances["person-302"]?.map(\.show) == ["another-harbor"])
  }

  @Test func aLibraryOfTheLastVersionGainsItsPeopleWhenMigrated() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let harbor = try harborLights()
    try writeOlderLibrary(
      at: path, upTo: "v3: status and network, for the Library view", holding: harbor.pack,
      as: "old-harbor")
    // Read-only, the older file knows of no people and is left as it is.
    let keys = OtherShows.personKeys(in: Catalog(pack: harbor.pack))
    let reader = try #require(try Library.openExisting(path: path))
    #expect(try reader.otherShows(ofPeople: keys, in: "new").appearances.isEmpty)
    let library = try #require(try Library.openExistingToWrite(path: path))
    let found = try library.otherShows(ofPeople: keys, in: "new")
    #expect(found.appearances["person-303"]?.map(\.show) == ["old-harbor"])
    #expect(found.appearances.count == 4)
  }

  @Test func keysIgnoreCaseAccentsAndPunctuationAndKeepEveryScript() {
    #expect(OtherShows.personKey("  Zoë   O'Brien ") == "zoe o brien")
    #expect(OtherShows.personKey("山田 太郎") == "山田 太郎")
    #expect(OtherShows.personKey("—") == "")
  }
}
