import ShowModel
import TerminalCells

/// Draws a pane's header row: its title on the left, a position on the right.
func drawPaneHeader(
  _ title: String, position: String, rect: Rect, focused: Bool, theme: Theme,
  into buffer: inout ScreenBuffer
) {
  let style = theme.paneHeader(focused: focused)
  buffer.fill(row: rect.y, column: rect.x, width: rect.width, height: 1, style: style)
  let positionWidth = DisplayWidth.of(position)
  let titleRoom = max(rect.width - positionWidth - 2, 1)
  buffer.put(
    " " + DisplayWidth.truncate(title, to: titleRoom - 1), row: rect.y, column: rect.x,
    style: style, limit: titleRoom)
  if positionWidth + 2 < rect.width {
    buffer.put(position, row: rect.y, column: rect.x + rect.width - positionWidth - 1, style: style)
  }
}

/// The first pane on wide screens: the six sections.
enum SectionsPane {
  /// Draws `sections`, the rows the layout placed, one a row under the header.
  static func draw(
    _ state: BrowserState, _ rect: Rect, _ sections: [Section], _ theme: Theme,
    into buffer: inout ScreenBuffer
  ) {
    let focused = state.view.focus == .sections
    drawPaneHeader(
      "Sections", position: "", rect: rect, focused: focused, theme: theme, into: &buffer)
    for (offset, section) in sections.enumerated() {
      let row = rect.y + 1 + offset
      let count = state.sectionCounts[section.rawValue]
      let number = " \(section.rawValue + 1) "
      let countText = " \(count)"
      // The count stays whole: a title that leaves it no room is cut, ending in "…".
      let room = rect.width - DisplayWidth.of(number) - DisplayWidth.of(countText) - 1
      let title =
        room >= 4 && DisplayWidth.of(section.title) > room
        ? DisplayWidth.truncate(section.title, to: room) : section.title
      var line: StyledLine = [Span(number, .dim), Span(title)]
      let used = StyledLineWidth.of(line)
      if used + DisplayWidth.of(countText) + 1 <= rect.width {
        line.append(
          Span(String(repeating: " ", count: rect.width - used - DisplayWidth.of(countText) - 1)))
        line.append(Span(countText, .dim))
      }
      let current = state.section == section
      let base = current ? theme.selected(.plain, focused: focused) : .plain
      drawLine(
        line, row: row, column: rect.x, width: rect.width, theme: theme, into: &buffer, base: base)
      if current && focused { buffer.cursor = (row, rect.x) }
    }
  }
}

/// Widths of styled lines.
enum StyledLineWidth {
  static func of(_ line: StyledLine) -> Int {
    line.reduce(0) { $0 + DisplayWidth.of(SafeText.sanitize($1.text)) }
  }

  /// `line` as it fits in `width` columns: whole when it fits, else cut a column short and
  /// ended with "…", so that a cut row says so. Reads no further than the cut, however long
  /// the line (a name can be millions of characters).
  static func cut(_ line: StyledLine, to width: Int) -> StyledLine {
    guard width > 0 else { return [] }
    var graphemes: [(text: String, width: Int, role: TextRole)] = []
    var used = 0
    var isCut = false
    // At most a few graphemes per column: zero-width ones cannot make the walk unbounded.
    let limit = width * 4 + 16
    walk: for span in line {
      for character in span.text {
        let shown = SafeText.sanitize(String(character))
        let columns = DisplayWidth.of(shown)
        guard used + columns <= width, graphemes.count < limit else {
          isCut = true
          break walk
        }
        graphemes.append((shown, columns, span.role))
        used += columns
      }
    }
    if isCut {
      let role = graphemes.last?.role ?? .normal
      while used > width - 1, let last = graphemes.popLast() { used -= last.width }
      graphemes.append(("…", 1, graphemes.last?.role ?? role))
    }
    var kept: StyledLine = []
    for grapheme in graphemes {
      if let last = kept.last, last.role == grapheme.role {
        kept[kept.count - 1].text += grapheme.text
      } else {
        kept.append(Span(grapheme.text, grapheme.role))
      }
    }
    return kept
  }
}

/// The list pane: a section's entities or the search results, with matched characters
/// highlighted.
enum ListPane {
  /// Draws the list's header and `items`, the rows the layout placed, one a row under it.
  static func draw(
    _ state: BrowserState, _ rect: Rect, _ items: Range<Int>, _ theme: Theme,
    into buffer: inout ScreenBuffer
  ) {
    let focused = state.view.focus == .list
    let count = state.listCount
    var title: String
    switch state.view.source {
    case .section(let section): title = section.title
    case .search(let query): title = query.isEmpty ? "Search" : "Results for “\(query)”"
    }
    if let filter = state.view.filter {
      // The query stays in the title line; the pane's header keeps room for the filter.
      if case .search = state.view.source { title = "Results" }
      title += "  filter: \(filter)"
    }
    let position = state.listPosition
    // The threads' list says what its mark means, where the header has room for it whole.
    if state.section == .threads,
      DisplayWidth.of(title + "  " + ThreadRowNote.legend + position) + 4 <= rect.width
    {
      title += "  " + ThreadRowNote.legend
    }
    drawPaneHeader(
      title, position: position, rect: rect, focused: focused, theme: theme, into: &buffer)
    let rows = rect.height - 1
    if count == 0 {
      let empty: String
      if let filter = state.view.filter, !filter.isEmpty, state.unfilteredCount > 0 {
        // The rows are there; the filter hides them all.
        empty = "No row matches the filter “\(filter)”"
      } else if case .search(let query) = state.view.source {
        if query.isEmpty {
          empty = "Type to search names, people, threads and quotes"
        } else if state.pendingQuery != nil {
          // The results are still to come from the search running on a worker thread.
          empty = "Searching for “\(query)”…"
        } else {
          empty = "Nothing matches “\(query)”"
        }
      } else {
        empty = EntityDetails.notGiven.prefix(1).uppercased() + EntityDetails.notGiven.dropFirst()
      }
      let lines = TextWrapper(width: rect.width - 2).lines(
        [Span(empty, .dim)], maximumLines: rows)
      for (index, line) in lines.enumerated() {
        drawLine(
          [Span(" ")] + line, row: rect.y + 1 + index, column: rect.x, width: rect.width,
          theme: theme, into: &buffer)
      }
      return
    }
    for (row, index) in items.enumerated() {
      let selected = index == state.view.list.selection
      let line = StyledLineWidth.cut(
        self.line(for: index, state: state, width: rect.width), to: rect.width)
      let base = selected ? theme.selected(.plain, focused: focused) : .plain
      drawLine(
        line, row: rect.y + 1 + row, column: rect.x, width: rect.width, theme: theme, into: &buffer,
        base: base)
      if selected && focused { buffer.cursor = (rect.y + 1 + row, rect.x) }
    }
  }

  /// The spans of one list row `width` columns wide; only as much of a long name as can
  /// show is highlighted.
  static func line(for row: Int, state: BrowserState, width: Int) -> StyledLine {
    if state.listPages.indices.contains(row) {
      let title = BrowserViews.page(withID: state.listPages[row])?.title ?? state.listPages[row]
      return [Span(" "), Span(title), Span("  page", .dim)]
    }
    let index = row - state.listPages.count
    let entity = state.listEntities[index]
    guard case .search = state.view.source, state.listHits.indices.contains(index) else {
      return sectionRow(entity, state: state, width: width)
    }
    // A watched episode among the results is marked as in its section's list.
    let mark =
      entity.kind == .episode && state.watched?.isWatched(entity.id) == true
      ? [Span(watchedMark, .title), Span(" ")] : []
    return [Span(" ")] + mark + hitSpans(state.listHits[index], width: width)
      + [Span("  " + entity.kind.rawValue, .dim)]
  }

  /// An entity's row in a section's list: an episode indented under its season, with a
  /// "✓" once watched, and a season with its count of episodes watched ("2/13") when the
  /// library keeps the show's marks.
  static func sectionRow(_ entity: Entity, state: BrowserState, width: Int) -> StyledLine {
    let indent = entity.kind == .episode ? "   " : " "
    // A hidden entity shows only what stands for it, dimmed: not even a thread's characters.
    var line =
      state.shield.hiding(entity).map { [Span(indent), Span($0.name, .dim)] }
      ?? ThreadRowNote.row(entity, indent: indent, catalog: state.catalog, width: width)
    if entity.kind == .episode, state.watched?.isWatched(entity.id) == true {
      // The mark stands in the indent's middle column.
      line.replaceSubrange(0...0, with: [Span(" "), Span(watchedMark, .title), Span(" ")])
    }
    if case .season(let number) = entity.payload,
      let count = state.watched?.count(ofSeason: number)
    {
      // The count keeps its room: a long name is cut instead.
      let note = "  \(count.watched)/\(count.episodes)"
      let room = width - indent.count - note.count
      if room > 1, line.count == 2, DisplayWidth.exceeds(SafeText.sanitize(line[1].text), room) {
        line[1].text = DisplayWidth.truncate(SafeText.sanitize(line[1].text), to: room)
      }
      line.append(Span(note, .dim))
    }
    return line
  }

  /// The mark before a watched episode in the list.
  static let watchedMark = "✓"

  /// A search hit as a list row shows it, in about `width` columns: the name with the
  /// matched characters highlighted, or the name and the text that matched after "←";
  /// an alias that ends the name (an episode's title after its label) is highlighted in
  /// the name.
  static func hitSpans(_ hit: CatalogHit, width: Int) -> StyledLine {
    let room = max(width, 1) * 2
    if let spoiler = hit.spoiler {
      return [Span(String(hit.entity.name.prefix(room))), Span(" ← " + spoiler.line, .dim)]
    }
    if hit.field == "name" {
      return highlighted(String(hit.matchedText.prefix(room)), positions: hit.match.positions)
    }
    let name = hit.entity.name
    if hit.field == "alias", name.prefix(room + 1).count <= room, name.hasSuffix(hit.matchedText) {
      let start = name.count - hit.matchedText.count
      return highlighted(name, positions: hit.match.positions.map { $0 + start })
    }
    return [Span(String(name.prefix(room))), Span(" ← ", .dim)]
      + excerpt(hit.matchedText, positions: hit.match.positions)
  }

  /// `text` with the graphemes at `positions` in the match role.
  static func highlighted(_ text: String, positions: [Int], base: TextRole = .normal) -> StyledLine
  {
    let marked = Set(positions)
    var spans: StyledLine = []
    for (offset, character) in text.enumerated() {
      let role: TextRole = marked.contains(offset) ? .match : base
      if let last = spans.last, last.role == role {
        spans[spans.count - 1].text.append(character)
      } else {
        spans.append(Span(String(character), role))
      }
    }
    return spans
  }

  /// A window of a long matched text around its first match, highlighted.
  static func excerpt(_ text: String, positions: [Int]) -> StyledLine {
    let excerpt = Excerpt(text, positions: positions, length: 60)
    return highlighted(excerpt.text, positions: excerpt.positions, base: .dim)
  }
}
