import ShowModel
import TerminalCells

/// One hint of the status line: the keys of one or more actions, read from the keymap, and
/// a word for what they do ("j/k move").
struct KeyHint: Sendable {
  /// The actions whose keys the hint shows, joined by "/".
  var actions: [Action]
  /// What they do, in a word or two.
  var word: String
  /// The key to show when the keymap binds it to the action where the view is; otherwise
  /// the binding's letters and symbols come before its named keys (j before ↓).
  var preferred: Key?
  /// How many of one action's keys to show ("q/Esc close").
  var count: Int

  /// A hint for `actions`.
  init(
    _ actions: [Action], _ word: String, preferring preferred: Key? = nil, showing count: Int = 1
  ) {
    self.actions = actions
    self.word = word
    self.preferred = preferred
    self.count = count
  }

  /// The hint as the status line shows it, with the keys `keymap` binds in `scopes`.
  func text(keymap: Keymap, scopes: [KeyScope]) -> String? {
    parts(keymap: keymap, scopes: scopes).map { $0.map(\.text).joined() }
  }

  /// The hint's text in parts, each with the key a click on it presses: the keys' labels
  /// (a click on "k" of "j/k move" presses k), the "/" between them and the word, which
  /// press the first key.
  /// With `dispatch`, the scopes keys are dispatched in (topmost open view first), a key
  /// that another action takes there is not shown: `q` in the details over search results
  /// leaves the results, so it is no "q quit".
  func parts(keymap: Keymap, scopes: [KeyScope], dispatch: [KeyScope]? = nil)
    -> [(text: String, key: Key)]?
  {
    let keys = actions.map { action in
      keysShown(for: action, keymap, scopes) { key in
        dispatch.map { keymap.action(for: key, in: $0) == action } ?? true
      }
    }
    guard keys.allSatisfy({ !$0.isEmpty }), let first = keys.first?.first else { return nil }
    let jumps = actions.allSatisfy {
      if case .jumpToSection = $0 { return true }
      return false
    }
    if jumps, let last = keys.last?.first {
      return [("\(first.label)-\(last.label) \(word)", first)]
    }
    var parts: [(text: String, key: Key)] = []
    for key in keys.flatMap({ $0 }) {
      if !parts.isEmpty { parts.append(("/", first)) }
      parts.append((key.label, key))
    }
    return parts + [(" " + word, first)]
  }

  /// The keys to show for `action`: of the first binding in `scopes`, the global ones, then
  /// the ones that hold anywhere.
  private func keysShown(
    for action: Action, _ keymap: Keymap, _ scopes: [KeyScope], answers: (Key) -> Bool
  ) -> [Key] {
    let eligible = scopes + [.global, .anywhere]
    if let preferred, answers(preferred),
      keymap.bindings.contains(where: {
        $0.action == action && $0.keys.contains(preferred) && eligible.contains($0.scope)
      })
    {
      return [preferred]
    }
    for scope in eligible {
      guard let binding = keymap.bindings.first(where: { $0.scope == scope && $0.action == action })
      else { continue }
      let keys = binding.keys.filter(answers)
      guard !keys.isEmpty else { continue }
      let typed = keys.filter {
        if case .character = $0 { return true }
        return false
      }
      return Array((typed + keys.filter { !typed.contains($0) }).prefix(count))
    }
    return []
  }

  /// True for a hint that tells how to leave or get help (close, back, quit, help): where
  /// the status line is short, the other hints give way to these first.
  var isEssential: Bool {
    actions.contains {
      switch $0 {
      case .quit, .cancel, .back, .clearFind, .toggleHelp: true
      default: false
      }
    }
  }

  /// Which of the hints (each with its width and whether it is essential) the status line
  /// keeps in `room` columns with `separator` columns between two: all when they fit, else
  /// the last of the other hints drop first, then the last of the essential ones. Linear in
  /// the number of hints.
  static func kept(_ hints: [(width: Int, isEssential: Bool)], separator: Int, fitting room: Int)
    -> [Bool]
  {
    var kept = Array(repeating: true, count: hints.count)
    var count = hints.count
    var used = hints.reduce(0) { $0 + $1.width } + separator * max(count - 1, 0)
    for essential in [false, true] {
      for index in hints.indices.reversed()
      where used > room && hints[index].isEssential == essential {
        kept[index] = false
        count -= 1
        used -= hints[index].width + (count > 0 ? separator : 0)
      }
    }
    return kept
  }

  /// The hints that fit in `width` columns, each whole, two spaces apart: the last ones
  /// are dropped when the line is short, never cut mid-word.
  static func line(_ hints: [String], fitting width: Int) -> String {
    var line = ""
    for hint in hints {
      let next = line.isEmpty ? hint : line + "  " + hint
      guard DisplayWidth.of(next) <= width else { break }
      line = next
    }
    return line
  }
}
