import ShowModel
import TerminalCells

extension BrowserState {
  /// How many results a search keeps for the list.
  static let resultLimit = 500

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
  }

  /// The results for `query`, as the search line lists them.
  static func results(for query: String, in catalog: Catalog) -> [CatalogHit] {
    if query.isEmpty { catalog.prepareSearch() }
    return catalog.search(query, limit: resultLimit)
  }

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

  /// Lists `hits`, the results for `query`, if that query still waits for them.
  mutating func adoptResults(_ hits: [CatalogHit], for query: String) {
    guard pendingQuery == query else { return }
    pendingQuery = nil
    replaceResults(hits, query: query)
    let listsThem = view.source == .search(query)
    if listsThem { view.list = Scroller() }
    refreshCaches()
    if listsThem { clampScrolling() }
    placeFrame()
  }
}
