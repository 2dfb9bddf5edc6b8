import Foundation
import GRDB
import ShowModel
import Testing

@testable import ShowLibrary

/// What the Library view reads of each stored show: where the person is, the next
/// episode, and how many aired since the browser last opened it.
struct ShelfProgressTests {
  private func mark(_ episode: String, season: Int, number: Int) -> EpisodeMark {
    EpisodeMark(
      show: "tvmaze:90300", episode: episode, season: season, number: number, watched: true,
      at: "2026-01-01T00:00:00Z")
  }

  /// Sets when the browser last opened `show`, as if it had then.
  private func setOpened(_ time: String, of show: String, at path: String) throws {
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "UPDATE show SET opened = ? WHERE id = ?", arguments: [time, show])
    }
  }

  @Test func theNextEpisodeAndWhatAiredSinceTheShowWasLastOpened() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let library = try Library.openOrCreate(path: path)
    let lantern = try lanternBay()
    let show = try library.add(lantern.pack, as: LibraryShow(tvmaze: lantern))
    try library.record((1...5).map { mark(String(format: "s01e%02d", $0), season: 1, number: $0) })
    var progress = try library.shelfProgress(today: "2026-11-28", now: "2026-11-28T00:00:00Z")
    #expect(progress[show.id]?.watched == 5)
    #expect(progress[show.id]?.next?.code == "S01E06")
    // Never opened: nothing to count from.
    #expect(progress[show.id]?.airedSinceOpened == nil)
    try library.recordOpened(show.id)
    progress = try library.shelfProgress(today: "2026-11-28", now: "2026-11-28T00:00:00Z")
    #expect(progress[show.id]?.airedSinceOpened == 0)
    try setOpened("2021-03-01T00:00:00Z", of: show.id, at: path)
    // S01E09 to S01E13 and all of season 2 aired after it.
    progress = try library.shelfProgress(today: "2026-11-28", now: "2026-11-28T00:00:00Z")
    #expect(progress[show.id]?.airedSinceOpened == 18)
    // Four of them by April: the 5th, 12th, 19th and 26th of March, at 21:00 UTC.
    progress = try library.shelfProgress(today: "2021-04-01", now: "2021-04-01T00:00:00Z")
    #expect(progress[show.id]?.airedSinceOpened == 4)
    // An update keeps when it was opened.
    try library.add(lantern.pack, as: LibraryShow(tvmaze: lantern))
    progress = try library.shelfProgress(today: "2026-11-28", now: "2026-11-28T00:00:00Z")
    #expect(progress[show.id]?.airedSinceOpened == 18)
  }

  @Test func aShowWithoutAirstampsCountsByItsAirDates() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let library = try Library.openOrCreate(path: path)
    let harbor = try harborLights()
    var pack = harbor.pack
    pack.airstamps = [:]
    let show = try library.add(pack, as: line(for: harbor))
    // Aired 2019-03-01, 2019-03-08, 2019-12-20, 2020-04-03 and 2020-04-10.
    try setOpened("2019-06-01T00:00:00Z", of: show.id, at: path)
    var progress = try library.shelfProgress(today: "2026-11-28", now: "2026-11-28T00:00:00Z")
    #expect(progress[show.id] == ShelfProgress(watched: 0, next: nil, airedSinceOpened: 3))
    // At midnight UTC of its air date, an episode has aired; the moment before, not.
    progress = try library.shelfProgress(today: "2020-04-03", now: "2020-04-03T00:00:00Z")
    #expect(progress[show.id]?.airedSinceOpened == 2)
    progress = try library.shelfProgress(today: "2020-04-02", now: "2020-04-02T23:59:59Z")
    #expect(progress[show.id]?.airedSinceOpened == 1)
  }

  @Test func anOlderLibraryGainsItsShowsEpisodesInAirOrder() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let pack = Pack(entities: try builtInEntities(), paths: [])
    try writeOlderLibrary(
      at: path, upTo: "v6: which episodes were watched", holding: pack, as: "old")
    let library = try Library.openOrCreate(path: path)
    let episodes = try library.reading { db in
      try String.fetchAll(db, sql: "SELECT id FROM episode WHERE show = 'old' ORDER BY place")
    }
    #expect(episodes == EpisodeLine.episodes(in: pack.entities).map(\.id))
    #expect(episodes.count == 26)
    #expect(!FileManager.default.fileExists(atPath: path + ".before-migration"))
  }

  /// An IMDb show lives in the file beside the library; its marks in the library. Only the
  /// shows with marks are looked up there.
  @Test func anImportedShowWithMarksHasItsNextEpisode() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("library.sqlite")
    let lantern = try lanternBay()
    let imported = LibraryShow(
      id: "", name: lantern.name, seasons: 0, episodes: 0, origin: .imdb, imdb: "tt0090300")
    let other = LibraryShow(
      id: "", name: "Other", seasons: 0, episodes: 0, origin: .imdb, imdb: "tt0090301")
    let imdb = try Library.openOrCreate(path: LibraryLocation.imdbPath(besideLibrary: path))
    try imdb.add(lantern.pack, as: imported)
    try imdb.add(lantern.pack, as: other)
    let library = try Library.openOrCreate(path: path)
    try library.record(
      (1...3).map {
        EpisodeMark(
          show: "imdb:tt0090300", episode: String(format: "s01e%02d", $0), season: 1, number: $0,
          watched: true, at: "2026-01-01T00:00:00Z")
      })
    let progress = try library.shelfProgress(today: "2026-11-28", now: "2026-11-28T00:00:00Z")
    #expect(progress["tt0090300"]?.watched == 3)
    #expect(progress["tt0090300"]?.next?.code == "S01E04")
    #expect(progress["tt0090301"] == nil)
  }
}
