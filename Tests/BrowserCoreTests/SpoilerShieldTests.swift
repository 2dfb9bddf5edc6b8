import BrowserCore
import Foundation
import ShowModel
import TerminalCells
import Testing

/// The spoiler shield in the browser: what comes after the latest episode watched stays
/// hidden in lists, links and details until `s` shows one item or `S` turns it off.
@Suite struct SpoilerShieldTests {
  /// The saved TVmaze show Lantern Bay: two seasons of 13 episodes, a guest in S01E13
  /// and S02E01.
  static let lantern: Catalog = {
    let path = BrowserHarness.fixture("../../ShowModelTests/Fixtures/tvmaze/lantern-bay.json")
    let bytes = try! [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    return Catalog(pack: try! TVmazeShow.read(bytes: bytes, fetched: "2026-11-28").pack)
  }()

  /// The ids of the built-in show's season 1 episodes up to `last`.
  static func season1(through last: Int) -> Set<String> {
    Set((1...last).map { String(format: "s01e%02d", $0) })
  }

  /// A browser on `catalog` whose marks are `watched`, then sent `keys`; each mark asked
  /// for is kept at once.
  static func browser(
    _ catalog: Catalog = BrowserHarness.builtIn, watched: Set<String>, keys: [Key],
    width: Int = 80, height: Int = 24
  ) -> Browser {
    var browser = BrowserHarness.browser(width, height, catalog: catalog)
    browser.adopt(WatchedEpisodes(ShowMarks(key: "test", watched: watched), catalog: catalog))
    for key in keys {
      _ = browser.handle(.key(key))
      if let request = browser.pendingMarks { browser.confirm(request) }
    }
    return browser
  }

  static let tyler: [Key] = [.character("3")] + Array(repeating: .down, count: 6) + [.enter]

  @Test func theBuiltInShowAtS01E12HidesTheFinalesThreadsAndFacts() throws {
    let threads = Self.browser(watched: Self.season1(through: 12), keys: [.character("5")])
    try GoldenScreen.check(threads.render(), "shield-threads-s01e12-80x24")
    let names = threads.state.listEntities.map { threads.state.shield.name(of: $0) }
    #expect(names.filter { $0 == "Plot thread (spoiler for S01E13)" }.count == 5)
    let tyler = Self.browser(watched: Self.season1(through: 12), keys: Self.tyler)
    try GoldenScreen.check(tyler.render(), "shield-tyler-s01e12-80x24")
    try GoldenScreen.check(
      Self.browser(watched: Self.season1(through: 12), keys: Self.tyler, width: 40, height: 12)
        .render(), "shield-tyler-s01e12-40x12")
    let text = tyler.render().lines.joined(separator: "\n")
    #expect(!text.contains("gun arsenal"))
    #expect(text.contains("spoiler for S01E13 — press s to show"))
  }

  @Test func theBuiltInShowAtS01E13HidesNothing() throws {
    let threads = Self.browser(watched: Self.season1(through: 13), keys: [.character("5")])
    try GoldenScreen.check(threads.render(), "shield-threads-s01e13-80x24")
    let tyler = Self.browser(watched: Self.season1(through: 13), keys: Self.tyler)
    let text = tyler.render().lines.joined(separator: "\n")
    #expect(text.contains("gun arsenal"))
    #expect(!text.contains("spoiler for"))
  }

  @Test func withNoWatchedPointNothingIsHidden() {
    let tyler = Self.browser(watched: [], keys: Self.tyler)
    #expect(!tyler.render().lines.joined().contains("spoiler for"))
    #expect(!tyler.state.shield.hidesAnything)
  }

  @Test func sShowsTheSelectedLineAndTheRestStaysHidden() throws {
    // Tyler's page: his fact, then his second citation, are hidden.
    var browser = Self.browser(watched: Self.season1(through: 12), keys: Self.tyler)
    let hidden = browser.state.detailBlocks.indices.filter {
      if case .spoiler = browser.state.detailBlocks[$0].target { return true }
      return false
    }
    #expect(hidden.count == 2)
    while browser.state.view.details.selection != hidden[0] {
      _ = browser.handle(.key(.down))
    }
    _ = browser.handle(.key(.character("s")))
    #expect(browser.state.message == "Shown until you quit; S shows every spoiler")
    let text = browser.render().lines.joined(separator: "\n")
    #expect(text.contains("Open question"))
    #expect(text.contains("spoiler for S01E13 — press s to show"))
    // The thread stays hidden in the list.
    _ = browser.handle(.key(.character("5")))
    #expect(browser.render().lines.joined().contains("Plot thread (spoiler for S01"))
  }

  @Test func sOnAHiddenThreadInTheListShowsIt() {
    var browser = Self.browser(
      watched: Self.season1(through: 12), keys: [.character("5"), .down, .down])
    #expect(browser.state.shield.hiding(browser.state.selectedEntity!) != nil)
    _ = browser.handle(.key(.character("s")))
    #expect(browser.render().lines[0].contains("Alex shoots himself"))
  }

  @Test func capitalSTurnsTheShieldOffAndTheStatusLineSaysSo() {
    var browser = Self.browser(watched: Self.season1(through: 12), keys: Self.tyler)
    _ = browser.handle(.key(.character("S")))
    let screen = browser.render().lines
    #expect(screen.last?.contains("Spoiler shield off until you quit") == true)
    // Once the message is gone, the status line still says so.
    _ = browser.handle(.key(.down))
    let status = browser.render().lines.last ?? ""
    #expect(status.contains("· spoilers shown "), "\(status)")
    #expect(!screen.joined().contains("spoiler for"))
    // Marks read again keep it off.
    browser.adopt(
      WatchedEpisodes(
        ShowMarks(key: "test", watched: Self.season1(through: 3)),
        catalog: BrowserHarness.builtIn))
    #expect(!browser.render().lines.joined().contains("spoiler for"))
  }

  @Test func markingTheFinaleWatchedShowsWhatItRevealed() {
    // Seasons & episodes: S01E13 is the 14th row (after the season's).
    let keys: [Key] = [.character("2")] + Array(repeating: .down, count: 13)
    var browser = Self.browser(watched: Self.season1(through: 12), keys: keys)
    #expect(browser.state.selectedEntity?.id == "s01e13")
    _ = browser.handle(.key(.character("w")))
    browser.confirm(browser.pendingMarks!)
    _ = browser.handle(.key(.character("5")))
    #expect(!browser.render().lines.joined().contains("spoiler for"))
  }

  @Test func anImportedShowAtS01E12HidesLaterTitlesSummariesAndGuests() throws {
    let list = Self.browser(
      Self.lantern, watched: Self.season1(through: 12),
      keys: [.character("2")] + Array(repeating: .down, count: 13))
    try GoldenScreen.check(list.render(), "shield-imported-s01e12-80x24")
    let text = list.render().lines.joined(separator: "\n")
    #expect(!text.contains("Landfall"))
    #expect(!text.contains("Guest Actor"))
    #expect(text.contains("S01E13 (title hidden)"))
  }

  @Test func anImportedShowAtS02E01ShowsItsTitleAndHidesTheNext() throws {
    let watched = Self.season1(through: 13).union(["s02e01"])
    let list = Self.browser(
      Self.lantern, watched: watched,
      keys: [.character("2")] + Array(repeating: .down, count: 16))
    try GoldenScreen.check(list.render(), "shield-imported-s02e01-80x24")
    let text = list.render().lines.joined(separator: "\n")
    #expect(text.contains("S02E01 Return Crossing"))
    #expect(text.contains("S02E02 (title hidden)"))
    #expect(!text.contains("Salt"))
  }

  @Test func theReaderHidesThePassagesThatRevealWhatComesNext() {
    var browser = Self.browser(
      watched: Self.season1(through: 12), keys: [.character("6"), .down, .enter], height: 60)
    #expect(browser.state.selectedEntity?.id == "article-so-close")
    let read = DetailTarget.citation(source: "article-so-close", quote: "")
    while browser.state.detailBlocks[browser.state.view.details.selection].target != read {
      _ = browser.handle(.key(.down))
    }
    _ = browser.handle(.key(.enter))
    browser.finishPendingWork()
    var text = browser.render().lines.joined(separator: "\n")
    #expect(text.contains("[spoiler for S01E13]"))
    #expect(!text.contains("survives his"))
    // S lays it out again, whole.
    _ = browser.handle(.key(.character("S")))
    browser.finishPendingWork()
    text = browser.render().lines.joined(separator: "\n")
    #expect(text.contains("survives his"))
  }

  @Test func untilTheMarksOfAShowWithMarksComeWhatRevealsAnyPointStaysHidden() {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("5")])
    browser.awaitMarks()
    #expect(
      browser.state.shield.name(of: browser.state.listEntities[2])
        == "Plot thread (spoiler for a later episode)")
    browser.adopt(
      WatchedEpisodes(
        ShowMarks(key: "test", watched: Self.season1(through: 13)),
        catalog: BrowserHarness.builtIn))
    #expect(!browser.render().lines.joined().contains("spoiler for"))
    var unreadable = BrowserHarness.browser(80, 24, keys: [.character("5")])
    unreadable.awaitMarks()
    unreadable.marksUnavailable(because: "the library cannot be read")
    #expect(!unreadable.render().lines.joined().contains("spoiler for"))
  }

  @Test func theFilterNeverMatchesAHiddenName() {
    var browser = Self.browser(watched: Self.season1(through: 12), keys: [.character("5")])
    for key in [Key.character("f")] + BrowserHarness.typing("shoots") {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.listEntities.isEmpty)
  }

  @Test func aLayoutMadeBeforeTheShieldChangedIsNotTaken() {
    var browser = Self.browser(
      watched: Self.season1(through: 12), keys: [.character("6"), .down, .enter], height: 60)
    let read = DetailTarget.citation(source: "article-so-close", quote: "")
    while browser.state.detailBlocks[browser.state.view.details.selection].target != read {
      _ = browser.handle(.key(.down))
    }
    // As the program does: the layout is left to a worker, and S comes before it is done.
    _ = browser.receive(.key(.enter))
    guard let stale = browser.pendingLayout, let content = stale.run(isInterrupted: { false })
    else {
      Issue.record("no layout asked for")
      return
    }
    #expect(content.lines.contains { $0.contains { $0.text.contains("[spoiler for S01E13]") } })
    _ = browser.receive(.key(.character("S")))
    browser.adopt(content, for: stale)
    // The masked layout is not taken: the reader waits for one with every passage.
    #expect(browser.state.readerContent == nil)
    #expect(browser.pendingLayout != nil)
    #expect(browser.pendingLayout != stale)
  }

  @Test func capitalSInOneShowHoldsInTheNextShowOpened() {
    let shows = [
      ShelfShow(id: "13-reasons-why", name: "13 Reasons Why", years: "–", seasons: 2, episodes: 26),
      ShelfShow(
        id: "lantern-bay", name: "Lantern Bay", years: "2021–2022", seasons: 2, episodes: 26),
    ]
    var library = LibraryBrowser(
      shows: shows, open: "13-reasons-why", catalog: BrowserHarness.builtIn, width: 80,
      height: 24, options: BrowserOptions())
    _ = library.receive(.key(.character("S")))
    _ = library.receive(.key(.character("0")))
    _ = library.receive(.key(.down))
    _ = library.receive(.key(.enter))
    let request = try! #require(library.pendingOpen)
    library.adopt(Self.lantern, for: request)
    library.adopt(
      WatchedEpisodes(ShowMarks(key: "test", watched: ["s01e01"]), catalog: Self.lantern),
      forShowing: library.showings)
    #expect(library.browser?.state.shield.isOn == false)
    #expect(!(library.browser?.render().lines.joined().contains("title hidden") ?? true))
    // The search across every show hides nothing either.
    #expect(library.showsEverySpoiler)
  }

  @Test func searchFindsAHiddenEntityButNeverShowsItsText() {
    var browser = Self.browser(watched: Self.season1(through: 12), keys: [])
    for key in [Key.character("/")] + BrowserHarness.typing("arsenal") {
      _ = browser.handle(.key(key))
    }
    browser.finishPendingWork()
    let text = browser.render().lines.joined(separator: "\n")
    #expect(!text.contains("arsenal ("))
    #expect(!text.contains("Tyler's gun"))
    #expect(text.contains("Plot thread (spoiler for S01E13)"))
  }
}
