import ShowModel

extension BrowserState {
  /// Opens the find line over the article in the reader, or the search line when the
  /// reader does not have the keyboard.
  mutating func startFind() {
    guard let reader = view.reader, view.focus == .details else {
      _ = perform(.startSearch)
      return
    }
    find = ReaderFindView(editor: findHistory, source: reader.source, origin: reader.offset ?? 0)
  }

  /// Types one character into the find line at its cursor; the matches are found again.
  mutating func typeInFind(_ character: Character) {
    find?.editor.insert(character)
  }

  /// Carries out an action of the find line: keeping the find, cancelling it, or editing
  /// the line.
  mutating func editFind(_ action: Action) {
    guard var line = find else { return }
    switch action {
    case .acceptSearch:
      leaveFindLine(&line)
      find = line.editor.isEmpty ? nil : line
      return
    case .cancel:
      leaveFindLine(&line)
      find = nil
      view.reader?.returnTo(line.origin)
      return
    default:
      break
    }
    if line.editor.perform(action) == .closeRequested {
      editFind(.cancel)
    } else {
      find = line
    }
  }

  /// Closes the find line, keeping its text in this run's history and in the find.
  private mutating func leaveFindLine(_ line: inout ReaderFindView) {
    let text = line.editor.text
    line.editor.commit()
    findHistory = line.editor
    line.editor.replace(with: text)
    line.isTyping = false
  }

  /// Makes the next match (or the previous, for a negative `delta`) current and scrolls to it.
  mutating func stepMatch(by delta: Int) {
    guard var line = find, let matches = readerMatches, !matches.isEmpty else {
      message = "No match in the article"
      return
    }
    line.current = (line.current + delta + matches.count) % matches.count
    find = line
    scrollToCurrentMatch()
  }

  /// Drops the find when the reader it was in has closed or shows another article.
  mutating func dropFindOutsideItsArticle() {
    if let line = find, view.reader?.source != line.source { find = nil }
  }

  /// What the matches of the find depend on, when there is a find with text to look for.
  private var findKey: ReaderFindKey? {
    guard let line = find, !line.editor.isEmpty, let layout = readerLayoutKey else { return nil }
    return ReaderFindKey(query: line.editor.text, layout: layout)
  }

  /// The find still to run, if any: the find's text in the laid-out article.
  public var pendingFind: ReaderFindRequest? {
    guard let key = findKey, let content = readerContent, foundMatches?.key != key else {
      return nil
    }
    return ReaderFindRequest(key: key, lines: content.lines)
  }

  /// The matches of the find in the article as laid out now; nil while still to be found.
  public var readerMatches: [ReaderMatch]? {
    guard let key = findKey, let found = foundMatches, found.key == key else { return nil }
    return found.matches
  }

  /// Takes matches found elsewhere (another thread) if the find still needs them: the first
  /// one from where the find began becomes current, and the reader scrolls to it.
  public mutating func adopt(_ matches: [ReaderMatch], for request: ReaderFindRequest) {
    guard request.key == findKey, var line = find else { return }
    let sameText = foundMatches?.key.query == request.key.query
    foundMatches = (request.key, matches)
    if !sameText {
      line.current = matches.firstIndex { $0.line >= line.origin } ?? 0
    }
    line.current = min(line.current, max(matches.count - 1, 0))
    find = line
    scrollToCurrentMatch()
  }

  /// Scrolls the reader so that the current match shows, near the top third of the pane.
  private mutating func scrollToCurrentMatch() {
    guard let line = find, let matches = readerMatches, matches.indices.contains(line.current)
    else { return }
    scrollReader(toShow: matches[line.current].line)
  }

  /// The find's counter for the status line: "2/5", "no match" when nothing matches, "…"
  /// while the matches are being found.
  var findCounter: String {
    guard let line = find, !line.editor.isEmpty else { return "" }
    guard let matches = readerMatches else { return "…" }
    return matches.isEmpty ? Self.noMatch : "\(line.current + 1)/\(matches.count)"
  }

  /// What the status line says of a find that matches nothing in the article.
  static let noMatch = "no match"
}
