import Foundation
import ShowLibrary
import ShowModel
import TestSupport
import Testing

@testable import ImdbImport

@Suite struct ImdbImporterTests {
  /// What the quirks fixture's rows are reported as, in file order.
  static let quirksProblems = [
    "title.basics.tsv.gz:7: 4 fields where the header names 9; the row was skipped",
    "title.basics.tsv.gz:8: primaryTitle is not valid UTF-8; the row was skipped",
    "title.basics.tsv.gz:11: runtimeMinutes is not a number: \"sixty\"; the row was skipped",
    "title.episode.tsv.gz:5: the series of episode tt0000009, tt0000099, is not a series in title.basics; the row was skipped",
    "title.episode.tsv.gz:6: the series of episode tt0000011, tt0000004, is not a series in title.basics; the row was skipped",
    "title.principals.tsv.gz:4: the person nm0000009 of tt0000002 is not in name.basics; the row was skipped",
    "title.principals.tsv.gz:8: characters is not a JSON list of names: \"[\"Clay\"; the row was skipped",
    "title.ratings.tsv.gz:4: averageRating is not a number: \"abc\"; the row was skipped",
  ]

  /// A library file with no show, and a gzipped copy of the fixture `name`.
  private func setUp(_ name: String = "quirks", compressed: Bool = true) throws -> (
    ScratchFolder, data: ScratchFolder, library: String
  ) {
    let folder = try ScratchFolder()
    let data = try ScratchFolder()
    try data.copy(SharedFixtures.imdb(name), compressed: compressed)
    let library = folder.path + "/library.sqlite"
    _ = try Library.openOrCreate(path: library)
    return (folder, data, library)
  }

  @Test func everyQuirkIsReportedWithItsLineAndTheValidRowsAreKept() throws {
    let (folder, data, library) = try setUp()
    defer { withExtendedLifetime((folder, data)) {} }
    let outcome = try ImdbImporter(folder: data.path, libraryPath: library).run()
    #expect(outcome.problems.lines == Self.quirksProblems)
    #expect(outcome.shows == 2)
    let stored = try #require(try Library.openExisting(path: library))
    #expect(try stored.shows().map(\.id) == ["tt0000001", "tt0000005"])
    let show = try #require(try stored.show(id: "tt0000001"))
    #expect(show.name == "The \"Night\" Tapes" && show.origin == .imdb && show.imdb == "tt0000001")
    let catalog = Catalog(pack: try #require(try stored.pack(of: "tt0000001")))
    #expect(
      catalog.entities(of: .episode).map(\.id) == ["s01e01", "s01e02", "no-season-tt0000003"])
    #expect(
      catalog.entities(of: .character).map(\.name) == ["Hannah Baker", "Clay Jensen", "Narrator"])
    #expect(catalog.entities(of: .person).map(\.name) == ["Zoë Ångström", "Clay \"CJ\" Jensen"])
    let hannah = try #require(catalog.entity("credit-nm0000001-character-hannah-baker"))
    #expect(hannah.facts.map(\.label) == ["Episodes"])
    #expect(hannah.facts.first?.claims.first?.value == "2 (S01E01 to tt0000003)")
    let pilot = try #require(catalog.entity("s01e01"))
    #expect(pilot.name == "S01E01 Tape 1, Side A")
    #expect(
      pilot.facts.map { "\($0.label): \($0.claims[0].value)" } == [
        "Year: 2017", "Runtime: 55 min", "Rating: 7.5 (100 votes)", "IMDb id: tt0000002",
        "Principals: Zoë Ångström as Hannah Baker; Clay \"CJ\" Jensen as Clay Jensen; Clay \"CJ\" Jensen as Narrator; Clay \"CJ\" Jensen (director)",
      ])
    let facts = catalog.show.facts.map { "\($0.label): \($0.claims[0].value)" }
    #expect(facts.contains("Rating: 8.1 (12,345 votes)"))
    #expect(facts.contains("Data: \(ImdbShowBuilder.notice)"))
    // The mini-series' episode has no title row; its writer is a crew credit.
    let winter = Catalog(pack: try #require(try stored.pack(of: "tt0000005")))
    #expect(winter.entities(of: .episode).map(\.name) == ["S01E01"])
    #expect(winter.entities(of: .credit).map(\.id) == ["crew-nm0000003-created-by"])
  }

  @Test func plainFilesImportAsTheirGzipDoes() throws {
    let (folder, data, library) = try setUp(compressed: false)
    defer { withExtendedLifetime((folder, data)) {} }
    let outcome = try ImdbImporter(folder: data.path, libraryPath: library).run()
    #expect(outcome.problems.lines == Self.quirksProblems.map { $0.replacing(".gz:", with: ":") })
  }

  @Test func strictStopsAtTheFirstProblemAndChangesNothing() throws {
    let (folder, data, library) = try setUp()
    defer { withExtendedLifetime((folder, data)) {} }
    var importer = ImdbImporter(folder: data.path, libraryPath: library)
    importer.strict = true
    #expect(
      throws: ImportFailure(
        "title.basics.tsv.gz:7: 4 fields where the header names 9 (--strict stops at the first problem)"
      )
    ) { try importer.run() }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        == [
          "library.imdb.sqlite.lock", "library.sqlite", "library.sqlite-shm", "library.sqlite-wal",
        ].filter { FileManager.default.fileExists(atPath: folder.path + "/" + $0) })
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/library.imdb.sqlite"))
  }

  @Test func aFailedOrStoppedImportLeavesThePreviousOneAsItWas() throws {
    let (folder, data, library) = try setUp()
    defer { withExtendedLifetime((folder, data)) {} }
    _ = try ImdbImporter(folder: data.path, libraryPath: library).run()
    let imdbPath = folder.path + "/library.imdb.sqlite"
    let before = try Data(contentsOf: URL(fileURLWithPath: imdbPath))

    // A wrong header fails the import as a whole.
    let broken = try ScratchFolder()
    try broken.copy(SharedFixtures.imdb("quirks"), compressed: false)
    try broken.write("title.ratings.tsv", Array("tconst\trating\tvotes\ntt0000001\t8.1\t1\n".utf8))
    #expect(
      throws: ImportFailure(
        "title.ratings.tsv:1: the header is not title.ratings's: expected \"tconst averageRating numVotes\", found \"tconst rating votes\""
      )
    ) { try ImdbImporter(folder: broken.path, libraryPath: library).run() }

    // A missing file, before anything is read.
    try FileManager.default.removeItem(atPath: broken.path + "/name.basics.tsv")
    #expect(throws: ImportFailure("\(broken.path) has no name.basics.tsv.gz (or name.basics.tsv)"))
    {
      try ImdbImporter(folder: broken.path, libraryPath: library).run()
    }

    // Stopped part way, as Ctrl-C stops it.
    var stopped = ImdbImporter(folder: data.path, libraryPath: library)
    var asked = 0
    stopped.isStopped = {
      asked += 1
      return true
    }
    stopped.progress = nil
    #expect(throws: ImdbImporter.Stopped.self) { try stopped.run() }
    #expect(asked == 1)

    #expect(try Data(contentsOf: URL(fileURLWithPath: imdbPath)) == before)
    #expect(!FileManager.default.fileExists(atPath: imdbPath + ".importing"))
    let stored = try #require(try Library.openExisting(path: library))
    #expect(try stored.shows().map(\.id) == ["tt0000001", "tt0000005"])
  }

  @Test func aCutGzipKeepsItsRowsAndIsAlwaysReportedADamagedOneFailsTheImport() throws {
    let (folder, data, library) = try setUp()
    defer { withExtendedLifetime((folder, data)) {} }
    // Rows enough that the cut falls in the middle of the data.
    let basics = data.path + "/title.basics.tsv.gz"
    try FileManager.default.removeItem(atPath: basics)
    var text = ImdbFile.titleBasics.header.joined(separator: "\t") + "\n"
    for number in 1...3000 {
      text += "tt\(100 + number)\ttvSeries\tShow \(number)\t\\N\t0\t2000\t\\N\t30\tDrama\n"
    }
    try data.write("title.basics.tsv", Array(text.utf8))
    try data.gzip(data.path + "/title.basics.tsv")
    let whole = Array(try Data(contentsOf: URL(fileURLWithPath: basics)))
    try data.write("title.basics.tsv.gz", Array(whole.prefix(whole.count / 2)))
    let outcome = try ImdbImporter(folder: data.path, libraryPath: library).run()
    let cut = outcome.problems.lines.filter {
      $0.hasPrefix("title.basics.tsv.gz: the compressed data ends early")
    }
    #expect(cut.count == 1)
    #expect(cut.first?.hasSuffix(": the rows before it were kept") == true)
    #expect(outcome.shows > 500 && outcome.shows < 3000)

    var damaged = whole
    for index in (whole.count / 2)..<(whole.count / 2 + 64) { damaged[index] ^= 0xA5 }
    try data.write("title.basics.tsv.gz", damaged)
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/library.imdb.sqlite"))
    do {
      _ = try ImdbImporter(folder: data.path, libraryPath: library).run()
      Issue.record("a damaged file was imported")
    } catch let failure as ImportFailure {
      #expect(
        failure.message.hasPrefix("title.basics.tsv.gz: the compressed data is damaged (zlib: "))
      #expect(failure.message.hasSuffix("; fetch the file again"))
    }
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: folder.path + "/library.imdb.sqlite")) == before)
  }

  @Test func aRatingOffTheScaleIsSkippedNotStored() throws {
    let (folder, data, library) = try setUp(compressed: false)
    defer { withExtendedLifetime((folder, data)) {} }
    try data.write(
      "title.ratings.tsv",
      Array("tconst\taverageRating\tnumVotes\ntt0000002\t1e300\t5\ntt0000008\t10.5\t1\n".utf8))
    let outcome = try ImdbImporter(folder: data.path, libraryPath: library).run()
    #expect(
      outcome.problems.lines.filter { $0.hasPrefix("title.ratings.tsv") } == [
        "title.ratings.tsv:2: averageRating is not from 0 to 10: 1e+300; the row was skipped",
        "title.ratings.tsv:3: averageRating is not from 0 to 10: 10.5; the row was skipped",
      ])
  }
}
