import TerminalCells

/// The help over the Library view: its own keys first, then every key of a show, as the
/// help overlay of a show lists them.
enum ShelfHelp {
  /// The lines, with the keys `keymap` binds, in a key column `keyColumn` wide.
  static func lines(keymap: Keymap, keyColumn: Int) -> [StyledLine] {
    let rows: [([Action], [KeyScope], String)] = [
      ([.moveDown, .moveUp], [], "Next or previous show, or result"),
      ([.pageDown, .pageUp], [], "A page down or up"),
      ([.top, .bottom], [], "First or last row"),
      ([.follow], [], "Open the show selected, or a result in its show"),
      ([.startSearch], [], "Search every show as you type"),
      ([.cancel], [.results], "Leave the results, back to the table"),
      ([.back], [], "Back to the show left, as it was"),
      ([.openLibrary], [], "In a show: back to this table"),
      ([.toggleHelp], [], "Show or hide this help"),
      ([.quit], [], "Quit"),
    ]
    var lines: [StyledLine] = [[Span("The Library view", .heading)]]
    for (actions, scopes, help) in rows {
      let keys = actions.flatMap { action in
        let scope = scopes + [.global, .anywhere]
        return keymap.bindings.first { scope.contains($0.scope) && $0.action == action }?.keys
          ?? []
      }
      guard !keys.isEmpty else { continue }
      lines.append(
        HelpOverlay.row(keys.map(\.label).joined(separator: " "), help, keyColumn: keyColumn))
    }
    lines.append([])
    lines.append([Span("In a show", .heading)])
    return lines + HelpOverlay.lines(keymap: keymap, keyColumn: keyColumn)
  }

  /// The largest first line of the help on a screen `height` rows high.
  static func maximumOffset(keymap: Keymap, height: Int) -> Int {
    max(lines(keymap: keymap, keyColumn: 22).count - HelpOverlay.visibleRows(height: height), 0)
  }
}
