import Foundation
import Testing

@testable import ShowModel

/// Episodes in air order, their labels and titles, and what is watched and next.
struct ShowProgressTests {
  private func harborLights() throws -> Catalog {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast()
    let path = parts.joined(separator: "/") + "/Fixtures/tvmaze/harbor-lights.json"
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    return Catalog(pack: try TVmazeShow.read(bytes: bytes, fetched: "2026-11-28").pack)
  }

  @Test func episodesComeSeasonBySeasonInTheShowsOrderWithTheirTitles() throws {
    let episodes = EpisodeLine.episodes(of: try harborLights())
    #expect(
      episodes.map(\.code) == ["S01E01", "S01E02", "S01 special", "S02E01", "S02E02"])
    #expect(
      episodes.map(\.title) == ["The Logbook", "Fog", "Behind the Lights", "The Storm", "Low Tide"])
    #expect(episodes[2].airdate == "2019-12-20")
  }

  @Test func aPackEpisodeIsItsNameAndOneWithoutASeasonIsLeftOut() {
    let catalog = Catalog(
      pack: Pack(
        entities: [
          Entity(id: "show", kind: .show, name: "Pack Show", payload: .show),
          Entity(id: "season-2", kind: .season, name: "Season 2", payload: .season(number: 2)),
          Entity(id: "season-1", kind: .season, name: "Season 1", payload: .season(number: 1)),
          Entity(
            id: "late", kind: .episode, name: "The Return",
            payload: .episode(season: "season-2", number: 1)),
          Entity(
            id: "pilot", kind: .episode, name: "S01E01",
            payload: .episode(season: "season-1", number: 1)),
          Entity(
            id: "lost", kind: .episode, name: "Nowhere",
            payload: .episode(season: "season-9", number: 1)),
        ], paths: []))
    let episodes = EpisodeLine.episodes(of: catalog)
    #expect(episodes.map(\.id) == ["pilot", "late"])
    #expect(episodes.map(\.title) == [nil, "The Return"])
  }

  @Test func theWatchedPointSeasonsAndNextFollowTheMarks() throws {
    let episodes = EpisodeLine.episodes(of: try harborLights())
    let none = ShowProgress(episodes: episodes, watched: [])
    #expect(none.watchedPoint == nil)
    #expect(none.next(today: "2030-01-01") == nil)
    let some = ShowProgress(episodes: episodes, watched: ["s01e01", "s01-special-500005"])
    #expect(some.watchedCount == 2)
    #expect(some.watchedPoint == 2)
    // Next follows the watched point, not the gap before it.
    #expect(some.next(today: "2030-01-01")?.code == "S02E01")
    // Not aired yet on that day.
    #expect(some.next(today: "2020-01-01") == nil)
    #expect(
      some.seasons == [
        ShowProgress.Season(number: 1, watched: 2, episodes: 3),
        ShowProgress.Season(number: 2, watched: 0, episodes: 2),
      ])
    #expect(some.range == "S01E01 to S02E02")
  }

  @Test func withoutAirDatesEveryEpisodeHasAired() {
    let episodes = (1...3).map { (number: Int) in
      EpisodeLine(id: "e\(number)", season: 1, number: number, title: nil, airdate: nil)
    }
    let progress = ShowProgress(episodes: episodes, watched: ["e1"])
    #expect(progress.next(today: "2000-01-01")?.id == "e2")
    // With dates known for some, one without a date has not aired.
    var dated = episodes
    dated[0] = EpisodeLine(id: "e1", season: 1, number: 1, title: nil, airdate: "2001-01-01")
    #expect(ShowProgress(episodes: dated, watched: ["e1"]).next(today: "2030-01-01") == nil)
  }

  @Test func codesNameAnEpisodeOrASeason() throws {
    let progress = ShowProgress(episodes: EpisodeLine.episodes(of: try harborLights()), watched: [])
    #expect(progress.episodes(named: "S02E01")?.map(\.id) == ["s02e01"])
    #expect(progress.episodes(named: "s2e1")?.map(\.id) == ["s02e01"])
    #expect(progress.episodes(named: "S01")?.count == 3)
    #expect(progress.episodes(named: "S03E01") == [])
    for bad in ["", "S", "E01", "S01E", "S1E1E1", "S٠١", "S12345", "season 1"] {
      #expect(progress.episodes(named: bad) == nil, "\(bad)")
    }
    #expect(progress.episodes(through: "s01e02").map(\.id) == ["s01e01", "s01e02"])
  }
}
