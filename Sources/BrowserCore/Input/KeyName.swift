import TerminalCells

extension Key {
  /// The key a keys file names: one character ("j", "?", "é"), a chord ("Ctrl-N", "C-n",
  /// "^N"), or a named key as the help writes it ("PgDn", "Enter", "F1", "↑", which the arrows are) or as tmux
  /// does ("NPage", "BSpace"). Names are matched ignoring case; a single character is itself.
  /// Nil for anything else.
  public init?(name: String) {
    let lowered = name.lowercased()
    if let key = Self.namedKeys[lowered] {
      self = key
      return
    }
    if name.count == 1, let character = name.first {
      guard !character.isControlCharacter else { return nil }
      self = .character(character)
      return
    }
    for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
      let rest = lowered.dropFirst(prefix.count)
      guard rest.count == 1, let letter = rest.first, ("a"..."z").contains(letter) else {
        return nil
      }
      self = .control(letter)
      return
    }
    if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number),
      lowered.count <= 3
    {
      self = .function(number)
      return
    }
    return nil
  }

  /// Every name of a key that is not a single character or a chord, in lower case.
  private static let namedKeys: [String: Key] = [
    "space": .character(" "),
    "up": .up, "↑": .up, "down": .down, "↓": .down,
    "left": .left, "←": .left, "right": .right, "→": .right,
    "pgup": .pageUp, "pageup": .pageUp, "ppage": .pageUp,
    "pgdn": .pageDown, "pagedown": .pageDown, "npage": .pageDown,
    "home": .home, "end": .end,
    "enter": .enter, "return": .enter,
    "backspace": .backspace, "bspace": .backspace,
    "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "btab": .backTab,
    "esc": .escape, "escape": .escape,
    "delete": .delete, "del": .delete, "dc": .delete,
  ]
}

extension Character {
  /// True for C0 and C1 controls and DEL, which no key file may bind as text.
  fileprivate var isControlCharacter: Bool {
    unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
  }
}
