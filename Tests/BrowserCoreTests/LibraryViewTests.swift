import BrowserCore
import ShowModel
import TerminalCells
import Testing

/// The Library view: the table of shows, opening one, `0` back to it, and the search
/// across every show, driven as the program drives it, with the catalogs at hand.
@Suite struct LibraryViewTests {
  static let wide = try! PackLoader.catalog(path: BrowserHarness.fixture("wide.json"))

  static let shows = [
    ShelfShow(
      id: "13-reasons-why", name: "13 Reasons Why", years: "–", seasons: 2, episodes: 0),
    ShelfShow(
      id: "kaze", name: "風の便り 🌸 Letters", years: "2019–2020", status: "Ended",
      network: "NHK World", seasons: 1, episodes: 2),
    ShelfShow(
      id: "harbor-lights", name: "Harbor Lights with a name far too long for its column",
      years: "2019–", status: "Running", network: "Netflix", seasons: 2, episodes: 5),
  ]

  static func catalog(_ request: ShowRequest) -> Catalog? {
    switch request.show {
    case "13-reasons-why": BrowserHarness.builtIn
    case "kaze": wide
    default: nil
    }
  }

  /// Katherine Langford of the built-in show and Søren of the wide show are one person
  /// here, to follow from one show to the other; the links come after a show opens, as
  /// the program finds them.
  static func otherShows(_ show: String) -> OtherShows {
    switch show {
    case "13-reasons-why":
      OtherShows([
        "katherine-langford": [ShowAppearance(show: "kaze", showName: "風の便り", entity: "soren")]
      ])
    case "kaze":
      OtherShows([
        "soren": [
          ShowAppearance(
            show: "13-reasons-why", showName: "13 Reasons Why", entity: "katherine-langford")
        ]
      ])
    default: OtherShows()
    }
  }

  /// Searches the two shows that have catalogs, the built-in one first, as the program does.
  static func search(_ query: String) -> [ShelfHit] {
    [(shows[0], BrowserHarness.builtIn), (shows[1], wide)].flatMap { show, catalog in
      catalog.search(query, limit: 50).map { ShelfHit(show: show, hit: $0) }
    }
  }

  static func library(
    _ width: Int = 80, _ height: Int = 24, keys: [Key] = [], shows: [ShelfShow] = shows
  ) -> LibraryBrowser {
    var library = LibraryBrowser(
      shows: shows, width: width, height: height, options: BrowserOptions())
    for key in keys {
      _ = library.handle(.key(key), open: catalog, otherShows: otherShows, search: search)
    }
    return library
  }

  @Test(arguments: GoldenScreenTests.sizes) func theTableOfShows(width: Int, height: Int) throws {
    try GoldenScreen.check(Self.library(width, height).render(), "library-\(width)x\(height)")
  }

  @Test(arguments: GoldenScreenTests.sizes) func resultsNameTheirShow(width: Int, height: Int)
    throws
  {
    let keys: [Key] = [.character("/")] + BrowserHarness.typing("ang") + [.enter]
    let library = Self.library(width, height, keys: keys)
    #expect(Set(library.shelf.hits.map(\.show.id)) == ["13-reasons-why", "kaze"])
    try GoldenScreen.check(library.render(), "library-search-\(width)x\(height)")
  }

  @Test func narrowScreensDropWholeColumnsAndKeepTheCounts() {
    let lines = Self.library(40, 12).render().lines
    #expect(lines[1].contains("Seasons") && lines[1].contains("Episodes"))
    #expect(!lines[1].contains("Network") && !lines[1].contains("Status"))
    #expect(lines[4].hasPrefix(" Harbor Lights with") && lines[4].contains("…"))
    #expect(lines[4].hasSuffix("        2         5 "))
  }

  @Test func enterOpensTheShowAndZeroComesBack() {
    var library = Self.library(keys: [.down, .enter])
    #expect(!library.showsShelf)
    #expect(library.openShow == "kaze")
    #expect(library.render().lines[0].contains("風の便り"))
    // In the show, 3 lists its characters; 0 goes to the Library; Back returns to the
    // show as it was left.
    _ = library.handle(
      .key(.character("3")), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    let before = library.browser?.state.view
    _ = library.handle(
      .key(.character("0")), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(library.showsShelf)
    #expect(library.render().lines[0].contains("Library"))
    // The program reads the shows again, once for each return.
    let first = library.takeReturnToShelf()
    let second = library.takeReturnToShelf()
    #expect(first && !second)
    #expect(library.render().lines.last?.contains("back to the show") == true)
    _ = library.handle(
      .key(.backspace), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(!library.showsShelf)
    #expect(library.browser?.state.view == before)
  }

  @Test func aResultOpensItsShowAtItsEntity() throws {
    var library = Self.library(keys: [.character("/")] + BrowserHarness.typing("sorén") + [.enter])
    let first = try #require(library.shelf.hits.first)
    #expect(first.show.id == "kaze")
    _ = library.handle(
      .key(.enter), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(library.openShow == "kaze")
    #expect(library.browser?.state.selectedEntity?.id == first.hit.entity.id)
    #expect(library.browser?.state.view.focus == .details)
  }

  @Test func aShowThatCannotBeReadSaysSoAndStaysOnTheLibrary() {
    let library = Self.library(keys: [.down, .down, .enter])
    #expect(library.showsShelf)
    #expect(library.render().lines.last?.contains("cannot open harbor-lights") == true)
  }

  @Test func quittingAnswersWhileAShowIsRead() {
    var library = Self.library()
    _ = library.receive(.key(.enter))
    #expect(library.pendingOpen == ShowRequest(show: "13-reasons-why"))
    #expect(library.render().lines.last?.contains("Opening 13 Reasons Why…") == true)
    #expect(library.receive(.key(.character("q"))) == .quit)
    #expect(library.receive(.interrupt) == .quit)
  }

  @Test func theSearchLineTakesQAndZeroAsText() {
    var library = Self.library(keys: [.character("/")])
    for key in BrowserHarness.typing("q0") {
      #expect(
        library.handle(
          .key(key), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
          == .redraw)
    }
    #expect(library.pendingSearch == nil)
    #expect(library.render().lines.last?.hasPrefix("/q0") == true)
    // Ctrl-C closes the line, then quits.
    #expect(library.receive(.interrupt) == .redraw)
    #expect(library.render().lines[1].contains("Name"))
    #expect(library.receive(.interrupt) == .quit)
  }

  @Test func aShowsSearchLineTypesZero() {
    let library = Self.library(keys: [.enter, .character("/"), .character("0")])
    #expect(!library.showsShelf)
    #expect(library.browser?.state.search?.query == "0")
  }

  @Test func controlCharactersInANameNeverReachTheScreen() {
    let shows = [
      ShelfShow(
        id: "bad", name: "Bad\u{1B}[31mName\u{7}", years: "–", status: "\u{1B}]0;x\u{7}",
        seasons: 1, episodes: 1)
    ]
    let frame = Self.library(shows: shows).render()
    for row in 0..<frame.height {
      for column in 0..<frame.width {
        #expect(
          !frame[row, column].text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
      }
    }
    #expect(frame.lines[2].contains("Bad"))
  }

  @Test func theSelectionStaysInSightAndTheWheelMovesIt() {
    let many = (1...100).map {
      ShelfShow(id: "show-\($0)", name: "Show \($0)", years: "–", seasons: 1, episodes: $0)
    }
    var library = Self.library(80, 12, shows: many)
    _ = library.receive(.key(.end))
    #expect(library.render().lines[10].hasPrefix(" Show 100 "))
    _ = library.receive(.mouse(.wheelUp(row: 5, column: 3)))
    #expect(library.render().lines.last?.contains("97/100") == true)
    _ = library.receive(.resize(width: 80, height: 30))
    #expect(library.render().lines.contains { $0.hasPrefix(" Show 97 ") })
    _ = library.receive(.mouse(.click(row: 2, column: 4)))
    #expect(library.shelf.selectedShow?.id == "show-\(100 - (30 - 3) + 1)")
  }

  @Test func aPersonsOtherShowOpensThereAndBackReturns() throws {
    var library = Self.library(keys: [.enter])
    library.browser?.openEntity("katherine-langford")
    let blocks = try #require(library.browser?.state.detailBlocks)
    let heading = try #require(blocks.firstIndex { $0.spans.first?.text == "In other shows" })
    #expect(
      blocks[heading + 1].target
        == .otherShow(
          ShowAppearance(show: "kaze", showName: "風の便り", entity: "soren")))
    // Down to the link, Enter: the other show opens on Søren; Back (twice: once in its own
    // history) returns to the built-in show on Katherine Langford.
    for _ in 0..<blocks.count where library.browser?.state.view.details.selection != heading + 1 {
      _ = library.handle(
        .key(.down), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    }
    #expect(library.browser?.state.view.details.selection == heading + 1)
    _ = library.handle(
      .key(.enter), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(library.openShow == "kaze")
    #expect(library.browser?.state.selectedEntity?.id == "soren")
    // Back returns to the show the link was in, as it was left, the link still selected.
    _ = library.handle(
      .key(.backspace), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(library.openShow == "13-reasons-why")
    #expect(library.browser?.state.selectedEntity?.id == "katherine-langford")
    #expect(library.browser?.state.view.details.selection == heading + 1)
    // Then through that show's own history, and once it is spent, Back says so.
    _ = library.handle(
      .key(.backspace), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(library.browser?.state.selectedEntity?.id != "katherine-langford")
    _ = library.handle(
      .key(.backspace), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(library.render().lines.last?.contains("Nothing to go back to") == true)
  }

  /// Many results of the built-in show, to scroll.
  static func manyHits(_ query: String) -> [ShelfHit] {
    BrowserHarness.builtIn.search("a", limit: 60).map { ShelfHit(show: shows[0], hit: $0) }
  }

  /// A search started again, or emptied, while the results were scrolled far down lists
  /// from the top, and draws.
  @Test func aNewSearchAfterScrolledResultsStartsAtTheTop() {
    var library = Self.library(80, 12)
    for key in [.character("/"), .character("a"), .enter, .end, .character("/")] as [Key] {
      _ = library.handle(
        .key(key), open: Self.catalog, otherShows: Self.otherShows, search: Self.manyHits)
    }
    #expect(library.render().lines[1].contains("Search every show"))
    for key in [.character("b"), .enter, .end] as [Key] {
      _ = library.handle(
        .key(key), open: Self.catalog, otherShows: Self.otherShows, search: Self.manyHits)
    }
    _ = library.handle(
      .key(.character("/")), open: Self.catalog, otherShows: Self.otherShows, search: Self.manyHits)
    _ = library.handle(
      .key(.character("c")), open: Self.catalog, otherShows: Self.otherShows, search: Self.manyHits)
    for _ in 0..<20 { _ = library.receive(.mouse(.wheelDown(row: 5, column: 1))) }
    _ = library.handle(
      .key(.control("u")), open: Self.catalog, otherShows: Self.otherShows, search: Self.manyHits)
    #expect(library.render().lines[2].contains("Type to search"))
  }

  @Test func resultsForAnOlderQueryAreDropped() {
    var library = Self.library(keys: [.character("/"), .character("z")])
    #expect(library.shelf.hitsQuery == "z")
    _ = library.receive(.key(.character("o")))
    #expect(library.pendingSearch == "zo")
    library.adopt([], for: "z")
    #expect(library.shelf.hitsQuery == "z" && !library.shelf.hits.isEmpty)
    #expect(library.pendingSearch == "zo")
    library.adopt(Self.search("zo"), for: "zo")
    #expect(library.shelf.hitsQuery == "zo" && library.pendingSearch == nil)
    // Leaving the results stops waiting for any still to come.
    _ = library.receive(.key(.character("x")))
    _ = library.receive(.key(.enter))
    _ = library.receive(.key(.escape))
    #expect(library.pendingSearch == nil)
  }

  @Test func aClickOnTheStatusLineSelectsNoRow() {
    let many = (1...40).map {
      ShelfShow(id: "show-\($0)", name: "Show \($0)", years: "–", seasons: 1, episodes: $0)
    }
    var library = Self.library(80, 12, shows: many)
    #expect(library.receive(.mouse(.click(row: 11, column: 5))) == .ignored)
    #expect(library.shelf.selectedShow?.id == "show-1")
  }

  /// The links to other shows come after the show is on screen: the page gains them at
  /// once, and the block selected stays selected.
  @Test func otherShowsFoundLaterAppearAndKeepTheSelection() throws {
    var browser = BrowserHarness.browser(100, 30)
    browser.openEntity("katherine-langford")
    for _ in 0..<4 { _ = browser.handle(.key(.down)) }
    let selection = browser.state.view.details.selection
    let selected = browser.state.detailBlocks[selection]
    #expect(!browser.render().lines.contains { $0.contains("In other shows") })
    browser.adopt(
      OtherShows([
        "katherine-langford": [ShowAppearance(show: "kaze", showName: "Kaze", entity: "soren")]
      ]))
    #expect(browser.render().lines.contains { $0.contains("In other shows") })
    #expect(browser.state.detailBlocks[browser.state.view.details.selection] == selected)
  }

  /// A show opened again from the Library view leads Back nowhere, even when it was
  /// reached by a link before.
  @Test func aShowReopenedFromTheLibraryForgetsTheTrail() throws {
    var library = Self.library(keys: [.enter])
    library.browser?.openEntity("katherine-langford")
    let blocks = try #require(library.browser?.state.detailBlocks)
    let link = try #require(blocks.firstIndex { $0.target?.isOtherShow == true })
    for _ in 0..<blocks.count where library.browser?.state.view.details.selection != link {
      _ = library.handle(
        .key(.down), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    }
    _ = library.handle(
      .key(.enter), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(library.openShow == "kaze")
    #expect(library.browser?.state.backLeadsTo == "13 Reasons Why")
    for key in [.character("0"), .character("g"), .enter] as [Key] {
      _ = library.handle(
        .key(key), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    }
    #expect(library.openShow == "13-reasons-why")
    _ = library.handle(
      .key(.character("0")), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    _ = library.handle(
      .key(.down), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    _ = library.handle(
      .key(.enter), open: Self.catalog, otherShows: Self.otherShows, search: Self.search)
    #expect(library.openShow == "kaze")
    #expect(library.browser?.state.backLeadsTo == nil)
  }

  @Test(arguments: GoldenScreenTests.sizes) func theHelpNamesTheLibrarysKeysFirst(
    width: Int, height: Int
  ) throws {
    try GoldenScreen.check(
      Self.library(width, height, keys: [.character("?")]).render(),
      "library-help-\(width)x\(height)")
  }

  @Test func theHelpScrollsClosesAndHoldsEveryOtherKey() {
    var library = Self.library(80, 24, keys: [.character("?")])
    #expect(library.receive(.key(.character("j"))) == .redraw)
    #expect(library.shelf.helpOffset == 1)
    _ = library.receive(.key(.end))
    let last = library.shelf.helpOffset ?? 0
    #expect(last > 20)
    _ = library.receive(.key(.pageDown))
    #expect(library.shelf.helpOffset == last)
    // Enter and / are held: nothing opens behind the help.
    #expect(library.receive(.key(.enter)) == .ignored)
    #expect(library.pendingOpen == nil && library.pendingSearch == nil)
    #expect(library.receive(.key(.escape)) == .redraw)
    #expect(library.shelf.helpOffset == nil)
    _ = library.receive(.key(.character("?")))
    #expect(library.receive(.key(.character("Q"))) == .quit)
  }

  @Test func showsListedAgainKeepTheSelectionWhereTheyCan() {
    var library = Self.library(keys: [.down, .down])
    #expect(library.shelf.selectedShow?.id == "harbor-lights")
    library.replaceShows([Self.shows[2], Self.shows[0]])
    #expect(library.shelf.selectedShow?.id == "harbor-lights")
    #expect(library.render().lines.last?.contains("1/2") == true)
    library.replaceShows([Self.shows[0]])
    #expect(library.shelf.selectedShow?.id == "13-reasons-why")
  }
}

extension DetailTarget {
  var isOtherShow: Bool {
    if case .otherShow = self { return true }
    return false
  }
}
