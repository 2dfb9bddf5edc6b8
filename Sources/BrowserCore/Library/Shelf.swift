import ShowModel
import TerminalCells

/// The Library view's state: the shows, the selection, and a search across every show,
/// typed on a line at the bottom and listed in the shows' place.
public struct Shelf: Sendable {
  /// The shows, in the order listed.
  public private(set) var shows: [ShelfShow]
  /// The keys.
  let keymap: Keymap
  /// The terminal's size.
  var width: Int
  /// The terminal's size.
  var height: Int
  /// The selection and scroll in the shows.
  var showRows = Scroller()
  /// The search line, while it is typed into.
  var line: LineEditor?
  /// The queries typed in this run, for Up and Down in the search line.
  var lineHistory = LineEditor()
  /// The results of the last search across every show, best first; replaced with
  /// `replaceHits`, which puts the selection back on the first.
  public private(set) var hits: [ShelfHit] = []
  /// The query the results are for.
  public private(set) var hitsQuery = ""
  /// True when the search found more than the results hold.
  public private(set) var hitsAreCut = false
  /// The selection and scroll in the results.
  var hitRows = Scroller()
  /// True when the results stand in the shows' place.
  public internal(set) var listsHits = false
  /// The query whose results are still to come, while a search runs.
  public internal(set) var pendingQuery: String?
  /// A message for the status line, until the next key.
  public internal(set) var message: String?
  /// True when a show is open behind the Library view, for Back to return to.
  var canReturn = false
  /// The first line of the help shown, while the help is open.
  public internal(set) var helpOffset: Int?
  /// How wide the values of each column of the table are, measured once a list.
  private var valueWidths: ShelfColumns.ValueWidths

  /// The Library view of `shows`.
  init(shows: [ShelfShow], keymap: Keymap, width: Int, height: Int) {
    self.shows = shows
    valueWidths = ShelfColumns.valueWidths(of: shows)
    self.keymap = keymap
    self.width = width
    self.height = height
  }

  /// The rows the list has room for: all but the title, the header and the status line.
  var visibleRows: Int { max(height - 3, 1) }

  /// How many rows the list holds: the shows, or the results.
  var rowCount: Int { listsHits ? hits.count : shows.count }

  /// The selection and scroll of the list shown.
  var rows: Scroller {
    get { listsHits ? hitRows : showRows }
    set {
      if listsHits { hitRows = newValue } else { showRows = newValue }
    }
  }

  /// The show selected, when the shows are listed.
  public var selectedShow: ShelfShow? {
    guard !listsHits, shows.indices.contains(showRows.selection) else { return nil }
    return shows[showRows.selection]
  }

  /// The result selected, when the results are listed.
  public var selectedHit: ShelfHit? {
    guard listsHits, hits.indices.contains(hitRows.selection) else { return nil }
    return hits[hitRows.selection]
  }

  /// Takes the results of a search across every show, if they are for the query typed.
  mutating func adopt(_ found: [ShelfHit], areCut: Bool, for query: String) {
    guard query == pendingQuery else { return }
    pendingQuery = nil
    replaceHits(found, query: query, areCut: areCut)
  }

  /// Lists `found` as the results for `query`, from their first row.
  mutating func replaceHits(_ found: [ShelfHit], query: String, areCut: Bool = false) {
    hits = found
    hitsQuery = query
    hitsAreCut = areCut
    hitRows = Scroller()
  }

  /// The column widths of the table at this screen's width.
  var columns: ShelfColumns { ShelfColumns(valueWidths: valueWidths, width: width) }

  /// Moves the selection of the list shown by `delta` rows, keeping it in sight.
  mutating func move(by delta: Int) {
    guard rowCount > 0 else { return }
    var rows = rows
    rows.selection = min(max(rows.selection + delta, 0), rowCount - 1)
    if rows.selection < rows.offset { rows.offset = rows.selection }
    if rows.selection >= rows.offset + visibleRows {
      rows.offset = rows.selection - visibleRows + 1
    }
    self.rows = rows
  }

  /// Lists `shows` instead, the show selected staying selected where it still is.
  mutating func replaceShows(_ shows: [ShelfShow]) {
    let selected = selectedShow?.id ?? self.shows[safe: showRows.selection]?.id
    self.shows = shows
    valueWidths = ShelfColumns.valueWidths(of: shows)
    let index = shows.firstIndex { $0.id == selected } ?? min(showRows.selection, shows.count - 1)
    showRows.selection = max(index, 0)
    clampScrolling()
  }

  /// True when the screen is below the smallest the browser draws on.
  var isTooSmall: Bool { width < Layout.minimumWidth || height < Layout.minimumHeight }

  /// Scrolls the list shown by `delta` rows, the selection kept while it stays in view,
  /// else moved to the nearest row in view.
  mutating func scroll(by delta: Int) {
    var rows = rows
    rows.offset = max(min(rows.offset + delta, rowCount - visibleRows), 0)
    rows.selection = min(max(rows.selection, rows.offset), rows.offset + visibleRows - 1)
    rows.selection = max(min(rows.selection, rowCount - 1), 0)
    self.rows = rows
  }

  /// Keeps the scroll within the list after the screen changed size.
  mutating func clampScrolling() {
    for listsHits in [false, true] {
      let saved = self.listsHits
      self.listsHits = listsHits
      move(by: 0)
      var rows = rows
      rows.offset = max(min(rows.offset, rowCount - visibleRows), 0)
      self.rows = rows
      self.listsHits = saved
    }
  }
}

extension Array {
  /// The element at `index`, or nil when there is none.
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
