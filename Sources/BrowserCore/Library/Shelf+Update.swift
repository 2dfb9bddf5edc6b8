import ShowModel
import TerminalCells

/// What an event in the Library view asks of the browser around it.
enum ShelfStep: Equatable {
  /// Only the view changed, or nothing: the outcome for the terminal.
  case done(Outcome)
  /// Open a show.
  case open(ShowRequest)
  /// Return to the show open behind the view.
  case returnToShow
}

extension Shelf {
  /// Applies one event to the Library view.
  mutating func apply(_ event: InputEvent) -> ShelfStep {
    if case .resize = event {} else { message = nil }
    // Behind the "too small" message only quitting and repainting act, as in a show:
    // nothing changes out of sight.
    if isTooSmall {
      switch event {
      case .resize: break
      case .interrupt: return .done(.quit)
      case .mouse: return .done(.ignored)
      case .key(let key):
        switch keymap.action(for: key, in: [KeyScope]()) {
        case .quit: return .done(.quit)
        case .repaint: return .done(.repaint)
        default: return .done(.ignored)
        }
      }
    }
    switch event {
    case .resize(let width, let height):
      self.width = max(width, 0)
      self.height = max(height, 0)
      clampScrolling()
      helpOffset = helpOffset.map {
        min($0, ShelfHelp.maximumOffset(keymap: keymap, height: self.height))
      }
      return .done(.redraw)
    case .interrupt:
      // Ctrl-C closes the search line, as it does in a show, and otherwise quits.
      guard line != nil else { return .done(.quit) }
      return .done(type(.control("c")))
    case .mouse(let mouse):
      guard helpOffset == nil else { return .done(.ignored) }
      return apply(mouse)
    case .key(let key):
      if helpOffset != nil { return .done(scrollHelp(key)) }
      if line != nil { return .done(type(key)) }
      return apply(key)
    }
  }

  /// A key while the help is open: its own keys scroll or close it; it holds every other.
  private mutating func scrollHelp(_ key: Key) -> Outcome {
    guard let action = keymap.action(for: key, in: .help), let offset = helpOffset else {
      return .ignored
    }
    let page = HelpOverlay.visibleRows(height: height)
    var next = offset
    switch action {
    case .quit: return .quit
    case .repaint: return .repaint
    case .toggleHelp, .cancel:
      helpOffset = nil
      return .redraw
    case .moveDown: next += 1
    case .moveUp: next -= 1
    case .pageDown: next += page
    case .pageUp: next -= page
    case .top: next = 0
    case .bottom: next = Int.max / 2
    default: return .ignored
    }
    helpOffset = min(max(next, 0), ShelfHelp.maximumOffset(keymap: keymap, height: height))
    return .redraw
  }

  /// A key in the list of shows or of results, through the keymap.
  private mutating func apply(_ key: Key) -> ShelfStep {
    let scopes: [KeyScope] = listsHits ? [.results] : []
    guard let action = keymap.action(for: key, in: scopes) else { return .done(.ignored) }
    switch action {
    case .moveUp, .previousResult: move(by: -1)
    case .moveDown, .nextResult: move(by: 1)
    case .pageUp: move(by: -visibleRows)
    case .pageDown: move(by: visibleRows)
    case .halfPageUp: move(by: -max(visibleRows / 2, 1))
    case .halfPageDown: move(by: max(visibleRows / 2, 1))
    case .top: move(by: Int.min / 2)
    case .bottom: move(by: Int.max / 2)
    case .follow:
      if let hit = selectedHit {
        return .open(ShowRequest(show: hit.show.id, entity: hit.hit.entity.id))
      }
      if let show = selectedShow { return .open(ShowRequest(show: show.id)) }
    case .startSearch:
      line = lineHistory
      listsHits = true
      replaceHits([], query: "")
      pendingQuery = nil
    case .cancel, .back:
      if listsHits {
        // Results nobody will see are not waited for.
        listsHits = false
        pendingQuery = nil
      } else if canReturn {
        return .returnToShow
      } else if action == .back {
        message = "Nothing to go back to: Enter opens the show selected"
      }
    case .openLibrary:
      message = "This is the Library: Enter opens a show, / searches every show"
    case .toggleHelp:
      helpOffset = 0
    case .quit: return .done(.quit)
    case .repaint: return .done(.repaint)
    default: return .done(.ignored)
    }
    return .done(.redraw)
  }

  /// A key while the search line is open: printable keys are text, the rest edit the line,
  /// keep the results or cancel the search.
  private mutating func type(_ key: Key) -> Outcome {
    if case .character(let character) = key {
      line?.insert(character)
      searchLineChanged()
      return .redraw
    }
    guard
      let action = keymap.action(for: key, in: .searchLine)
        ?? keymap.action(for: key, in: .typedLine)
    else { return .ignored }
    switch action {
    case .quit: return .quit
    case .repaint: return .repaint
    case .acceptSearch:
      if var editor = line {
        editor.commit()
        lineHistory = editor
      }
      line = nil
      if hitsQuery.isEmpty && pendingQuery == nil { listsHits = false }
    case .cancel:
      closeSearch()
    default:
      switch line?.perform(action) {
      case .edited: searchLineChanged()
      case .closeRequested: closeSearch()
      default: break
      }
    }
    return .redraw
  }

  /// Asks for the results of what the line holds now.
  private mutating func searchLineChanged() {
    guard let text = line?.text else { return }
    if text.allSatisfy(\.isWhitespace) {
      pendingQuery = nil
      replaceHits([], query: "")
    } else {
      pendingQuery = text
    }
  }

  /// Closes the search line and its results, back to the shows.
  private mutating func closeSearch() {
    line = nil
    pendingQuery = nil
    listsHits = false
  }

  /// A click selects the row under it, and opens it when it was selected already; the
  /// wheel scrolls three rows a notch, the selection staying while it is in view.
  private mutating func apply(_ mouse: MouseEvent) -> ShelfStep {
    switch mouse {
    case .click(let row, _):
      let index = rows.offset + row - 2
      guard row >= 2, row < 2 + visibleRows, index < rowCount, line == nil else {
        return .done(.ignored)
      }
      if index == rows.selection { return apply(.enter) }
      move(by: index - rows.selection)
    case .wheelUp: scroll(by: -3)
    case .wheelDown: scroll(by: 3)
    }
    return .done(.redraw)
  }
}
