import ShowModel
import TerminalCells

/// The browser's one update function: an event and the state in, the new state and what
/// the terminal should do out. Pure: no terminal, no clock, no files.
public enum BrowserUpdate {
  /// Applies `event` to `state`.
  public static func apply(_ event: InputEvent, to state: inout BrowserState) -> Outcome {
    if state.layout.tooSmall, let outcome = answerWhileTooSmall(event, state) { return outcome }
    // A message stays until the person acts; a resize (one comes at start) keeps it.
    if case .resize = event {} else { state.message = nil }
    defer {
      state.refreshCaches()
      state.placeFrame()
      state.growSearchIfScrolledNearItsEnd()
    }
    switch event {
    case .resize(let width, let height):
      state.width = max(width, 0)
      state.height = max(height, 0)
      // At another width the first block of the details wraps anew: it shows whole.
      state.view.details.hiddenLines = 0
      state.clampScrolling()
      state.help?.keepInRange(keymap: state.keymap, width: state.width, height: state.height)
      return .redraw
    case .mouse(let mouse):
      if state.help != nil { return scrollHelp(by: mouse, in: &state) }
      // The wheel scrolls under a typed line too (the results as the query is typed); it
      // never takes the keyboard from it, nor does a click.
      if case .click = mouse, state.isTyping { return .ignored }
      return apply(mouse, to: &state)
    case .key(let key):
      return apply(key, to: &state)
    case .interrupt:
      // Ctrl-C cancels an open typed line, as the keymap says, and otherwise quits.
      guard state.isTyping else { return .quit }
      return apply(.control("c"), to: &state)
    }
  }

  /// What an event does while the terminal is too small and the browser is hidden behind
  /// the message that says so: quitting and repainting answer, other keys and clicks do
  /// nothing, since their effect could not be seen; nil for a resize, which applies.
  private static func answerWhileTooSmall(_ event: InputEvent, _ state: BrowserState) -> Outcome? {
    switch event {
    case .resize: return nil
    case .interrupt: return .quit
    case .mouse: return .ignored
    case .key(let key):
      switch state.keymap.action(for: key, in: [KeyScope]()) {
      case .quit: return .quit
      case .repaint: return .repaint
      default: return .ignored
      }
    }
  }

  /// Scrolls the help overlay with the wheel, three lines a notch; clicks do nothing there.
  private static func scrollHelp(by mouse: MouseEvent, in state: inout BrowserState) -> Outcome {
    let action: Action
    switch mouse {
    case .click: return .ignored
    case .wheelUp: action = .moveUp
    case .wheelDown: action = .moveDown
    }
    for _ in 0..<BrowserState.wheelRows { state.scrollHelp(action) }
    return .redraw
  }

  /// Offers `key` to the open views, topmost first, then dispatches it through the keymap
  /// in their scopes.
  private static func apply(_ key: Key, to state: inout BrowserState) -> Outcome {
    let stack = BrowserViews.stack(of: state).reversed()
    for view in stack {
      if let outcome = view.handle(key, in: &state) { return outcome }
    }
    let scopes = stack.flatMap { $0.scopes }.filter { $0 != .global }
    guard let action = state.keymap.action(for: key, in: scopes) else { return .ignored }
    return state.perform(action)
  }
}

extension BrowserState {
  /// The layout of the current screen.
  public var layout: Layout {
    Layout.compute(
      width: width, height: height, focus: view.focus,
      reading: (view.reader != nil || view.page != nil) && view.focus == .details)
  }

  /// True while a line that takes typed text is open (the search line, the filter line).
  var isTyping: Bool { search != nil || filterLine != nil || find?.isTyping == true }

  /// Carries out one action from the keymap.
  mutating func perform(_ action: Action) -> Outcome {
    switch action {
    case .moveUp: move(by: -1)
    case .moveDown: move(by: 1)
    case .pageUp: move(by: -pageSize)
    case .pageDown: move(by: pageSize)
    case .halfPageUp: move(by: -max(pageSize / 2, 1))
    case .halfPageDown: move(by: max(pageSize / 2, 1))
    case .top: move(by: Int.min / 2)
    case .bottom:
      if view.focus == .list { selectLastResultOrRow() } else { move(by: Int.max / 2) }
    case .focusLeft: focus(by: -1, wrapping: false)
    case .focusRight: focus(by: 1, wrapping: false)
    case .focusNext: focus(by: 1, wrapping: true)
    case .focusPrevious: focus(by: -1, wrapping: true)
    case .jumpToSection(let section):
      if self.section != section || view.focus != .list {
        back.append(view)
        forward.removeAll()
      }
      show(section)
    case .openLibrary: departure = .library
    case .markWatched: markSelectedEpisode(through: false)
    case .markWatchedThrough: markSelectedEpisode(through: true)
    case .showSpoiler: showSelectedSpoiler()
    case .turnShieldOff: turnShieldOff()
    case .follow: follow()
    case .back: goBack()
    case .forward: goForward()
    case .startSearch:
      search = SearchLine(editor: searchHistory, before: view)
      replaceResults([], query: "")
      view = View(source: .search(""), focus: .list)
      // The empty query's search builds the names' index, on a worker thread in the
      // terminal, so that the first character typed does not wait for it.
      pendingQuery = ""
    case .startFilter: startFilter()
    case .startFind: startFind()
    case .nextMatch: stepMatch(by: 1)
    case .previousMatch: stepMatch(by: -1)
    case .clearFind: find = nil
    case .nextResult: stepResult(by: 1)
    case .previousResult: stepResult(by: -1)
    case .cancel: goBack()
    case .toggleHelp: help = HelpView()
    case .quit: return .quit
    case .repaint: return .repaint
    case .acceptSearch, .deleteCharacter, .deleteWord, .clearLine, .cursorLeft, .cursorRight,
      .cursorToStart, .cursorToEnd, .recallOlder, .recallNewer:
      return .ignored
    }
    return .redraw
  }

  // MARK: - Moving

  /// Rows a page moves in the focused pane.
  var pageSize: Int {
    let layout = layout
    let rect = view.focus == .details ? layout.details : layout.list
    return max((rect?.height ?? 2) - 2, 1)
  }

  private mutating func move(by delta: Int) {
    switch view.focus {
    case .sections:
      guard let current = section else {
        show(
          delta > 0 ? Section.allCases[0] : Section.allCases[Section.allCases.count - 1],
          focus: .sections)
        return
      }
      let index = clamp(current.rawValue + delta, count: Section.allCases.count)
      if index != current.rawValue { show(Section.allCases[index], focus: .sections) }
    case .list:
      let count = listCount
      guard count > 0 else { return }
      let selection = clamp(view.list.selection + delta, count: count)
      if selection != view.list.selection { selectListRow(selection) }
      keepListVisible()
    case .details:
      if view.reader != nil {
        scrollReader(by: delta)
      } else if abs(delta) > 1 {
        moveDetailSelection(byRows: delta)
      } else {
        moveDetailSelection(by: delta)
      }
    }
  }

  private func clamp(_ value: Int, count: Int) -> Int {
    min(max(value, 0), max(count - 1, 0))
  }

  private mutating func focus(by delta: Int, wrapping: Bool) {
    let panes = Pane.allCases
    guard let index = panes.firstIndex(of: view.focus) else { return }
    var next = index + delta
    if wrapping {
      next = (next + panes.count) % panes.count
    } else {
      next = min(max(next, 0), panes.count - 1)
    }
    view.focus = panes[next]
    if view.focus == .details && view.reader == nil { ensureDetailSelection() }
    clampScrolling()
  }

  /// Lists a section, selecting its first entity.
  mutating func show(_ section: Section, focus: Pane = .list) {
    view = View(source: .section(section), focus: focus)
  }

  // MARK: - Following links and history

  private mutating func follow() {
    switch view.focus {
    case .sections:
      view.focus = .list
    case .list:
      if let page = selectedPage {
        open(.page(page))
        return
      }
      guard let entity = selectedEntity else { return }
      if case .search = view.source {
        open(.entity(entity.id))
      } else {
        // Where the details replace the list (below 60 columns), opening them is a step
        // that Back undoes, back to the list.
        if layout.details == nil {
          back.append(view)
          forward.removeAll()
        }
        view.focus = .details
        view.detailsOpenedFromList = true
        ensureDetailSelection()
      }
    case .details:
      guard view.reader == nil else { return }
      let blocks = detailBlocks
      guard blocks.indices.contains(view.details.selection),
        let target = blocks[view.details.selection].target
      else {
        message = "Nothing to follow here: links start with →, quotes with “"
        return
      }
      open(target)
    }
  }

  /// Goes to a link's target, remembering the current view for Back.
  mutating func open(_ target: DetailTarget) {
    if case .spoiler(let key) = target {
      showSpoiler(key)
      return
    }
    if case .otherShow(let other) = target {
      departure = .otherShow(other)
      return
    }
    if case .entity(let id) = target, catalog.entity(id) == nil { return }
    if case .page(let id) = target, BrowserViews.page(withID: id) == nil {
      message = "No page “\(id)” in this browser"
      return
    }
    back.append(view)
    forward.removeAll()
    switch target {
    case .entity(let id):
      guard let place = catalog.place(of: id) else { return }
      let section = Section.containing(catalog.entities[place].kind)
      let index = section == .show ? 0 : sectionMembers.row(ofPlace: place) ?? 0
      view = View(source: .section(section), list: Scroller(selection: index), focus: .details)
      refreshCaches()
      keepListVisible()
      ensureDetailSelection()
    case .citation(let source, let quote):
      // Laid out and scrolled to the quote before the next frame (`layOutReader`).
      view.page = nil
      view.reader = ArticleReaderView(source: source, quote: quote)
      view.focus = .details
    case .page(let id):
      // The page takes the details pane's place, its blocks and its scroll position.
      view.page = id
      view.reader = nil
      view.details = Scroller()
      view.focus = .details
      refreshCaches()
      ensureDetailSelection()
    case .otherShow, .spoiler:
      break
    }
  }

  private mutating func goBack() {
    // Details opened from the list at full width, then narrowed to stand in the list's
    // place: no step of history holds the list, and Back returns to it all the same.
    if view.detailsOpenedFromList, view.focus == .details, view.reader == nil, view.page == nil,
      layout.list == nil, back.last?.source != view.source || back.last?.focus != .list
    {
      view.focus = .list
      keepListVisible()
      return
    }
    guard let previous = back.popLast() else {
      if let show = backLeadsTo {
        departure = .previousShow
        message = "Back to \(show)…"
      } else {
        message = "Nothing to go back to"
      }
      return
    }
    forward.append(view)
    restore(previous)
  }

  private mutating func goForward() {
    guard let next = forward.popLast() else {
      message = "Nothing to go forward to"
      return
    }
    back.append(view)
    restore(next)
  }

  private mutating func stepResult(by delta: Int) {
    let count = listCount
    guard count > 0 else { return }
    // Back from the first result wraps to the last one the search finds, not the last held.
    if delta < 0 && view.list.selection == 0 {
      selectLastResult()
      return
    }
    selectListRow((view.list.selection + delta + count) % count)
    keepListVisible()
  }

  /// End in the list: the last row, of every result the search finds when it lists results.
  private mutating func selectLastResultOrRow() {
    if case .search = view.source {
      selectLastResult()
    } else {
      move(by: Int.max / 2)
    }
  }

  /// Returns to a view from history, searching again when it lists other results than
  /// the ones at hand.
  mutating func restore(_ previous: View) {
    if case .search(let query) = previous.source, query != resultsQuery {
      pendingQuery = nil
      // Typing reset the limit to a screenful: ask again for what the view held.
      searchLimit = searchLimit(restoring: previous)
      let found = results(for: query)
      replaceResults(
        found.hits, query: query, areCut: found.areCut, awaitIndex: !found.isComplete)
    }
    view = previous
    refreshCaches()
    clampScrolling()
  }
}
