import ShowModel
import TerminalCells

/// The help overlay: every binding of the keymap, by group, then how the reader scrolls and
/// what the mouse does, in a box over the screen.
public enum HelpOverlay {
  /// One row of the help: the keys in a column `keyColumn` wide (cut with "…" where they
  /// are wider, a space kept before the words), then what they do.
  static func row(_ keys: String, _ help: String, keyColumn: Int) -> StyledLine {
    let shown = StyledLineWidth.cut([Span(keys)], to: keyColumn - 1).map(\.text).joined()
    return [Span(DisplayWidth.pad(shown, to: keyColumn), .link), Span(help)]
  }

  /// The overlay's lines: group headings and "keys  what they do" rows.
  public static func lines(keymap: Keymap = .standard, keyColumn: Int = 22) -> [StyledLine] {
    func row(_ keys: String, _ help: String) -> StyledLine {
      Self.row(keys, help, keyColumn: keyColumn)
    }
    var lines: [StyledLine] = []
    for group in BindingGroup.allCases {
      let bindings = keymap.bindings.filter { $0.group == group && $0.scope != .help }
      guard !bindings.isEmpty else { continue }
      if !lines.isEmpty { lines.append([]) }
      lines.append([Span(group.rawValue, .heading)])
      if group == .reader { lines += readerRows(keymap).map { row($0.keys, $0.help) } }
      for binding in bindings {
        var keys = binding.keys.map(\.label).joined(separator: " ")
        // The reader's own section says where its keys apply.
        if let label = binding.scope.helpLabel, binding.group != .reader {
          keys = "(\(label)) " + keys
        }
        lines.append(row(keys, binding.help))
      }
    }
    lines.append([])
    lines.append([Span("Mouse", .heading)])
    lines += mouseRows.map { row($0.keys, $0.help) }
    return lines
  }

  /// How the panes' moving keys act in the reader, with the keys `keymap` binds to them.
  private static func readerRows(_ keymap: Keymap) -> [(keys: String, help: String)] {
    let rows: [([Action], String)] = [
      ([.moveDown, .moveUp], "Scroll the article a line"),
      ([.pageDown, .pageUp], "Scroll the article a page"),
      ([.top, .bottom], "Go to the start or the end of the article"),
    ]
    return rows.compactMap { actions, help in
      let keys = actions.flatMap { action in
        keymap.bindings.first { $0.scope == .global && $0.action == action }?.keys ?? []
      }
      return keys.isEmpty ? nil : (keys.map(\.label).joined(separator: " "), help)
    }
  }

  /// What the mouse does.
  static let mouseRows: [(keys: String, help: String)] = [
    ("Click", "Select a row or a link; again to follow it"),
    ("Click a key hint", "Press that key (on the status line)"),
    ("Wheel", "Scroll the pane under the pointer, or this help"),
  ]

  /// Rows of text the overlay shows at a screen height.
  static func visibleRows(height: Int) -> Int { max(height - 4, 1) }

  /// The largest scroll offset at a screen size.
  public static func maximumOffset(keymap: Keymap = .standard, height: Int, width: Int) -> Int {
    max(lines(keymap: keymap).count - visibleRows(height: height), 0)
  }

  /// Draws the help from its line `offset` (kept in range here too) over the screen.
  static func draw(
    _ state: BrowserState, offset: Int, _ theme: Theme, into buffer: inout ScreenBuffer
  ) {
    draw(
      { lines(keymap: state.keymap, keyColumn: $0) }, offset: offset, theme, into: &buffer)
  }

  /// Draws the lines `lines` gives for a key column's width, from line `offset` (kept in
  /// range here too), in a box over the whole of `buffer`.
  static func draw(
    _ lines: (_ keyColumn: Int) -> [StyledLine], offset: Int, _ theme: Theme,
    into buffer: inout ScreenBuffer
  ) {
    let width = min(buffer.width - 2, 72)
    let height = buffer.height - 2
    guard width >= 10, height >= 3 else { return }
    let x = (buffer.width - width) / 2
    let y = 1
    let border = theme.style(.dim)
    let inner = width - 2
    let title = " Keys — Esc closes "
    buffer.put("┌" + String(repeating: "─", count: inner) + "┐", row: y, column: x, style: border)
    buffer.put(
      DisplayWidth.truncate(title, to: inner), row: y, column: x + 2, style: theme.style(.title))
    let all = lines(min(22, max(inner / 3, 8)))
    let rows = height - 2
    let offset = min(max(offset, 0), max(all.count - rows, 0))
    for row in 0..<rows {
      buffer.put("│", row: y + 1 + row, column: x, style: border)
      let line = all.indices.contains(offset + row) ? [Span(" ")] + all[offset + row] : []
      // A row wider than the box ends with "…" rather than mid-word.
      drawLine(
        StyledLineWidth.cut(line, to: inner), row: y + 1 + row, column: x + 1, width: inner,
        theme: theme, into: &buffer)
      buffer.put("│", row: y + 1 + row, column: x + width - 1, style: border)
    }
    buffer.put(
      "└" + String(repeating: "─", count: inner) + "┘", row: y + height - 1, column: x,
      style: border)
    // Where the help is cut, a marker on the border says there is more that way.
    let up = " ▲ more "
    if offset > 0, inner >= DisplayWidth.of(title) + DisplayWidth.of(up) + 2 {
      buffer.put(up, row: y, column: x + width - 10, style: theme.style(.dim))
    }
    if offset + rows < all.count {
      buffer.put(" ▼ more ", row: y + height - 1, column: x + width - 10, style: theme.style(.dim))
    }
    buffer.cursor = nil
  }
}
