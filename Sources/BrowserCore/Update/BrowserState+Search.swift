import ShowModel

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

  /// Replaces the list with the results for the search line's query.
  private mutating func runSearch() {
    let query = search?.query ?? ""
    results = catalog.search(query, limit: Self.resultLimit)
    resultsQuery = query
    view = View(source: .search(query), focus: .list)
  }
}
