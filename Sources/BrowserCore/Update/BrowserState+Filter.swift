import ShowModel
import ShowSearch

/// The filter line while it is open.
public struct FilterLine: Sendable, Equatable {
  /// The line being typed, with its cursor and this run's earlier filters.
  public var editor: LineEditor
  /// The view before the line opened, to go back to when the filter is cleared.
  public var before: View
}

extension BrowserState {
  /// Opens the filter line over the list (a section's or the search results), with the
  /// filter kept on it, if any.
  mutating func startFilter() {
    var editor = filterHistory
    if let kept = view.filter { editor.replace(with: kept) }
    filterLine = FilterLine(editor: editor, before: view)
    view.focus = .list
  }

  /// Types one character into the filter line at its cursor, and filters again.
  mutating func typeInFilter(_ character: Character) {
    guard var line = filterLine else { return }
    line.editor.insert(character)
    filterLine = line
    applyFilter(line.editor.text)
  }

  /// Carries out an action of the filter line: keeping the filter, clearing it, or editing
  /// the line (filtering again when its text changed).
  mutating func editFilter(_ action: Action) {
    guard var line = filterLine else { return }
    switch action {
    case .acceptSearch:
      leaveFilterLine(line)
      if view.filter?.isEmpty == true { view.filter = nil }
      return
    case .cancel:
      leaveFilterLine(line)
      if line.before.filter == nil {
        view = line.before
      } else {
        view.filter = nil
        view.list = Scroller()
      }
      return
    default:
      break
    }
    switch line.editor.perform(action) {
    case .edited:
      filterLine = line
      applyFilter(line.editor.text)
    case .moved:
      filterLine = line
    case .closeRequested:
      editFilter(.cancel)
    case .notEditing:
      break
    }
  }

  /// Closes the filter line, keeping its text in this run's history.
  private mutating func leaveFilterLine(_ line: FilterLine) {
    var editor = line.editor
    editor.commit()
    filterHistory = editor
    filterLine = nil
  }

  /// Shows only the rows that match `text`, from the first one.
  private mutating func applyFilter(_ text: String) {
    view.filter = text
    view.list = Scroller()
    view.details = Scroller()
    view.reader = nil
  }

  /// The entities of `entities` whose name matches `filter` with the search's matcher.
  static func filtered(_ entities: [Entity], by filter: String) -> [Entity] {
    let query = SearchQuery(filter)
    guard !query.isEmpty else { return entities }
    return entities.filter { FuzzyMatcher.match(query, in: $0.name) != nil }
  }

  /// The hits of `hits` whose entity's name matches `filter` with the search's matcher, in
  /// the results' order.
  static func filtered(_ hits: [CatalogHit], by filter: String) -> [CatalogHit] {
    let query = SearchQuery(filter)
    guard !query.isEmpty else { return hits }
    return hits.filter { FuzzyMatcher.match(query, in: $0.entity.name) != nil }
  }

  /// The pages of `pages` whose title matches `filter` with the search's matcher.
  static func filtered(_ pages: [any PageView.Type], by filter: String) -> [any PageView.Type] {
    let query = SearchQuery(filter)
    guard !query.isEmpty else { return pages }
    return pages.filter { FuzzyMatcher.match(query, in: $0.title) != nil }
  }

  /// The places of `places` whose entity's name, as `shield` lets it show, matches
  /// `filter` with the search's matcher, in list order: one match per row, linear in the
  /// list. A hidden name is never matched, lest the filter say what it hides.
  static func filtered(
    _ places: [UInt32], by filter: String, in catalog: Catalog, shield: SpoilerShield
  ) -> [UInt32] {
    let query = SearchQuery(filter)
    guard !query.isEmpty else { return places }
    return places.filter {
      FuzzyMatcher.match(query, in: shield.name(of: catalog.entities[Int($0)])) != nil
    }
  }
}
