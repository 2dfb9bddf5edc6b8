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
    if let entity = state.selectedEntity, entity.kind != .show {
      crumbs.append(state.shield.name(of: entity))
    }
    if let reader = state.view.reader {
      crumbs.append(reader.title(in: state.catalog, shield: state.shield))
    }
    if let page = state.view.page.flatMap(BrowserViews.page(withID:)) { crumbs.append(page.title) }
    // When the trail is too long, its start gives way, so the place you are stays in view.
    let room = rect.width - DisplayWidth.of(" tvbrowse  ")
    var trail = crumbs.joined(separator: " › ")
    while DisplayWidth.exceeds(trail, room) && crumbs.count > 1 {
      crumbs.removeFirst()
      trail = "… › " + crumbs.joined(separator: " › ")
    }
    // A place too long for the line even alone ends with "…", never mid-word unmarked.
    let line = StyledLineWidth.cut([Span(" tvbrowse ", .title), Span(" " + trail)], to: rect.width)
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

  /// Draws the tabs where the frame's layout placed them.
  static func draw(
    _ state: BrowserState, _ rect: Rect, _ places: [TabPlace], _ theme: Theme,
    into buffer: inout ScreenBuffer
  ) {
    buffer.fill(row: rect.y, column: rect.x, width: rect.width, height: 1)
    let focused = state.view.focus == .sections
    for place in places {
      let current = state.section == place.section
      let style =
        current ? theme.selected(theme.style(.title), focused: focused) : theme.style(.dim)
      buffer.put(
        " \(place.label) ", row: rect.y, column: place.x, style: style,
        limit: rect.x + rect.width - place.x)
      if current && focused { buffer.cursor = (rect.y, place.x + 1) }
    }
  }
}

/// The bottom line: the position in the view that has the keyboard and its key hints, or
/// the search line while it is open.
enum StatusLine {
  static func draw(
    _ state: BrowserState, _ rect: Rect, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    let left = leftPart(state)
    let hints = state.message ?? hintTargets(state, rect).map(\.text).joined()
    let line: StyledLine = [Span(left, .title), Span(" " + hints)]
    drawLine(
      line, row: rect.y, column: rect.x, width: rect.width, theme: theme, into: &buffer,
      base: theme.statusBar)
  }

  /// The line's left part: the position in the view that has the keyboard, and, once
  /// `S` has turned the spoiler shield off, that it is off, for as long as it is.
  static func leftPart(_ state: BrowserState) -> String {
    let position = BrowserViews.keyboardView(of: state).position(in: state)
    return " " + position + (state.shield.isOn ? "" : " · spoilers shown") + " "
  }

  /// The hints of the view that has the keyboard as the status line shows them, each part
  /// with its first column and the key a click there presses; where the line is short,
  /// hints are dropped whole, the last of the less important ones first, so that closing,
  /// quitting and help stay in sight.
  static func hintTargets(_ state: BrowserState, _ rect: Rect) -> [(
    text: String, column: Int, key: Key
  )] {
    let view = BrowserViews.keyboardView(of: state)
    let left = leftPart(state)
    let start = rect.x + DisplayWidth.of(left) + 1
    let room = rect.width - DisplayWidth.of(left) - 1
    // The scopes a key is dispatched in, topmost view first, as the update does.
    let dispatch = BrowserViews.stack(of: state).reversed().flatMap { $0.scopes }.filter {
      $0 != .global
    }
    let shown = view.hints.compactMap { hint in
      hint.parts(keymap: state.keymap, scopes: view.scopes, dispatch: dispatch).map {
        (hint: hint, parts: $0)
      }
    }
    let kept = KeyHint.kept(
      shown.map { ($0.parts.reduce(0) { $0 + DisplayWidth.of($1.text) }, $0.hint.isEssential) },
      separator: 2, fitting: room)
    var targets: [(text: String, column: Int, key: Key)] = []
    var column = start
    for (index, hint) in shown.enumerated() where kept[index] {
      var parts = hint.parts
      if column > start { parts.insert(("  ", parts[0].key), at: 0) }
      for part in parts {
        targets.append((part.text, column, part.key))
        column += DisplayWidth.of(part.text)
      }
    }
    return targets
  }

  /// The key whose hint is drawn at `column` of the status line, if any.
  static func key(atColumn column: Int, _ state: BrowserState, _ rect: Rect) -> Key? {
    guard state.message == nil else { return nil }
    return hintTargets(state, rect).last {
      $0.column <= column && column < $0.column + DisplayWidth.of($0.text) && $0.text != "  "
    }?.key
  }

  /// Draws `prompt` and the line of `editor` from `column` in `room` columns, the text
  /// scrolled so that the cursor shows, and puts the terminal's cursor where the editor's is.
  static func drawTypedLine(
    _ editor: LineEditor, prompt: String, _ column: Int, _ row: Int, room: Int,
    into buffer: inout ScreenBuffer
  ) {
    let promptWidth = DisplayWidth.of(prompt)
    guard room > promptWidth else { return }
    buffer.put(prompt, row: row, column: column, limit: room)
    let window = editor.window(width: room - promptWidth)
    buffer.put(window.text, row: row, column: column + promptWidth, limit: room - promptWidth)
    buffer.cursor = (row, column + promptWidth + window.cursorColumn)
  }

  /// Columns the typed query keeps at least; the keys on the right give way to it.
  static let minimumQueryRoom = 16
}
