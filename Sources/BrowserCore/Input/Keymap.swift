import TerminalCells

/// What a key asks the browser to do.
public enum Action: Sendable, Equatable {
  /// Move the selection (or scroll) in the focused pane.
  case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
  /// Move the focus between panes.
  case focusLeft, focusRight, focusNext, focusPrevious
  /// Go to a section.
  case jumpToSection(Section)
  /// Go to the Library view: every show.
  case openLibrary
  /// Follow the selected link; go back or forward in history.
  case follow, back, forward
  /// Open the search line; step through the results; filter the list.
  case startSearch, nextResult, previousResult, startFilter
  /// Show or hide the help; quit; cancel what is open; repaint the whole screen.
  case toggleHelp, quit, cancel, repaint
  /// Keep the results, or edit the search line.
  case acceptSearch, deleteCharacter, deleteWord, clearLine
  /// Move the cursor of a typed line, or recall an earlier line of this run.
  case cursorLeft, cursorRight, cursorToStart, cursorToEnd, recallOlder, recallNewer
  /// Find text in the article in the reader; step through its matches; clear the find.
  case startFind, nextMatch, previousMatch, clearFind
  /// Mark the selected episode watched or unwatched; mark every episode up to it watched.
  case markWatched, markWatchedThrough
  /// Show the hidden spoiler selected; turn the spoiler shield off.
  case showSpoiler, turnShieldOff
}

/// Where a binding applies: everywhere, or only while one mode is active.
public enum KeyScope: Sendable, Hashable {
  /// Everywhere but the search line (where printable keys are text), before any other
  /// binding: the keys that must always answer.
  case anywhere
  /// In the panes (unless a mode below takes the key first).
  case global
  /// While an article is open in the reader.
  case reader
  /// In the list of search results.
  case results
  /// While the help overlay is open.
  case help
  /// While the search line is open; other printable keys are typed into it.
  case searchLine
  /// While the filter line is open; other printable keys are typed into it.
  case filterLine
  /// While the find line is open over the reader; other printable keys are typed into it.
  case findLine
  /// While a kept find highlights its matches in the reader.
  case readerFind
  /// In every typed line (the search line, and the lines that open over a view): the
  /// keys that edit the text.
  case typedLine
  /// While any page is open (after the page's own keys).
  case page
  /// While the Disagreements page is open.
  case disagreements
  /// While the Ratings page is open.
  case ratings

  /// True for the scopes of lines where printable keys are text, and for the help: no
  /// global binding falls through to them.
  var holdsEveryKey: Bool {
    [.help, .searchLine, .filterLine, .findLine, .typedLine].contains(self)
  }

  /// The word the help overlay puts before a binding of this scope, if any.
  public var helpLabel: String? {
    switch self {
    case .anywhere, .global, .help: nil
    case .reader: "reader"
    case .results: "results"
    case .searchLine: "search"
    case .findLine: "find"
    case .readerFind: "found"
    case .filterLine: "filter"
    case .typedLine: "line"
    case .page: "page"
    case .disagreements: "disagreements"
    case .ratings: "ratings"
    }
  }
}

/// The groups the help overlay lists bindings under, in order.
public enum BindingGroup: String, Sendable, CaseIterable {
  /// Moving the selection.
  case movement = "Moving"
  /// Moving between panes and sections.
  case panes = "Panes and sections"
  /// Following links and history.
  case links = "Links and history"
  /// The article reader.
  case reader = "In the article reader"
  /// Searching.
  case search = "Search"
  /// Marking episodes watched.
  case progress = "Watched episodes"
  /// Help and quitting.
  case general = "General"
}

/// Keys bound to an action, with the words the help overlay shows for them.
public struct Binding: Sendable, Equatable {
  /// The binding's stable name, as a keys file writes it ("move-down", "quit").
  public var name: String
  /// The keys, the first one shown first.
  public var keys: [Key]
  /// The action.
  public var action: Action
  /// Where it applies.
  public var scope: KeyScope
  /// The help group.
  public var group: BindingGroup
  /// What it does, in a few words.
  public var help: String
}

/// The table of key bindings: the dispatcher and the help overlay both read it, so they
/// cannot disagree.
public struct Keymap: Sendable, Equatable {
  /// Every binding, in help order.
  public internal(set) var bindings: [Binding]

  /// The browser's keymap.
  public static let standard = Keymap(bindings: standardBindings)

  /// The action for `key` in `scope`, then in the bindings that hold anywhere, falling back
  /// to the global bindings outside the help and the search line. The scope comes first so
  /// that the search line's Ctrl-C cancels the search instead of quitting.
  public func action(for key: Key, in scope: KeyScope) -> Action? {
    if scope != .global,
      let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) })
    {
      return binding.action
    }
    if let binding = bindings.first(where: { $0.scope == .anywhere && $0.keys.contains(key) }) {
      return binding.action
    }
    if scope.holdsEveryKey { return nil }
    return bindings.first { $0.scope == .global && $0.keys.contains(key) }?.action
  }

  /// The action for `key` in the first of `scopes` that binds it, else in the global
  /// bindings; for the panes, where the reader and the results can both be open.
  public func action(for key: Key, in scopes: [KeyScope]) -> Action? {
    for scope in [KeyScope.anywhere] + scopes + [.global] {
      if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
        return binding.action
      }
    }
    return nil
  }

  private static let standardBindings: [Binding] = {
    func bind(
      _ name: String, _ keys: [Key], _ action: Action, _ group: BindingGroup, _ help: String,
      scope: KeyScope = .global
    ) -> Binding {
      Binding(name: name, keys: keys, action: action, scope: scope, group: group, help: help)
    }
    let sections = Section.allCases.map { section in
      bind(
        "section-\(section.rawValue + 1)", [.character(Character(String(section.rawValue + 1)))],
        .jumpToSection(section), .panes, "Go to \(section.title)")
    }
    return [
      bind("move-down", [.down, .character("j")], .moveDown, .movement, "Next item"),
      bind("move-up", [.up, .character("k")], .moveUp, .movement, "Previous item"),
      bind("page-down", [.pageDown, .character(" ")], .pageDown, .movement, "Page down"),
      bind("page-up", [.pageUp], .pageUp, .movement, "Page up"),
      bind("half-page-down", [.control("d")], .halfPageDown, .movement, "Half a page down"),
      bind("half-page-up", [.control("u")], .halfPageUp, .movement, "Half a page up"),
      bind("top", [.home, .character("g")], .top, .movement, "First item"),
      bind("bottom", [.end, .character("G")], .bottom, .movement, "Last item"),
      bind(
        "focus-right", [.right, .character("l")], .focusRight, .panes, "Focus the pane to the right"
      ),
      bind(
        "focus-left", [.left, .character("h")], .focusLeft, .panes, "Focus the pane to the left"),
      bind("focus-next", [.tab], .focusNext, .panes, "Focus the next pane"),
      bind("focus-previous", [.backTab], .focusPrevious, .panes, "Focus the previous pane"),
    ] + sections + [
      bind("library", [.character("0")], .openLibrary, .panes, "Go to the Library: every show"),
      bind("follow", [.enter], .follow, .links, "Open the selected item or follow the link"),
      bind("back", [.backspace, .character("H")], .back, .links, "Back"),
      bind("forward", [.character("L")], .forward, .links, "Forward again"),
      bind(
        "close-reader", [.escape, .character("q")], .back, .reader,
        "Close the article, back to where you were",
        scope: .reader),
      bind(
        "close-page", [.escape, .character("q")], .back, .links,
        "Close the page, back to where you were", scope: .page),
      bind("search", [.character("/")], .startSearch, .search, "Search everything as you type"),
      bind(
        "next-result", [.character("n")], .nextResult, .search, "Next search result",
        scope: .results),
      bind(
        "previous-result", [.character("N")], .previousResult, .search, "Previous search result",
        scope: .results),
      bind(
        "leave-results", [.escape, .character("q")], .cancel, .search, "Leave the search results",
        scope: .results),
      bind(
        "keep-search", [.enter], .acceptSearch, .search, "Keep the results in the list, focused",
        scope: .searchLine),
      bind(
        "cancel-search", [.escape, .control("c")], .cancel, .search,
        "Cancel the search, back to where you were",
        scope: .searchLine),
      bind(
        "find", [.character("/")], .startFind, .search, "Find text in the article",
        scope: .reader),
      bind(
        "keep-find", [.enter], .acceptSearch, .search,
        "Keep the find; n and N move between its matches", scope: .findLine),
      bind(
        "cancel-find", [.escape, .control("c")], .cancel, .search,
        "Cancel the find, back to where you were", scope: .findLine),
      bind(
        "next-match", [.character("n")], .nextMatch, .search, "Next match in the article",
        scope: .readerFind),
      bind(
        "previous-match", [.character("N")], .previousMatch, .search,
        "Previous match in the article", scope: .readerFind),
      bind(
        "clear-find", [.escape], .clearFind, .search, "Clear the find's highlights",
        scope: .readerFind),
      bind("filter", [.character("f")], .startFilter, .search, "Filter the list as you type"),
      bind(
        "keep-filter", [.enter], .acceptSearch, .search, "Keep the filter, back to the list",
        scope: .filterLine),
      bind(
        "clear-filter", [.escape, .control("c")], .cancel, .search, "Clear the filter",
        scope: .filterLine),
      bind(
        "cursor-left", [.left], .cursorLeft, .search, "Move the cursor left", scope: .typedLine),
      bind(
        "cursor-right", [.right], .cursorRight, .search, "Move the cursor right",
        scope: .typedLine),
      bind(
        "cursor-to-start", [.home, .control("a")], .cursorToStart, .search,
        "Move the cursor to the start", scope: .typedLine),
      bind(
        "cursor-to-end", [.end, .control("e")], .cursorToEnd, .search,
        "Move the cursor to the end", scope: .typedLine),
      bind(
        "delete-character", [.backspace], .deleteCharacter, .search,
        "Delete left of the cursor; close an empty line", scope: .typedLine),
      bind(
        "delete-word", [.control("w")], .deleteWord, .search,
        "Delete the word left of the cursor", scope: .typedLine),
      bind(
        "delete-line", [.control("u")], .clearLine, .search,
        "Delete everything left of the cursor", scope: .typedLine),
      bind(
        "recall-older", [.up], .recallOlder, .search, "Recall an earlier line of this run",
        scope: .typedLine),
      bind(
        "recall-newer", [.down], .recallNewer, .search, "Recall a later line of this run",
        scope: .typedLine),
      bind(
        "watched", [.character("w")], .markWatched, .progress,
        "Mark the episode watched, or unwatched again"),
      bind(
        "watched-through", [.character("W")], .markWatchedThrough, .progress,
        "Mark every episode up to this one watched"),
      bind(
        "show-spoiler", [.character("s")], .showSpoiler, .progress,
        "Show the hidden spoiler selected"),
      bind(
        "spoilers-off", [.character("S")], .turnShieldOff, .progress,
        "Turn the spoiler shield off until you quit"),
      bind(
        "help", [.character("?"), .function(1)], .toggleHelp, .general, "Show or hide this help"),
      bind(
        "quit", [.character("q")], .quit, .general, "Quit at the main view, the show's sections"),
      bind(
        "quit-anywhere", [.character("Q"), .control("c")], .quit, .general,
        "Quit from anywhere but the search line", scope: .anywhere),
      bind(
        "repaint", [.control("l")], .repaint, .general, "Repaint the whole screen", scope: .anywhere
      ),
      bind(
        "close-help", [.escape, .character("?"), .character("q"), .function(1)], .toggleHelp,
        .general,
        "Close the help",
        scope: .help),
      bind(
        "help-down", [.down, .character("j")], .moveDown, .general, "Scroll the help down",
        scope: .help),
      bind(
        "help-up", [.up, .character("k")], .moveUp, .general, "Scroll the help up", scope: .help),
      bind(
        "help-page-down", [.pageDown, .character(" ")], .pageDown, .general, "Page the help down",
        scope: .help),
      bind("help-page-up", [.pageUp], .pageUp, .general, "Page the help up", scope: .help),
      bind(
        "help-top", [.home, .character("g")], .top, .general, "Go to the start of the help",
        scope: .help),
      bind(
        "help-bottom", [.end, .character("G")], .bottom, .general, "Go to the end of the help",
        scope: .help),
    ]
  }()
}
