import TerminalCells

/// The sections pane (or the tabs on narrow screens) of the main view.
enum SectionsView: BrowserView {
  static let scope = KeyScope.global
  static let hints = [
    KeyHint([.moveDown, .moveUp], "section"), KeyHint([.follow], "list"),
    KeyHint(Section.allCases.map { .jumpToSection($0) }, "jump"), KeyHint([.startSearch], "search"),
    KeyHint([.toggleHelp], "help"), KeyHint([.quit], "quit"),
  ]

  static func isOpen(in state: BrowserState) -> Bool { true }

  static func hasKeyboard(in state: BrowserState) -> Bool { state.view.focus == .sections }

  static func position(in state: BrowserState) -> String {
    "\((state.section?.rawValue ?? 0) + 1)/\(Section.allCases.count)"
  }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    if let rect = layout.tabs {
      TabBar.draw(state, rect, layout.tabPlaces, theme, into: &buffer)
    }
    if let rect = layout.sections {
      SectionsPane.draw(state, rect, layout.sectionItems, theme, into: &buffer)
    }
  }
}

/// The list pane of the main view: a section's entities.
enum ListView: BrowserView {
  static let scope = KeyScope.global
  static let hints = [
    KeyHint([.moveDown, .moveUp], "move"), KeyHint([.follow], "details"),
    KeyHint([.focusLeft, .focusRight], "panes"), KeyHint([.startSearch], "search"),
    KeyHint([.toggleHelp], "help"), KeyHint([.quit], "quit"),
  ]

  static func isOpen(in state: BrowserState) -> Bool { true }

  static func hasKeyboard(in state: BrowserState) -> Bool { state.view.focus == .list }

  static func position(in state: BrowserState) -> String { state.listPosition }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard case .section = state.view.source, let rect = layout.list else { return }
    ListPane.draw(state, rect, layout.listItems, theme, into: &buffer)
  }
}

/// The details pane of the main view: the selected entity's page of links and quotes.
enum DetailsView: BrowserView {
  static let scope = KeyScope.global
  static let hints = [
    KeyHint([.moveDown, .moveUp], "move"), KeyHint([.follow], "follow"),
    KeyHint([.back], "back", preferring: .backspace), KeyHint([.startSearch], "search"),
    KeyHint([.toggleHelp], "help"), KeyHint([.quit], "quit"),
  ]

  static func isOpen(in state: BrowserState) -> Bool { true }

  static func hasKeyboard(in state: BrowserState) -> Bool { state.view.focus == .details }

  static func position(in state: BrowserState) -> String {
    let blocks = state.detailBlocks
    let selectable = blocks.indices.filter { !blocks[$0].isHeading }
    let index = (selectable.firstIndex(of: state.view.details.selection) ?? 0) + 1
    return "\(selectable.isEmpty ? 0 : index)/\(selectable.count)"
  }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard state.view.reader == nil, state.view.page == nil, let rect = layout.details else {
      return
    }
    DetailsPane.draw(state, rect, layout.detailLines, theme, into: &buffer)
  }
}
