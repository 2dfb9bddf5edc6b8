import ShowModel

/// The panes that can hold the focus.
public enum Pane: Sendable, Equatable, CaseIterable {
  /// The sections, the list, and the details (or the article reader).
  case sections, list, details
}

/// A selection in a scrolling list: the selected row and the first visible row.
public struct Scroller: Sendable, Equatable {
  /// The selected index.
  public var selection = 0
  /// The first visible index.
  public var offset = 0
  /// Lines of the first visible item scrolled above the pane, when the wheel has scrolled
  /// into an item of several lines (a block of the details).
  public var hiddenLines = 0

  /// Creates a scroller.
  public init(selection: Int = 0, offset: Int = 0) {
    self.selection = selection
    self.offset = offset
  }
}

/// What the list pane holds: a section's entities or the results of a search.
public enum ListSource: Sendable, Equatable {
  /// The entities of a section.
  case section(Section)
  /// The results of a search for the query.
  case search(String)
}

/// One place in the browser: what is listed, what is selected, what has the focus. History
/// keeps these so that Back restores selection and scroll exactly.
public struct View: Sendable, Equatable {
  /// What the list pane holds.
  public var source: ListSource
  /// The list pane's selection and scroll.
  public var list = Scroller()
  /// The details pane's selection (a block) and scroll.
  public var details = Scroller()
  /// The pane with the focus.
  public var focus: Pane = .sections
  /// The article reader, if open: its article, its quote and its scroll.
  public var reader: ArticleReaderView?
  /// The text that filters the list (a section's or the search results): only the rows
  /// whose name it matches show.
  public var filter: String?
  /// The id of the page open in the details pane's place (a `PageView`), if any; its
  /// selection and scroll are `details`, so history keeps them as it keeps an entity's.
  public var page: String?
  /// True when the details were opened from the list with Enter (not by following a link):
  /// where the details stand in the list's place, Back returns to the list.
  public var detailsOpenedFromList = false
}

/// The search line while it is open.
public struct SearchLine: Sendable, Equatable {
  /// The line being typed, with its cursor and this run's earlier queries.
  public var editor: LineEditor
  /// The view to restore if the search is cancelled.
  public var before: View

  /// The text typed so far.
  public var query: String { editor.text }
}

/// A place outside the show that a key asked for.
public enum Departure: Sendable, Equatable {
  /// The Library view.
  case library
  /// A person's page in another show.
  case otherShow(ShowAppearance)
  /// The show this one was reached from (see `backLeadsTo`).
  case previousShow
}

/// The whole state of the browser.
public struct BrowserState: Sendable {
  /// The show being browsed.
  public let catalog: Catalog
  /// The search line's searches, each narrowing from the queries typed before it.
  let searchSession: CatalogSearchSession
  /// The terminal's size.
  public var width: Int
  /// The terminal's size.
  public var height: Int
  /// Where the browser is now. The list and the details built for it are refreshed by
  /// `refreshCaches`, once per update.
  public var view: View
  /// Views to go back to, the most recent last.
  public var back: [View] = []
  /// Views to go forward to again, the most recent last.
  public var forward: [View] = []
  /// The search line, while open.
  public var search: SearchLine?
  /// Where a key asked to go outside this show, until the browser around this one
  /// (`LibraryBrowser`) takes the request.
  public internal(set) var departure: Departure?
  /// The people of this show who are in other shows of the library.
  public internal(set) var otherShows = OtherShows() {
    // The details shown are built again, with their links to the other shows.
    didSet { detailBlocksSource = nil }
  }
  /// The show's watched episodes, once the library's marks are read; nil for a show whose
  /// marks the library cannot keep (a pack file opened by its path).
  public internal(set) var watched: WatchedEpisodes? {
    // What is hidden follows the watched point; what was shown stays shown.
    didSet {
      guard let watched else { return }
      shield = shield.following(airOrder: watched.airOrder, watched: watched.ids)
    }
  }
  /// What of the show stays hidden until it is watched (`s` and `S` show it).
  public internal(set) var shield = SpoilerShield() {
    didSet {
      guard shield != oldValue else { return }
      detailBlocksSource = nil
      listEntitiesSource = nil
      shieldedSearch = nil
    }
  }
  /// The shield's keeper for search results, made when the shield changes and a search
  /// result is drawn.
  var shieldedSearch: ShieldedSearch?
  /// Marks asked for with `w` or `W`, until the program has written them.
  public internal(set) var pendingMarks: MarkRequest?
  /// Why the show's marks cannot be kept or read, when they cannot: `w` says so.
  public internal(set) var marksProblem: String?
  /// The name of the show this one was reached from by a link, which Back returns to
  /// once this show's history is spent.
  public internal(set) var backLeadsTo: String?
  /// The queries searched for in this run, for Up and Down in the search line; kept only
  /// in memory.
  var searchHistory = LineEditor()
  /// The find in the article reader, while its line is open or its matches are kept.
  public var find: ReaderFindView?
  /// The finds typed in this run, for Up and Down in the find line.
  var findHistory = LineEditor()
  /// The matches last found, and what they were found for.
  var foundMatches: (key: ReaderFindKey, matches: [ReaderMatch])?
  /// The filter line, while open.
  public var filterLine: FilterLine?
  /// The filters typed in this run, for Up and Down in the filter line.
  var filterHistory = LineEditor()
  /// The results of the last search, by query; replaced with `replaceResults`.
  public private(set) var results: [CatalogHit] = []
  /// The query the results are for.
  public private(set) var resultsQuery = ""
  /// True when the search found more than `results` holds: it stopped at its limit.
  public private(set) var resultsAreCut = false
  /// True when the results lack the tiers whose indexes were still being built: the search
  /// runs again once they are (`BrowserState.searchAgainOnceIndexed`).
  public private(set) var resultsAwaitIndex = false
  /// How many results a search asks for: what the list shows and a few rows more, grown
  /// when the list is scrolled into the last of them (see `BrowserState+Search`).
  var searchLimit = BrowserState.smallestSearchLimit
  /// True while a search grown by End (or by `N` from the first result) runs: its results
  /// select their last row when they come.
  var selectsLastResultWhenGrown = false
  /// Counts the replacements of `results`, so that the list knows when to build again.
  private var resultsGeneration = 0
  /// The query typed whose results are still to come, while a search runs (see
  /// `BrowserState+Search`); the list shows the previous results until then.
  public internal(set) var pendingQuery: String?
  /// The help overlay, while open.
  public var help: HelpView?
  /// A one-line message for the status line (cleared by the next key).
  public var message: String?
  /// The keys: the defaults, or as a keys file remapped them.
  public var keymap = Keymap.standard

  /// The start screen: the show section, focused.
  public init(catalog: Catalog, width: Int, height: Int) {
    self.catalog = catalog
    searchSession = CatalogSearchSession(catalog: catalog)
    self.width = width
    self.height = height
    view = View(source: .section(.show))
    let members = SectionMembers(catalog: catalog)
    sectionMembers = members
    // A show's outline counts the whole show; its members are only what it holds.
    sectionCounts =
      catalog.outlineCounts.map(Section.counts)
      ?? Section.allCases.map { $0 == .show ? 1 : members.members[$0.rawValue].count }
    refreshCaches()
    placeFrame()
  }

  /// Replaces the search results, the query they are for, and whether the search found more.
  mutating func replaceResults(
    _ hits: [CatalogHit], query: String, areCut: Bool = false, awaitIndex: Bool = false
  ) {
    results = hits
    resultsQuery = query
    resultsAreCut = areCut
    resultsAwaitIndex = awaitIndex
    resultsGeneration += 1
  }

  /// Builds the list and the details page again where what they show has changed: called
  /// once at the end of every update, and inside one only where the update itself goes on
  /// to read them (following a link, coming back through history).
  mutating func refreshCaches() {
    refreshListEntities()
    refreshDetailBlocks()
    dropFindOutsideItsArticle()
  }

  /// Places what the next frame shows in its layout, from the caches as refreshed: called
  /// once at the end of every update and when search results arrive, never inside one.
  mutating func placeFrame() {
    framePlacements += 1
    frameLayout = layout.placing(self)
  }

  /// The layout of the next frame with what it shows placed in it (the tabs, the list's
  /// rows, the details' lines), computed once per update: the renderer draws it, and a
  /// click is read against it, so a click lands on what is on the screen.
  public private(set) var frameLayout = Layout()
  /// How many times the frame has been placed, for tests that check it is placed once per
  /// update.
  private(set) var framePlacements = 0

  /// How many entities each section lists, in section order; counted once.
  public let sectionCounts: [Int]
  /// Each section's entities and each entity's row in its section, sorted out once.
  let sectionMembers: SectionMembers

  /// The entities the list pane shows, built once when what is listed changes, so that a
  /// frame costs the rows on screen, not the list again for every row.
  public private(set) var listEntities = EntityList()
  /// What `listEntities` were built for: the source, the results' generation and the filter.
  private var listEntitiesSource: (source: ListSource, results: Int, filter: String?)?
  /// How many rows the list has before its filter hides some.
  public private(set) var unfilteredCount = 0
  /// The search results the list shows, in the results' order: all of them, or those the
  /// filter keeps; the list's entities are theirs.
  public private(set) var listHits: [CatalogHit] = []
  /// How many times the list has been built, for tests that check it is not built per frame.
  private(set) var listBuilds = 0

  /// Builds `listEntities` again when the list shows something else (or new results).
  private mutating func refreshListEntities() {
    var generation = 0
    if case .search = view.source { generation = resultsGeneration }
    if let built = listEntitiesSource, built.source == view.source, built.results == generation,
      built.filter == view.filter
    {
      return
    }
    listEntitiesSource = (view.source, generation, view.filter)
    listBuilds += 1
    let filter = view.filter ?? ""
    listPages = []
    listHits = []
    switch view.source {
    case .section(.show):
      unfilteredCount = 1
      listEntities = EntityList(Self.filtered([catalog.show], by: filter))
    case .section(let section):
      let places = sectionMembers.members[section.rawValue]
      unfilteredCount = places.count
      listEntities = EntityList(
        catalog: catalog, places: Self.filtered(places, by: filter, in: catalog, shield: shield))
    case .search(let query):
      let pages = BrowserViews.pages.filter { $0.matches(query) }
      listPages = Self.filtered(pages, by: filter).map { $0.pageID }
      unfilteredCount = pages.count + results.count
      listHits = Self.filtered(shieldedResults(), by: filter)
      listEntities = EntityList(listHits.map(\.entity))
    }
  }

  /// The search results as the spoiler shield lets them show.
  private mutating func shieldedResults() -> [CatalogHit] {
    guard shield.hidesAnything else { return results }
    let keeper = shieldedSearch ?? shield.search(in: catalog)
    shieldedSearch = keeper
    return results.map(keeper.shielded)
  }

  /// The ids of the pages a search lists above its results: the registered pages whose
  /// title or keywords match the query.
  public private(set) var listPages: [String] = []

  /// How many rows the list pane holds: the pages a search found, then the entities.
  public var listCount: Int { listPages.count + listEntities.count }

  /// The page selected in the list, when a search lists pages and one is selected.
  public var selectedPage: String? {
    listPages.indices.contains(view.list.selection) ? listPages[view.list.selection] : nil
  }

  /// The blocks of the selected entity's details page, built once when the selection
  /// changes rather than on every key and every frame.
  public private(set) var detailBlocks: [DetailBlock] = []
  /// The entity or page `detailBlocks` were built for.
  private var detailBlocksSource: DetailTarget?
  /// How many times the details page has been built, for tests that check it is built
  /// once per update.
  private(set) var detailBuilds = 0

  /// Rebuilds `detailBlocks` when the open page or the selected entity has changed: an open
  /// page's blocks, else those of the page or entity selected in the list.
  private mutating func refreshDetailBlocks() {
    let source: DetailTarget? =
      (view.page ?? selectedPage).map { .page($0) }
      ?? selectedEntity.map { .entity($0.id) }
    guard source != detailBlocksSource || (source == nil && !detailBlocks.isEmpty) else {
      return
    }
    detailBlocksSource = source
    detailBuilds += 1
    switch source {
    case .page(let id):
      detailBlocks = BrowserViews.page(withID: id)?.blocks(of: catalog, shield: shield) ?? []
    case .entity(let id):
      detailBlocks =
        catalog.details(of: id, shield: shield).map {
          DetailBlocks.blocks(for: $0.adding(otherShows))
        } ?? []
    case .citation, .otherShow, .spoiler, nil:
      detailBlocks = []
    }
  }

  /// The last article laid out for the reader, and what it was laid out for (see
  /// `ArticleReaderView+State.swift`).
  var laidOutReader: (key: ArticleReaderView, shield: SpoilerShield, content: ReaderContent)?

  /// The entity selected in the list, if any.
  public var selectedEntity: Entity? {
    let index = view.list.selection - listPages.count
    return listEntities.indices.contains(index) ? listEntities[index] : nil
  }

  /// Selects the list's row `index` and opens its details from the top: another row's
  /// details, article and page are not this one's.
  mutating func selectListRow(_ index: Int) {
    view.list.selection = index
    view.details = Scroller()
    view.reader = nil
    view.page = nil
  }

  /// The section the sections pane highlights.
  public var section: Section? {
    if case .section(let section) = view.source { return section }
    return nil
  }
}
