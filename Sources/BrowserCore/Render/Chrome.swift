import ShowModel
import TerminalCells

/// Draws a line of spans into a row from `column`, at most `width` columns, filling the
/// rest with `fill`; `base` is merged under each span's style.
func drawLine(
  _ line: StyledLine, row: Int, column: Int, width: Int, theme: Theme,
  into buffer: inout ScreenBuffer,
  base: CellStyle = .plain
) {
  buffer.fill(row: row, column: column, width: width, height: 1, style: base)
  var x = column
  for span in line {
    let remaining = column + width - x
    guard remaining > 0 else { break }
    var style = theme.style(span.role)
    if base.reverse { style.reverse = true }
    if base.bold { style.bold = true }
    if base.underline { style.underline = true }
    if style.background == .standard { style.background = base.background }
    if style.foreground == .standard { style.foreground = base.foreground }
    x = buffer.put(span.text, row: row, column: x, style: style, limit: remaining)
  }
}

/// The title line: the program, the show, and a breadcrumb of where you are.
enum TitleBar {
  static func draw(
    _ state: BrowserState, _ rect: Rect, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    var crumbs = [state.catalog.show.name]
    switch state.view.source {
    case .section(let section): crumbs.append(section.title)
    case .search(let query): crumbs.append("Search “\(query)”")
    }
    if let entity = state.selectedEntity, entity.kind != .show { crumbs.append(entity.name) }
    if let reader = state.view.reader { crumbs.append(state.catalog.name(of: reader.source)) }
    // When the trail is too long, its start gives way, so the place you are stays in view.
    let room = rect.width - DisplayWidth.of(" tvbrowse  ")
    var trail = crumbs.joined(separator: " › ")
    while DisplayWidth.exceeds(trail, room) && crumbs.count > 1 {
      crumbs.removeFirst()
      trail = "… › " + crumbs.joined(separator: " › ")
    }
    let line: StyledLine = [Span(" tvbrowse ", .title), Span(" " + trail)]
    drawLine(
      line, row: rect.y, column: rect.x, width: rect.width, theme: theme, into: &buffer,
      base: theme.titleBar)
  }
}

/// The row of section tabs that stands in for the sections pane on narrow screens.
enum TabBar {
  /// The tabs' labels at a width: full titles when they fit, short ones otherwise, else
  /// numbers with the current section's short title.
  static func labels(width: Int, current: Section?) -> [String] {
    let full = Section.allCases.map { "\($0.rawValue + 1) \($0.title)" }
    if full.reduce(0, { $0 + DisplayWidth.of($1) + 2 }) <= width { return full }
    let short = Section.allCases.map { "\($0.rawValue + 1) \($0.shortTitle)" }
    if short.reduce(0, { $0 + DisplayWidth.of($1) + 2 }) <= width { return short }
    return Section.allCases.map {
      $0 == current ? "\($0.rawValue + 1) \($0.shortTitle)" : "\($0.rawValue + 1)"
    }
  }

  /// The section whose tab covers `column`.
  static func section(at column: Int, width: Int, current: Section?) -> Section? {
    var x = 0
    for (index, label) in labels(width: width, current: current).enumerated() {
      let end = x + DisplayWidth.of(label) + 2
      if column >= x && column < end { return Section.allCases[index] }
      x = end
    }
    return nil
  }

  static func draw(
    _ state: BrowserState, _ rect: Rect, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    buffer.fill(row: rect.y, column: rect.x, width: rect.width, height: 1)
    var x = rect.x
    let focused = state.view.focus == .sections
    for (index, label) in labels(width: rect.width, current: state.section).enumerated() {
      let current = state.section == Section.allCases[index]
      let style =
        current ? theme.selected(theme.style(.title), focused: focused) : theme.style(.dim)
      x = buffer.put(
        " \(label) ", row: rect.y, column: x, style: style, limit: rect.x + rect.width - x)
      if current && focused { buffer.cursor = (rect.y, x - DisplayWidth.of(label) - 1) }
    }
  }
}

/// The bottom line: the position in the focused list and the keys that matter here, or the
/// search line while it is open.
enum StatusLine {
  static func draw(
    _ state: BrowserState, _ rect: Rect, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    if let search = state.search {
      let count = state.results.count
      let right =
        " \(count == BrowserState.resultLimit ? "\(count)+" : String(count)) results  Enter keep  Esc cancel "
      let rightWidth = DisplayWidth.of(right) < rect.width / 2 ? DisplayWidth.of(right) : 0
      buffer.fill(row: rect.y, column: rect.x, width: rect.width, height: 1)
      let prompt = "/" + search.query
      let room = rect.width - rightWidth - 1
      let shown =
        DisplayWidth.of(prompt) > room
        ? "…" + String(DisplayWidth.prefix(String(prompt.reversed()), fitting: room - 1).reversed())
        : prompt
      let end = buffer.put(shown, row: rect.y, column: rect.x, limit: room)
      if rightWidth > 0 {
        buffer.put(
          right, row: rect.y, column: rect.x + rect.width - rightWidth, style: theme.statusBar)
      }
      buffer.cursor = (rect.y, min(end, rect.x + rect.width - 1))
      return
    }
    let left = " " + position(state) + " "
    let hints = state.message ?? hintText(state)
    let line: StyledLine = [Span(left, .title), Span(" " + hints)]
    drawLine(
      line, row: rect.y, column: rect.x, width: rect.width, theme: theme, into: &buffer,
      base: theme.statusBar)
  }

  /// "3/12" for the focused pane.
  static func position(_ state: BrowserState) -> String {
    switch state.view.focus {
    case .sections:
      return "\((state.section?.rawValue ?? 0) + 1)/\(Section.allCases.count)"
    case .list:
      let count = state.listEntities.count
      return count == 0 ? "0/0" : "\(state.view.list.selection + 1)/\(count)"
    case .details:
      if let reader = state.view.reader, let content = state.readerContent {
        let rows = state.layout.details.map { $0.height - 1 } ?? 1
        let last = min((reader.offset ?? 0) + rows, content.lines.count)
        return "lines \((reader.offset ?? 0) + 1)–\(last)/\(content.lines.count)"
      }
      let blocks = state.detailBlocks
      let selectable = blocks.indices.filter { !blocks[$0].isHeading }
      let index = (selectable.firstIndex(of: state.view.details.selection) ?? 0) + 1
      return "\(selectable.isEmpty ? 0 : index)/\(selectable.count)"
    }
  }

  private static func hintText(_ state: BrowserState) -> String {
    if state.view.reader != nil && state.view.focus == .details {
      return "j/k scroll  q/Esc close  / search  ? help  Q quit"
    }
    if case .search = state.view.source, state.view.focus == .list {
      return "n/N next/previous  Enter open  Esc back  ? help"
    }
    switch state.view.focus {
    case .sections: return "j/k section  Enter list  1-6 jump  / search  ? help  q quit"
    case .list: return "j/k move  Enter details  h/l panes  / search  ? help  q quit"
    case .details: return "j/k move  Enter follow  Backspace back  / search  ? help  q quit"
    }
  }
}
