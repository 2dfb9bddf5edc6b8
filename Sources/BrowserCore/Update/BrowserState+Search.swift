import ShowModel
import TerminalCells

extension BrowserState {
  /// The fewest results a search asks for, on the shortest screens.
  static let smallestSearchLimit = 24

  /// Rows a search finds beyond the last the list shows, so that a few steps down need no
  /// search of their own.
  static let searchMargin = 8

  /// How many results a search asks for when the list shows `rows` rows from `offset`: those
  /// and `searchMargin` more. Each result asked for costs a keystroke scoring work, and the
  /// search asks for more when the list is scrolled further.
  static func searchLimit(rows: Int, offset: Int) -> Int {
    max(offset + rows + searchMargin, smallestSearchLimit)
  }

  /// Types one character into the search line at its cursor and searches again.
  mutating func typeInSearch(_ character: Character) {
    guard var line = search else { return }
    line.editor.insert(character)
    search = line
    runSearch()
  }

  /// Carries out an action of the search line: keeping the results, cancelling, or editing
  /// the line (searching again when its text changed).
  mutating func editSearch(_ action: Action) {
    guard var line = search else { return }
    switch action {
    case .acceptSearch:
      leaveSearchLine(line)
      back.append(line.before)
      forward.removeAll()
      view.focus = .list
      return
    case .cancel:
      leaveSearchLine(line)
      pendingQuery = nil
      restore(line.before)
      return
    default:
      break
    }
    switch line.editor.perform(action) {
    case .edited:
      search = line
      runSearch()
    case .moved:
      search = line
    case .closeRequested:
      editSearch(.cancel)
    case .notEditing:
      break
    }
  }

  /// Closes the search line, keeping its query in this run's history.
  private mutating func leaveSearchLine(_ line: SearchLine) {
    var editor = line.editor
    editor.commit()
    searchHistory = editor
    search = nil
  }

  /// Lists the results for the search line's query, once they come: a search through
  /// millions of characters runs while the loop goes on reading keys, and `adoptResults`
  /// brings its results in.
  private mutating func runSearch() {
    let query = search?.query ?? ""
    pendingQuery = query
    view = View(source: .search(query), focus: .list)
    searchLimit = Self.searchLimit(rows: listRows, offset: 0)
    selectsLastResultWhenGrown = false
  }

  /// The results for `query`, as the search line lists them: at most `searchLimit`,
  /// whether the search found more, and whether they are complete. Each search narrows from
  /// the ones before it. Unless `waitingForIndexes`, a search that needs an index not built
  /// yet lists the tiers that are ready and has the rest built on another thread.
  func results(for query: String, waitingForIndexes: Bool = false) -> (
    hits: [CatalogHit], areCut: Bool, isComplete: Bool
  ) {
    if query.isEmpty { searchSession.prepare() }
    // One more than shown says whether there are more, so that the count never claims more
    // results than there are.
    var (hits, isComplete) =
      waitingForIndexes
      ? (searchSession.search(query, limit: searchLimit + 1), true)
      : searchSession.searchBuiltTiers(query, limit: searchLimit + 1)
    let areCut = hits.count > searchLimit
    if areCut { hits.removeLast(hits.count - searchLimit) }
    return (hits, areCut, isComplete)
  }

  /// Searches again for the results listed when they lacked tiers whose indexes are built
  /// now, keeping the list's place. True when a search is to run.
  mutating func searchAgainOnceIndexed() -> Bool {
    guard resultsAwaitIndex, pendingQuery == nil, !searchSession.isIndexing else { return false }
    pendingQuery = resultsQuery
    return true
  }

  /// The query of the results listed when their search stopped at its limit and no search
  /// runs: searching it again with a higher limit finds more.
  private var queryWithMoreResults: String? {
    guard case .search(let query) = view.source, query == resultsQuery, resultsAreCut,
      pendingQuery == nil
    else { return nil }
    return query
  }

  /// Asks for more results when the list shows fewer than `searchMargin` rows beyond its
  /// visible ones of a search that stopped at its limit, so that scrolling never runs out of results
  /// the search would have found. A filter over the results asks for more while they are
  /// fewer than `filteredSearchLimit`: a rare filter does not search for every match.
  mutating func growSearchIfScrolledNearItsEnd() {
    guard let query = queryWithMoreResults else { return }
    let wanted = Self.searchLimit(rows: listRows, offset: view.list.offset)
    guard wanted > listCount else { return }
    if view.filter != nil && searchLimit >= Self.filteredSearchLimit { return }
    searchLimit = max(wanted + results.count - listCount, searchLimit * 2)
    pendingQuery = query
  }

  /// The most results End asks for when the search stopped at its limit: the last of those
  /// is selected, and scrolling past it asks for more as before.
  static let endSearchLimit = 10_000

  /// Moves to the last result. When the search stopped at its limit, the row selected now
  /// is only the last held: the search asks for the rest (up to `endSearchLimit`, or
  /// `filteredSearchLimit` under a filter) and selects their last row when they come.
  mutating func selectLastResult() {
    selectListRow(max(listCount - 1, 0))
    keepListVisible()
    guard let query = queryWithMoreResults else { return }
    let most = view.filter != nil ? Self.filteredSearchLimit : Self.endSearchLimit
    guard searchLimit < most else { return }
    searchLimit = most
    pendingQuery = query
    selectsLastResultWhenGrown = true
  }

  /// How many results to ask for to list `previous` again as it was left: its rows down to
  /// the last it showed and the one selected, and under a filter as many as a filter asks.
  func searchLimit(restoring previous: View) -> Int {
    let shown = max(
      Self.searchLimit(rows: listRows, offset: previous.list.offset),
      previous.list.selection + 1 + Self.searchMargin)
    return previous.filter != nil ? max(shown, Self.filteredSearchLimit) : shown
  }

  /// The list's place as its header and the status line show it ("3/40"); the count of a
  /// search that found more than it lists ends in "+" ("3/40+"), and "…" stands for it while
  /// the search runs.
  var listPosition: String {
    // While the list waits for another query's results, it holds the last query's: their
    // count would be wrong for the title above them.
    if let pending = pendingQuery, view.source == .search(pending), pending != resultsQuery {
      return "…"
    }
    let count = listCount
    guard count > 0 else { return "0/0" }
    let more = resultsAreCut && view.source == .search(resultsQuery) ? "+" : ""
    return "\(view.list.selection + 1)/\(count)\(more)"
  }

  /// The most results a search asks for to fill a filtered list.
  static let filteredSearchLimit = 500

  /// True when `key` acts on the listed results of a search that is still running.
  func waitsForResults(_ key: Key) -> Bool {
    guard search == nil, filterLine == nil, help == nil, view.reader == nil, view.focus == .list,
      let query = pendingQuery, view.source == .search(query)
    else { return false }
    switch keymap.action(for: key, in: [.results]) {
    case .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .top, .bottom,
      .follow, .nextResult, .previousResult:
      return true
    default:
      return false
    }
  }

  /// Lists `hits`, the results for `query`, if that query still waits for them; `areCut`
  /// when the search found more. More results for the query listed keep the list's place.
  mutating func adoptResults(
    _ hits: [CatalogHit], for query: String, areCut: Bool, isComplete: Bool = true
  ) {
    guard pendingQuery == query else { return }
    pendingQuery = nil
    let grown = query == resultsQuery
    replaceResults(hits, query: query, areCut: areCut, awaitIndex: !isComplete)
    let listsThem = view.source == .search(query)
    if listsThem && !grown { view.list = Scroller() }
    refreshCaches()
    if listsThem { clampScrolling() }
    if listsThem && grown && selectsLastResultWhenGrown {
      selectListRow(max(listCount - 1, 0))
      keepListVisible()
      // The details follow the row now selected.
      refreshCaches()
    }
    selectsLastResultWhenGrown = false
    placeFrame()
    growSearchIfScrolledNearItsEnd()
  }
}
