import ShowModel
import TerminalCells

/// A view that is a page of its own, in the details pane's place: reached by following a
/// link to its id (`DetailTarget.page`) or from the search results, kept in history like an
/// entity's details, closed with `q`, Esc or Back. A page is one file that conforms, its
/// keymap rows, and one line in `BrowserViews.registered`; the browser keeps its state (the
/// open page's id in `View.page`, its selection and scroll in `View.details`), moves
/// through its blocks and follows their links as it does on a details page.
protocol PageView: BrowserView {
  /// The page's id, as links and `tvbrowse show` name it.
  static var pageID: String { get }
  /// The page's title, for its pane header, the title line and the search results.
  static var title: String { get }
  /// Words besides the title that a search finds the page by.
  static var keywords: [String] { get }
  /// The page's blocks, headings included, as `shield` lets them show; built when the
  /// page is opened or the shield changes.
  static func blocks(of catalog: Catalog, shield: SpoilerShield) -> [DetailBlock]
  /// The page's position in its own words, from the selected block ("point 2/4").
  static func position(selecting index: Int, of blocks: [DetailBlock]) -> String
}

extension PageView {
  /// A page's keys: its own, then those every page shares.
  static var scopes: [KeyScope] { [scope, .page] }

  static func isOpen(in state: BrowserState) -> Bool { state.view.page == pageID }

  static func hasKeyboard(in state: BrowserState) -> Bool {
    isOpen(in: state) && state.view.focus == .details
  }

  static func position(in state: BrowserState) -> String {
    position(selecting: state.view.details.selection, of: state.detailBlocks)
  }

  static func draw(
    _ state: BrowserState, _ layout: Layout, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    guard let rect = layout.details else { return }
    DetailsPane.draw(
      state, rect, layout.detailLines, theme, into: &buffer, title: title,
      position: position(selecting: state.view.details.selection, of: state.detailBlocks))
  }

  /// "point 2/4": the linked block (`unit`) the selection is on or under, of all the page's
  /// linked blocks; `none` when there are none.
  static func linkPosition(
    selecting index: Int, of blocks: [DetailBlock], unit: String, none: String
  ) -> String {
    var current = 0
    var total = 0
    for (offset, block) in blocks.enumerated() {
      guard case .entity = block.target else { continue }
      total += 1
      if offset <= index { current = total }
    }
    return total == 0 ? none : "\(unit) \(max(current, 1))/\(total)"
  }

  /// True when every word of `query` begins a word of the title or the keywords, ignoring
  /// case; an empty query finds no page.
  static func matches(_ query: String) -> Bool {
    let terms = query.lowercased().split(whereSeparator: \.isWhitespace)
    guard !terms.isEmpty else { return false }
    let words = ([title] + keywords).joined(separator: " ").lowercased()
      .split { !$0.isLetter && !$0.isNumber }
    return terms.allSatisfy { term in words.contains { $0.hasPrefix(term) } }
  }
}
