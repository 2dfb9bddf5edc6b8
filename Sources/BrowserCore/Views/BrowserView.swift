import TerminalCells

/// One view of the browser, as tig's view_ops: its own keys (a keymap scope), its drawing,
/// its position and its key hints. A new view is one file that conforms, its keymap rows,
/// and one line in `BrowserViews.registered`.
protocol BrowserView {
  /// The keymap rows that are this view's own keys; `.global` for the panes.
  static var scope: KeyScope { get }
  /// The scopes the view's keys are looked up in, its own first.
  static var scopes: [KeyScope] { get }
  /// The hints the status line shows while this view has the keyboard, most useful first.
  static var hints: [KeyHint] { get }
  /// True when the view is open in `state`.
  static func isOpen(in state: BrowserState) -> Bool
  /// True when the view has the keyboard: its hints and position are on the status line.
  static func hasKeyboard(in state: BrowserState) -> Bool
  /// Handles a key before the keymap does, for a view that takes typed text or holds every
  /// key (the help, the search line); nil hands the key to the keymap.
  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome?
  /// Where the view is ("3/12"), for the status line.
  static func position(in state: BrowserState) -> String
  /// Draws the view into the frame, in the rectangles of `layout`.
  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer)
}

extension BrowserView {
  /// Most views have their own scope only.
  static var scopes: [KeyScope] { [scope] }
  /// Most views take no typed text: the keymap dispatches their keys.
  static func handle(_ key: Key, in state: inout BrowserState) -> Outcome? { nil }
  /// Most views have the keyboard whenever they are open.
  static func hasKeyboard(in state: BrowserState) -> Bool { isOpen(in: state) }
}

/// The registered views, bottom of the stack first: the main view's panes, then the views
/// that open over them.
enum BrowserViews {
  /// Every view, in stacking order; a view opened later draws over one before it.
  static var registered: [any BrowserView.Type] {
    [
      SectionsView.self,
      ListView.self,
      DetailsView.self,
      SearchResultsView.self,
      ArticleReaderView.self,
      ReaderFindView.self,
      DisagreementsView.self,
      RatingsView.self,
      HelpView.self,
      SearchLineView.self,
      FilterLineView.self,
      FindLineView.self,
    ]
  }

  /// The open views, bottom first.
  static func stack(of state: BrowserState) -> [any BrowserView.Type] {
    registered.filter { $0.isOpen(in: state) }
  }

  /// The registered pages: the views reached by a link or a search, each with a page id.
  static var pages: [any PageView.Type] {
    registered.compactMap { $0 as? any PageView.Type }
  }

  /// The registered page with `id`, if any.
  static func page(withID id: String) -> (any PageView.Type)? {
    pages.first { $0.pageID == id }
  }

  /// The view that has the keyboard: the topmost open one that says so.
  static func keyboardView(of state: BrowserState) -> any BrowserView.Type {
    stack(of: state).last { $0.hasKeyboard(in: state) } ?? SectionsView.self
  }
}
