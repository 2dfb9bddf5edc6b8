import ShowModel
import TerminalCells

/// The help overlay: every binding of the keymap, by group, in a box over the screen.
public enum HelpOverlay {
  /// The overlay's lines: group headings and "keys  what they do" rows.
  public static func lines(keymap: Keymap = .standard, keyColumn: Int = 22) -> [StyledLine] {
    var lines: [StyledLine] = []
    for group in BindingGroup.allCases {
      let bindings = keymap.bindings.filter { $0.group == group && $0.scope != .help }
      guard !bindings.isEmpty else { continue }
      if !lines.isEmpty { lines.append([]) }
      lines.append([Span(group.rawValue, .heading)])
      for binding in bindings {
        var keys = binding.keys.map(\.label).joined(separator: " ")
        if let label = binding.scope.helpLabel { keys = "(\(label)) " + keys }
        lines.append([Span(DisplayWidth.pad(keys, to: keyColumn), .link), Span(binding.help)])
      }
    }
    return lines
  }

  /// The largest scroll offset at a screen size.
  public static func maximumOffset(height: Int, width: Int) -> Int {
    max(lines().count - max(height - 4, 1), 0)
  }

  static func draw(_ state: BrowserState, _ theme: Theme, into buffer: inout ScreenBuffer) {
    let width = min(state.width - 2, 72)
    let height = state.height - 2
    guard width >= 10, height >= 3 else { return }
    let x = (state.width - width) / 2
    let y = 1
    let border = theme.style(.dim)
    let inner = width - 2
    let title = " Keys — Esc closes "
    buffer.put("┌" + String(repeating: "─", count: inner) + "┐", row: y, column: x, style: border)
    buffer.put(
      DisplayWidth.truncate(title, to: inner), row: y, column: x + 2, style: theme.style(.title))
    let all = lines(keyColumn: min(22, max(inner / 3, 8)))
    let rows = height - 2
    let offset = min(state.help ?? 0, max(all.count - rows, 0))
    for row in 0..<rows {
      buffer.put("│", row: y + 1 + row, column: x, style: border)
      let line = all.indices.contains(offset + row) ? [Span(" ")] + all[offset + row] : []
      drawLine(line, row: y + 1 + row, column: x + 1, width: inner, theme: theme, into: &buffer)
      buffer.put("│", row: y + 1 + row, column: x + width - 1, style: border)
    }
    let more = offset + rows < all.count ? " ↓ more " : ""
    buffer.put(
      "└" + String(repeating: "─", count: inner) + "┘", row: y + height - 1, column: x,
      style: border)
    if !more.isEmpty {
      buffer.put(more, row: y + height - 1, column: x + width - 10, style: theme.style(.dim))
    }
    buffer.cursor = nil
  }
}
