import Foundation
import GRDB
import ShowModel
import Testing

@testable import ShowLibrary

/// A large show is read in batches, each decoded in two parts at once: what comes back is
/// what was stored, in its order, and a damaged record is named by its place in the show
/// whichever batch and part it falls in.
struct RecordBatchTests {
  /// Characters with long summaries, citations of a few sources and accented names: more
  /// records than fit one batch's bytes.
  private func largePack() -> Pack {
    var entities = [Entity(id: "show", kind: .show, name: "Long Harbor", payload: .show)]
    let paragraph = String(repeating: "A long summary line, ", count: 100)
    for number in 1...5_000 {
      entities.append(
        Entity(
          id: "character-\(number)", kind: .character,
          name: number.isMultiple(of: 7) ? "Zoë Ångström \(number)" : "Character \(number)",
          aliases: ["Alias \(number % 10)"], summary: "\(number): \(paragraph)",
          citations: [
            Citation(source: "source-\(number % 5)", quote: "quote \(number)", via: "outlet"),
            Citation(source: "source-\(number % 3)", quote: "Ström says \(number)"),
          ], payload: .character))
    }
    return Pack(entities: entities, paths: [])
  }

  @Test func aShowLargerThanABatchIsReadBackWholeAndInOrder() throws {
    let pack = largePack()
    let bytes = pack.entities.reduce(0) { $0 + EntityEncoder.record(of: $1).count }
    #expect(bytes > 2 * RecordBatch.bytesPerBatch)
    let folder = try TemporaryFolder()
    let library = try Library.openOrCreate(path: folder.file("library.sqlite"))
    let show = try library.add(
      pack, as: LibraryShow(id: "", name: "Long Harbor", seasons: 0, episodes: 0, origin: .pack))
    let read = try #require(try library.pack(of: show.id))
    #expect(read.entities.count == pack.entities.count)
    #expect(read.entities == pack.entities)
  }

  @Test(arguments: [5, 4_999])
  func aDamagedRecordIsNamedByItsPlaceInTheShow(ordinal: Int) throws {
    let pack = largePack()
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let show = try Library.openOrCreate(path: path).add(
      pack, as: LibraryShow(id: "", name: "Long Harbor", seasons: 0, episodes: 0, origin: .pack))
    try DatabaseQueue(path: path).write { db in
      try db.execute(
        sql: "UPDATE entity SET record = x'0107' WHERE ordinal = ?", arguments: [ordinal])
    }
    #expect(
      throws: LibraryError(
        "\(path) is damaged: entity \(ordinal) of show \"\(show.id)\" cannot be read (record cut short); add the show again"
      )
    ) {
      try Library.openExisting(path: path)?.pack(of: show.id)
    }
  }
}
