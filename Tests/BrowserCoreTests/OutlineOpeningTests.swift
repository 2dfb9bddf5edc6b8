import BrowserCore
import Foundation
import ShowModel
import TerminalCells
import TestSupport
import Testing

/// A stored show opened at the start draws its first screen from its outline (the show,
/// its seasons and threads, the sources it cites, the counts of the whole show) while the
/// rest is read; what is typed meanwhile waits and acts once the show is there.
@Suite struct OutlineOpeningTests {
  static let wide = try! PackLoader.catalog(path: BrowserHarness.fixture("wide.json"))
  static let lanternBay: Catalog = {
    let path = SharedFixtures.tvmaze("lantern-bay")
    let bytes = try! [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    return Catalog(pack: try! TVmazeShow.read(bytes: bytes, fetched: "2026-11-28").pack)
  }()

  static let shows = [
    ShelfShow(id: "show", name: "A show", years: "–", seasons: 2, episodes: 26)
  ]

  /// The outline of `catalog`, as the library reads it: the show, its seasons and
  /// threads, and the entities the show names, in the show's order.
  static func outline(of catalog: Catalog) -> Catalog {
    let named = Set(catalog.show.references)
    let entities = catalog.entities.filter {
      [.show, .season, .thread].contains($0.kind) || named.contains($0.id)
    }
    return Catalog(outline: entities, counts: ShowCounts(of: catalog.entities))
  }

  /// The Library browser opened on `catalog`'s outline, or on `catalog` itself.
  static func opened(_ catalog: Catalog, outlined: Bool, width: Int = 100, height: Int = 30)
    -> LibraryBrowser
  {
    LibraryBrowser(
      shows: shows, open: "show", catalog: outlined ? outline(of: catalog) : catalog,
      width: width, height: height, options: BrowserOptions())
  }

  /// Expects two frames alike: their text first, which reads well when it differs.
  static func expectSame(_ frame: ScreenBuffer, _ expected: ScreenBuffer, _ comment: Comment) {
    #expect(frame.lines == expected.lines, comment)
    if frame.lines == expected.lines { #expect(frame == expected, comment) }
  }

  static let catalogs: [(String, Catalog)] = [
    ("built-in", BrowserHarness.builtIn), ("wide", wide), ("lantern-bay", lanternBay),
  ]

  @Test(arguments: [(100, 30), (80, 24), (40, 12), (200, 50)])
  func theOutlineDrawsTheFirstScreenOfTheWholeShow(size: (Int, Int)) {
    for (name, catalog) in Self.catalogs {
      var outlined = Self.opened(catalog, outlined: true, width: size.0, height: size.1)
      var whole = Self.opened(catalog, outlined: false, width: size.0, height: size.1)
      #expect(outlined.isOutlined)
      #expect(outlined.pendingOpen == ShowRequest(show: "show"))
      #expect(!whole.isOutlined && whole.pendingOpen == nil)
      Self.expectSame(outlined.render(), whole.render(), "\(name) at \(size)")
      // While marks are read, the shield hides whatever reveals a point, in both alike.
      outlined.awaitMarks(forShowing: outlined.showings)
      whole.awaitMarks(forShowing: whole.showings)
      Self.expectSame(outlined.render(), whole.render(), "\(name) at \(size), awaiting marks")
    }
  }

  @Test func theOutlineCountsWhatTheWholeShowLists() {
    for (name, catalog) in Self.catalogs {
      let counts = ShowCounts(of: catalog.entities)
      let state = BrowserState(catalog: catalog, width: 100, height: 30)
      #expect(Section.counts(counts) == state.sectionCounts, "\(name)")
    }
  }

  @Test func anEpisodeOfNoSeasonIsCountedNowhere() {
    // A pack cannot name a season it lacks; a catalog made in code can.
    let catalog = Catalog(
      pack: Pack(
        entities: [
          Entity(id: "show", kind: .show, name: "Strays", payload: .show),
          Entity(id: "s1", kind: .season, name: "Season 1", payload: .season(number: 1)),
          Entity(
            id: "e1", kind: .episode, name: "S01E01", payload: .episode(season: "s1", number: 1)),
          Entity(
            id: "e2", kind: .episode, name: "S02E01", payload: .episode(season: "s2", number: 1)),
        ], paths: []))
    let counts = ShowCounts(of: catalog.entities)
    #expect(counts.listedEpisodes == 1)
    #expect(counts.count(of: .episode) == 2)
    #expect(
      Section.counts(counts) == BrowserState(catalog: catalog, width: 80, height: 24).sectionCounts)
  }

  /// Keys typed over the outline give, once the show is read, what they give typed on
  /// the whole show.
  @Test(arguments: [
    "3jj",
    "/tyler\r",
    "2jjj\rG",
    "?",
    "5\r",
    "/q",
  ])
  func keysTypedOverTheOutlineActOnceTheShowIsRead(typed: String) {
    let keys = typed.map { $0 == "\r" ? Key.enter : Key.character($0) }
    let catalog = BrowserHarness.builtIn
    var outlined = Self.opened(catalog, outlined: true)
    for key in keys {
      #expect(outlined.receive(.key(key)) == .ignored)
    }
    // Nothing moved yet.
    #expect(outlined.render() == Self.opened(catalog, outlined: false).render())
    #expect(outlined.takeHeldEvent() == nil)
    outlined.adopt(catalog, for: ShowRequest(show: "show"))
    #expect(!outlined.isOutlined)
    while let event = outlined.takeHeldEvent() {
      _ = outlined.receive(event)
      outlined.browser?.finishPendingWork()
    }
    var whole = Self.opened(catalog, outlined: false)
    for key in keys {
      _ = whole.receive(.key(key))
      whole.browser?.finishPendingWork()
    }
    #expect(outlined.render() == whole.render(), "\(typed)")
    #expect(outlined.browser?.state.catalog === catalog)
  }

  @Test func handleAppliesWhatWasHeldOnceTheShowIsThere() {
    let catalog = BrowserHarness.builtIn
    var outlined = Self.opened(catalog, outlined: true)
    let outcome = outlined.handle(
      .key(.character("3")), open: { _ in catalog }, search: { _ in [] })
    #expect(outcome == .redraw)
    #expect(outlined.browser?.state.section == .characters)
  }

  @Test(arguments: [InputEvent.key(.character("q")), .key(.character("Q")), .interrupt])
  func aFirstKeyThatQuitsQuitsAtOnce(event: InputEvent) {
    var outlined = Self.opened(BrowserHarness.builtIn, outlined: true)
    #expect(outlined.receive(event) == .quit)
  }

  @Test func ctrlCQuitsAtOnceEvenAfterOtherKeys() {
    var outlined = Self.opened(BrowserHarness.builtIn, outlined: true)
    // No search line is on the screen for it to cancel.
    #expect(outlined.receive(.key(.character("/"))) == .ignored)
    #expect(outlined.receive(.key(.character("h"))) == .ignored)
    #expect(outlined.receive(.interrupt) == .quit)
  }

  @Test func ctrlLRepaintsTheOutlineAndIsNotHeld() {
    let catalog = BrowserHarness.builtIn
    var outlined = Self.opened(catalog, outlined: true)
    #expect(outlined.receive(.key(.control("l"))) == .repaint)
    // Nothing was held: a q that follows quits at once.
    #expect(outlined.receive(.key(.character("q"))) == .quit)
    outlined.adopt(catalog, for: ShowRequest(show: "show"))
    #expect(outlined.takeHeldEvent() == nil)
  }

  @Test func aQuitAfterOtherKeysWaitsForThem() {
    let catalog = BrowserHarness.builtIn
    var outlined = Self.opened(catalog, outlined: true)
    // `/q` searches for "q"; the q is typed into the search line, not a quit.
    #expect(outlined.receive(.key(.character("/"))) == .ignored)
    #expect(outlined.receive(.key(.character("q"))) == .ignored)
    #expect(outlined.receive(.key(.escape)) == .ignored)
    #expect(outlined.receive(.key(.character("q"))) == .ignored)
    outlined.adopt(catalog, for: ShowRequest(show: "show"))
    var outcomes: [Outcome] = []
    while let event = outlined.takeHeldEvent() { outcomes.append(outlined.receive(event)) }
    #expect(outcomes.last == .quit)
    #expect(outcomes.dropLast().allSatisfy { $0 != .quit })
  }

  /// Clicks held over the outline land where they were aimed, and the resizes that came
  /// after them follow in order: the show's browser starts at the size the first held
  /// event came at.
  @Test func clicksAndResizesHeldOverTheOutlineKeepTheirOrder() {
    let catalog = BrowserHarness.builtIn
    let events: [InputEvent] = [
      .key(.character("3")), .mouse(.click(row: 5, column: 5)), .resize(width: 60, height: 20),
      .mouse(.click(row: 4, column: 3)), .resize(width: 90, height: 26), .key(.character("j")),
    ]
    var outlined = Self.opened(catalog, outlined: true)
    for event in events { _ = outlined.receive(event) }
    outlined.adopt(catalog, for: ShowRequest(show: "show"))
    while let event = outlined.takeHeldEvent() { _ = outlined.receive(event) }
    var whole = Self.opened(catalog, outlined: false)
    for event in events { _ = whole.receive(event) }
    Self.expectSame(outlined.render(), whole.render(), "clicks and resizes")
  }

  @Test func aResizeOverTheOutlineRedrawsIt() {
    let catalog = Self.lanternBay
    var outlined = Self.opened(catalog, outlined: true)
    #expect(outlined.receive(.resize(width: 60, height: 20)) == .redraw)
    #expect(
      outlined.render() == Self.opened(catalog, outlined: false, width: 60, height: 20).render())
    outlined.adopt(catalog, for: ShowRequest(show: "show"))
    #expect(outlined.takeHeldEvent() == nil)
    #expect(outlined.render().width == 60)
  }

  @Test func aShowThatCannotBeReadLeavesTheLibraryViewSayingWhy() {
    var outlined = Self.opened(BrowserHarness.builtIn, outlined: true)
    _ = outlined.receive(.key(.character("3")))
    outlined.failToOpen(ShowRequest(show: "show"), because: "the show is damaged")
    #expect(outlined.showsShelf)
    #expect(!outlined.isOutlined)
    #expect(outlined.browser == nil)
    #expect(outlined.takeHeldEvent() == nil)
    #expect(outlined.render().lines.joined().contains("the show is damaged"))
  }
}
