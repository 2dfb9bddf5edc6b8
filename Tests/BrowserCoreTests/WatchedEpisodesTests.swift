import BrowserCore
import Foundation
import ShowModel
import TerminalCells
import Testing

/// `w` and `W` on the Seasons & episodes list: marks asked of the program, shown once it
/// has kept them, with each season's count.
@Suite struct WatchedEpisodesTests {
  /// The saved TVmaze show Harbor Lights: S01E01, S01E02, a special, S02E01, S02E02.
  static let harbor: Catalog = {
    let path = BrowserHarness.fixture("../../ShowModelTests/Fixtures/tvmaze/harbor-lights.json")
    let bytes = try! [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    return Catalog(pack: try! TVmazeShow.read(bytes: bytes, fetched: "2026-11-28").pack)
  }()

  /// A browser on Harbor Lights whose marks (kept under `key`) are `watched`, on the
  /// list of Seasons & episodes, then sent `keys`; each request is kept at once.
  private func browser(
    watched: Set<String> = [], keys: [Key], width: Int = 80, height: Int = 24,
    marks: Bool = true
  ) -> Browser {
    var browser = BrowserHarness.browser(width, height, catalog: Self.harbor)
    if marks {
      browser.adopt(
        WatchedEpisodes(ShowMarks(key: "tvmaze:90210", watched: watched), catalog: Self.harbor))
    }
    for key in [.character("2")] + keys {
      _ = browser.handle(.key(key))
      if let request = browser.pendingMarks { browser.confirm(request) }
    }
    return browser
  }

  @Test func wMarksTheSelectedEpisodeAndThenUnmarksIt() throws {
    var browser = browser(keys: [.down, .down])
    _ = browser.handle(.key(.character("w")))
    let request = try #require(browser.pendingMarks)
    #expect(request.key == "tvmaze:90210")
    #expect(request.episodes.map(\.id) == ["s01e02"])
    #expect(request.watched)
    // Not shown before it is kept.
    #expect(browser.state.watched?.isWatched("s01e02") == false)
    browser.confirm(request)
    #expect(browser.state.watched?.isWatched("s01e02") == true)
    #expect(browser.state.message == "Marked S01E02 \"Fog\" watched")
    #expect(browser.state.watched?.count(ofSeason: 1)?.watched == 1)
    _ = browser.handle(.key(.character("w")))
    browser.confirm(try #require(browser.pendingMarks))
    #expect(browser.state.watched?.isWatched("s01e02") == false)
    #expect(browser.state.message == "Marked S01E02 unwatched")
  }

  @Test func capitalWMarksEveryEpisodeUpToTheSelectedOneAndUnmarksNothing() throws {
    var browser = browser(watched: ["s01e01"], keys: [.down, .down, .down, .down, .down])
    #expect(browser.state.selectedEntity?.id == "s02e01")
    _ = browser.handle(.key(.character("W")))
    let request = try #require(browser.pendingMarks)
    // Every episode up to it, the one watched already too: another tvbrowse may have
    // unmarked it meanwhile.
    #expect(request.episodes.map(\.id) == ["s01e01", "s01e02", "s01-special-500005", "s02e01"])
    browser.confirm(request)
    #expect(
      browser.state.message == "Marked S02E01 \"The Storm\" watched, and the 3 episodes before it")
    #expect(browser.state.watched?.ids == ["s01e01", "s01e02", "s01-special-500005", "s02e01"])
  }

  @Test func marksReadAgainReplaceTheOldOnesAndKeepTheCounts() {
    let first = WatchedEpisodes(
      ShowMarks(key: "tvmaze:90210", watched: ["s01e01", "s01e02"]), catalog: Self.harbor)
    let again = first.replacing(
      ShowMarks(key: "tvmaze:90210", watched: ["s02e02", "no-such-episode"]))
    #expect(again.ids == ["s02e02"])
    #expect(again.count(ofSeason: 1)! == (0, 3))
    #expect(again.count(ofSeason: 2)! == (1, 2))
    #expect(first.count(ofSeason: 1)! == (2, 3))
    #expect(again.count(ofSeason: 9) == nil)
  }

  @Test func aMarkThatCannotBeKeptIsNotShownAndSaysWhy() throws {
    var browser = browser(keys: [.down])
    _ = browser.handle(.key(.character("w")))
    let request = try #require(browser.pendingMarks)
    browser.failMarks(request, because: "the disk is full")
    #expect(browser.state.watched?.ids == [])
    #expect(browser.state.message == "Not marked: the disk is full")
    #expect(browser.pendingMarks == nil)
  }

  @Test func wBeforeTheMarksAreReadOrWhereTheyCannotBeKeptSaysWhy() {
    var reading = BrowserHarness.browser(
      80, 24, keys: [.character("2"), .down], catalog: Self.harbor)
    _ = reading.handle(.key(.character("w")))
    #expect(reading.state.message == "The marks of this show are still being read")
    reading.marksUnavailable(because: "The marks cannot be read: the disk is gone")
    _ = reading.handle(.key(.character("w")))
    #expect(reading.state.message == "The marks cannot be read: the disk is gone")
    #expect(reading.pendingMarks == nil)
  }

  @Test func wOnASeasonMarksItsEpisodesThenUnmarksThem() throws {
    var browser = browser(watched: ["s01e01"], keys: [])
    _ = browser.handle(.key(.character("w")))
    let request = try #require(browser.pendingMarks)
    #expect(request.episodes.map(\.id) == ["s01e01", "s01e02", "s01-special-500005"])
    #expect(request.watched)
    browser.confirm(request)
    #expect(browser.state.message == "Marked the 3 episodes of season 1 watched")
    #expect(browser.state.watched?.count(ofSeason: 1)?.watched == 3)
    _ = browser.handle(.key(.character("w")))
    browser.confirm(try #require(browser.pendingMarks))
    #expect(browser.state.message == "Marked the 3 episodes of season 1 unwatched")
    #expect(browser.state.watched?.ids == [])
  }

  @Test func wOutsideAnEpisodeOrASeasonSaysSo() {
    let season = browser(keys: [.character("W")])
    #expect(season.pendingMarks == nil)
    #expect(season.state.message == "W marks up to an episode: select one in Seasons & episodes")
    let character = browser(keys: [.character("3"), .character("w")])
    #expect(character.pendingMarks == nil)
    #expect(
      character.state.message
        == "w marks an episode or a season: select one in Seasons & episodes")
  }

  @Test func aWatchedEpisodeIsMarkedAmongTheSearchResultsToo() {
    var browser = browser(watched: ["s01e02"], keys: [])
    for key in [Key.character("/")] + BrowserHarness.typing("fog") {
      _ = browser.handle(.key(key))
    }
    browser.finishPendingWork()
    let row = browser.render().lines.first { $0.contains("S01E02 Fog  episode") }
    #expect(row?.hasPrefix(" ✓ S01E02 Fog") == true, "\(String(describing: row))")
  }

  @Test func theListShowsWhatIsWatchedAndEachSeasonsCount() throws {
    let marked = browser(watched: ["s01e01", "s02e02"], keys: [.down, .down, .character("w")])
    try GoldenScreen.check(marked.render(), "watched-episodes-80x24")
    try GoldenScreen.check(
      browser(watched: ["s01e01", "s02e02"], keys: [.down], width: 40, height: 12).render(),
      "watched-episodes-40x12")
  }

  @Test func theLibraryBrowserKeepsAndShowsMarksAsTheProgramDoes() throws {
    var kept: [MarkRequest] = []
    var library = LibraryBrowser(
      shows: [
        ShelfShow(
          id: "harbor-lights", name: "Harbor Lights", years: "2019–2020", seasons: 2, episodes: 5)
      ], selecting: nil, width: 80, height: 24, options: BrowserOptions())
    for key: Key in [.enter, .character("2"), .down, .character("w")] {
      _ = library.handle(
        .key(key), open: { _ in Self.harbor },
        marks: { _ in ShowMarks(key: "tvmaze:90210", watched: ["s02e01"]) },
        keep: {
          kept.append($0)
          return nil
        }, search: { _ in [] })
    }
    #expect(kept.map(\.episodes).map { $0.map(\.id) } == [["s01e01"]])
    let watched = try #require(library.browser?.state.watched)
    #expect(watched.ids == ["s01e01", "s02e01"])
    // Each time the show takes the screen again, its marks are to be read again.
    let showings = library.showings
    _ = library.handle(.key(.character("0")), open: { _ in nil }, search: { _ in [] })
    _ = library.handle(.key(.backspace), open: { _ in nil }, search: { _ in [] })
    #expect(library.showings == showings + 1)
  }
}

/// The Library view counts each show's episodes watched, once a show has any.
@Suite struct ShelfWatchedColumnTests {
  static let shows = [
    ShelfShow(
      id: "13-reasons-why", name: "13 Reasons Why", years: "–", seasons: 2, episodes: 26),
    ShelfShow(
      id: "harbor-lights", name: "Harbor Lights", years: "2019–2020", status: "Ended",
      network: "Netflix", seasons: 2, episodes: 5, watched: 3),
  ]

  /// The same shows, Harbor Lights with its next episode and two aired since it was last
  /// opened.
  static let showsInProgress: [ShelfShow] = shows.map {
    var show = $0
    if show.id == "harbor-lights" {
      show.next = "S02E02"
      show.airedSinceOpened = 2
    }
    return show
  }

  @Test func theColumnShowsOnceAShowHasAnEpisodeWatched() throws {
    let library = LibraryBrowser(
      shows: Self.shows, selecting: nil, width: 80, height: 8, options: BrowserOptions())
    let lines = library.render().lines
    #expect(lines[1].hasSuffix("Seasons  Episodes  Watched  Next "), "\(lines[1])")
    #expect(lines[2].hasSuffix("26        –  –    "), "\(lines[2])")
    #expect(lines[3].hasSuffix("5        3  –    "), "\(lines[3])")
    try GoldenScreen.check(library.render(), "library-watched-80x8")
    let inProgress = LibraryBrowser(
      shows: Self.showsInProgress, selecting: nil, width: 100, height: 8,
      options: BrowserOptions())
    let progressLines = inProgress.render().lines
    #expect(progressLines[1].hasSuffix("Watched  Next    New "), "\(progressLines[1])")
    #expect(progressLines[2].hasSuffix("–  –         – "), "\(progressLines[2])")
    #expect(progressLines[3].hasSuffix("3  S02E02    2 "), "\(progressLines[3])")
    try GoldenScreen.check(inProgress.render(), "library-progress-100x8")
    try GoldenScreen.check(
      LibraryBrowser(
        shows: Self.showsInProgress, selecting: nil, width: 40, height: 8,
        options: BrowserOptions()
      ).render(), "library-progress-40x8")
    let unmarked = LibraryBrowser(
      shows: Self.shows.map {
        var show = $0
        show.watched = 0
        return show
      }, selecting: nil,
      width: 80, height: 8, options: BrowserOptions())
    #expect(!unmarked.render().lines[1].contains("Watched"))
  }
}
