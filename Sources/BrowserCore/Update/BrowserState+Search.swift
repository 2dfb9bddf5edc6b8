import ShowModel
import TerminalCells

extension BrowserState {
  /// How many results a search keeps for the list.
  static let resultLimit = 500

  /// Types one character into the search line and searches again.
  mutating func typeInSearch(_ character: Character) {
    guard var line = search else { return }
    line.query.append(character)
    search = line
    runSearch()
  }

  /// Carries out an editing action of the search line.
  mutating func editSearch(_ action: Action) {
    guard var line = search else { return }
    switch action {
    case .acceptSearch:
      search = nil
      back.append(line.before)
      forward.removeAll()
      view.focus = .list
      return
    case .cancel:
      search = nil
      pendingQuery = nil
      restore(line.before)
      return
    case .deleteCharacter:
      if !line.query.isEmpty { line.query.removeLast() }
    case .deleteWord:
      while line.query.last == " " { line.query.removeLast() }
      while let last = line.query.last, last != " " { line.query.removeLast() }
    case .clearLine:
      line.query = ""
    default:
      return
    }
    search = line
    runSearch()
  }

  /// Lists the results for the search line's query, once they come: a search through
  /// millions of characters runs while the loop goes on reading keys, and `adoptResults`
  /// brings its results in.
  private mutating func runSearch() {
    let query = search?.query ?? ""
    pendingQuery = query
    view = View(source: .search(query), focus: .list)
  }

  /// The results for `query`, as the search line lists them.
  static func results(for query: String, in catalog: Catalog) -> [CatalogHit] {
    if query.isEmpty { catalog.prepareSearch() }
    return catalog.search(query, limit: resultLimit)
  }

  /// True when `key` acts on the listed results of a search that is still running.
  func waitsForResults(_ key: Key) -> Bool {
    guard search == nil, help == nil, view.reader == nil, view.focus == .list,
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

  /// Lists `hits`, the results for `query`, if that query still waits for them.
  mutating func adoptResults(_ hits: [CatalogHit], for query: String) {
    guard pendingQuery == query else { return }
    pendingQuery = nil
    replaceResults(hits, query: query)
    let listsThem = view.source == .search(query)
    if listsThem { view.list = Scroller() }
    refreshCaches()
    if listsThem { clampScrolling() }
  }
}
