import BrowserCore
import TerminalCells
import Testing

/// Keys kept for the next versions (the spoiler shield): free in the defaults, and a keys
/// file may not take them.
@Suite struct ReservedKeysTests {
  static let reserved: [Key] = [.character("s"), .character("S")]

  @Test func noDefaultBindingUsesAReservedKey() {
    #expect(Set(Keymap.reservedKeys.keys) == Set(Self.reserved))
    for binding in Keymap.standard.bindings {
      for key in binding.keys {
        #expect(Keymap.reservedKeys[key] == nil, "\(binding.name) binds \(key.label)")
      }
    }
  }

  @Test func aKeysFileMayNotBindAReservedKey() {
    let changes = Self.reserved.enumerated().map { index, key in
      KeymapChange(name: "quit", keys: [key.label], line: index + 1)
    }
    guard case .failure(let failure) = Keymap.standard.applying(changes) else {
      Issue.record("a reserved key was bound")
      return
    }
    #expect(failure.problems.map(\.line) == [1, 2])
    #expect(
      failure.problems[0].message == "\"quit\": key \"s\" is reserved for revealing one spoiler")
    #expect(
      failure.problems[1].message == "\"quit\": key \"S\" is reserved for the spoiler shield")
  }

  @Test func theReservedKeysDoNothingYet() {
    var browser = BrowserHarness.browser(120, 40, keys: [.down, .enter])
    let before = browser.state.view
    for key in Self.reserved {
      #expect(browser.handle(.key(key)) == .ignored, "\(key.label)")
    }
    #expect(browser.state.view == before)
  }
}
