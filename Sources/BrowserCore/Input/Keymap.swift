import TerminalCells

/// What a key asks the browser to do.
public enum Action: Sendable, Equatable {
  /// Move the selection (or scroll) in the focused pane.
  case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
  /// Move the focus between panes.
  case focusLeft, focusRight, focusNext, focusPrevious
  /// Go to a section.
  case jumpToSection(Section)
  /// Follow the selected link; go back or forward in history.
  case follow, back, forward
  /// Open the search line; step through the results.
  case startSearch, nextResult, previousResult
  /// Show or hide the help; quit; cancel what is open; repaint the whole screen.
  case toggleHelp, quit, cancel, repaint
  /// Keep the results, or edit the search line.
  case acceptSearch, deleteCharacter, deleteWord, clearLine
}

/// Where a binding applies: everywhere, or only while one mode is active.
public enum KeyScope: Sendable, Equatable {
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
  /// While any page is open (after the page's own keys).
  case page
  /// While the Disagreements page is open.
  case disagreements

  /// The word the help overlay puts before a binding of this scope, if any.
  public var helpLabel: String? {
    switch self {
    case .anywhere, .global, .help: nil
    case .reader: "reader"
    case .results: "results"
    case .searchLine: "line"
    case .page: "page"
    case .disagreements: "disagreements"
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
  /// Searching.
  case search = "Search"
  /// Help and quitting.
  case general = "General"
}

/// Keys bound to an action, with the words the help overlay shows for them.
public struct Binding: Sendable, Equatable {
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
public struct Keymap: Sendable {
  /// Every binding, in help order.
  public let bindings: [Binding]

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
    if scope == .help || scope == .searchLine { return nil }
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
      _ keys: [Key], _ action: Action, _ group: BindingGroup, _ help: String,
      scope: KeyScope = .global
    ) -> Binding {
      Binding(keys: keys, action: action, scope: scope, group: group, help: help)
    }
    let sections = Section.allCases.map { section in
      bind(
        [.character(Character(String(section.rawValue + 1)))], .jumpToSection(section), .panes,
        "Go to \(section.title)")
    }
    return [
      bind([.down, .character("j")], .moveDown, .movement, "Next item"),
      bind([.up, .character("k")], .moveUp, .movement, "Previous item"),
      bind([.pageDown, .character(" ")], .pageDown, .movement, "Page down"),
      bind([.pageUp], .pageUp, .movement, "Page up"),
      bind([.control("d")], .halfPageDown, .movement, "Half a page down"),
      bind([.control("u")], .halfPageUp, .movement, "Half a page up"),
      bind([.home, .character("g")], .top, .movement, "First item"),
      bind([.end, .character("G")], .bottom, .movement, "Last item"),
      bind([.right, .character("l")], .focusRight, .panes, "Focus the pane to the right"),
      bind([.left, .character("h")], .focusLeft, .panes, "Focus the pane to the left"),
      bind([.tab], .focusNext, .panes, "Focus the next pane"),
      bind([.backTab], .focusPrevious, .panes, "Focus the previous pane"),
    ] + sections + [
      bind([.enter], .follow, .links, "Open the selected item or follow the link"),
      bind([.backspace, .character("H")], .back, .links, "Back"),
      bind([.character("L")], .forward, .links, "Forward again"),
      bind(
        [.escape, .character("q")], .back, .links, "Close the article, back to where you were",
        scope: .reader),
      bind(
        [.escape, .character("q")], .back, .links, "Close the page, back to where you were",
        scope: .page),
      bind([.character("/")], .startSearch, .search, "Search everything as you type"),
      bind([.character("n")], .nextResult, .search, "Next search result", scope: .results),
      bind([.character("N")], .previousResult, .search, "Previous search result", scope: .results),
      bind(
        [.escape, .character("q")], .cancel, .search, "Leave the search results",
        scope: .results),
      bind(
        [.enter], .acceptSearch, .search, "Keep the results in the list, focused",
        scope: .searchLine),
      bind(
        [.escape, .control("c")], .cancel, .search, "Cancel the search, back to where you were",
        scope: .searchLine),
      bind([.backspace], .deleteCharacter, .search, "Delete a character", scope: .searchLine),
      bind([.control("w")], .deleteWord, .search, "Delete a word", scope: .searchLine),
      bind([.control("u")], .clearLine, .search, "Delete the whole line", scope: .searchLine),
      bind([.character("?")], .toggleHelp, .general, "Show or hide this help"),
      bind([.character("q")], .quit, .general, "Quit at the main view, the show's sections"),
      bind(
        [.character("Q"), .control("c")], .quit, .general,
        "Quit from anywhere but the search line", scope: .anywhere),
      bind(
        [.control("l")], .repaint, .general, "Repaint the whole screen", scope: .anywhere),
      bind(
        [.escape, .character("?"), .character("q")], .toggleHelp, .general, "Close the help",
        scope: .help),
      bind([.down, .character("j")], .moveDown, .general, "Scroll the help down", scope: .help),
      bind([.up, .character("k")], .moveUp, .general, "Scroll the help up", scope: .help),
      bind([.pageDown, .character(" ")], .pageDown, .general, "Page the help down", scope: .help),
      bind([.pageUp], .pageUp, .general, "Page the help up", scope: .help),
    ]
  }()
}
