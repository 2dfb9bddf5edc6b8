/// A rectangle of screen cells.
public struct Rect: Sendable, Equatable {
  /// Left column.
  public var x: Int
  /// Top row.
  public var y: Int
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a rectangle.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// True when the cell at `row`, `column` lies inside.
  public func contains(row: Int, column: Int) -> Bool {
    row >= y && row < y + height && column >= x && column < x + width
  }
}

/// Where everything goes on a screen of a given size. Wide screens show three panes; below
/// 100 columns the sections become a row of tabs; below 60 the list and the details take
/// turns at the full width.
public struct Layout: Sendable, Equatable {
  /// The smallest screen the browser draws on.
  public static let minimumWidth = 30
  /// The smallest screen the browser draws on.
  public static let minimumHeight = 8

  /// True when the screen is below the minimum size.
  public var tooSmall = false
  /// The title line.
  public var title = Rect(x: 0, y: 0, width: 0, height: 0)
  /// The row of section tabs, when the sections pane is collapsed.
  public var tabs: Rect?
  /// The sections pane, on wide screens.
  public var sections: Rect?
  /// The list pane, when shown.
  public var list: Rect?
  /// The details pane (or the reader), when shown.
  public var details: Rect?
  /// Columns where a vertical separator is drawn, over the panes' rows.
  public var separators: [Int] = []
  /// The status line.
  public var status = Rect(x: 0, y: 0, width: 0, height: 0)

  // What the frame draws where, placed once per update by `placing(_:)`: the renderer draws
  // it and a click is read against it, so a click lands on what is on the screen.

  /// The tabs of the tab bar, left to right.
  public var tabPlaces: [TabPlace] = []
  /// The sections the sections pane lists, one a row under its header.
  public var sectionItems: [Section] = []
  /// The list's rows shown, one a row under the list pane's header.
  public var listItems: Range<Int> = 0..<0
  /// The lines the details pane shows, one a row under its header (none in the reader).
  public var detailLines: [DetailLine] = []

  /// The layout for a `width` × `height` screen with `focus`; `reading` widens the details
  /// pane over the list for the article reader.
  public static func compute(width: Int, height: Int, focus: Pane, reading: Bool) -> Layout {
    var layout = Layout()
    guard width >= minimumWidth, height >= minimumHeight else {
      layout.tooSmall = true
      return layout
    }
    layout.title = Rect(x: 0, y: 0, width: width, height: 1)
    layout.status = Rect(x: 0, y: height - 1, width: width, height: 1)
    var top = 1
    var left = 0
    if width >= 100 {
      let sectionsWidth = 24
      layout.sections = Rect(x: 0, y: top, width: sectionsWidth, height: height - 2)
      layout.separators.append(sectionsWidth)
      left = sectionsWidth + 1
    } else {
      layout.tabs = Rect(x: 0, y: top, width: width, height: 1)
      top += 1
    }
    let paneHeight = height - 1 - top
    let remaining = width - left
    if width < 60 {
      let pane = Rect(x: left, y: top, width: remaining, height: paneHeight)
      if focus == .details || reading { layout.details = pane } else { layout.list = pane }
    } else if reading {
      layout.details = Rect(x: left, y: top, width: remaining, height: paneHeight)
    } else {
      let listWidth = max(24, remaining * 2 / 5)
      layout.list = Rect(x: left, y: top, width: listWidth, height: paneHeight)
      layout.separators.append(left + listWidth)
      layout.details = Rect(
        x: left + listWidth + 1, y: top, width: remaining - listWidth - 1, height: paneHeight)
    }
    return layout
  }
}
