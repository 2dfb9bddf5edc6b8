import TerminalCells

/// The search line at the bottom, while a search is typed: printable keys are text.
enum SearchLineView: BrowserView {
  static let scope = KeyScope.searchLine
  static let hints: [KeyHint] = []

  static func isOpen(in state: BrowserState) -> Bool { state.search != nil }

  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? {
    TypedLine.handle(
      key, scope: .searchLine, in: &state, type: { $0.typeInSearch($1) },
      edit: { $0.editSearch($1) })
  }

  static func position(in state: BrowserState) -> String { "" }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let search = state.search else { return }
    TypedLine.draw(
      search.editor, prompt: "/", status: status(state, search),
      hints: [KeyHint([.acceptSearch], "keep"), KeyHint([.cancel], "cancel")], scope: scope,
      keymap: state.keymap, layout.status, theme, into: &buffer)
  }

  /// The count of results (the pages listed count with the entities, and the count of a
  /// search that found more than it lists ends in "+"), or, before anything is typed, what
  /// to do, or, while the search still runs, that it does: the results held then are the
  /// last query's, and their count would be wrong. While the descriptions and quotes are
  /// indexed, the results listed are those of the names, and the line says so.
  static func status(_ state: BrowserState, _ search: SearchLine) -> String {
    guard !search.query.isEmpty else { return "type to search" }
    guard state.pendingQuery == nil else { return "searching…" }
    let count = state.results.count + state.listPages.count
    let shown = state.resultsAreCut ? "\(count)+" : String(count)
    let indexing = state.resultsAwaitIndex ? ", indexing…" : ""
    return shown + (count == 1 ? " result" : " results") + indexing
  }
}
