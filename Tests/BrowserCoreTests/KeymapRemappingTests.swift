import BrowserCore
import TerminalCells
import Testing

/// A keys file's changes applied to the keymap: the browser, its help and its hints follow.
@Suite struct KeymapRemappingTests {
  static func remapped(_ changes: [KeymapChange]) throws -> Keymap {
    try Keymap.standard.applying(changes).get()
  }

  /// The built-in show at 120×40 with `keymap`.
  static func browser(_ keymap: Keymap) -> Browser {
    Browser(
      catalog: BrowserHarness.builtIn, width: 120, height: 40,
      options: BrowserOptions(keymap: keymap))
  }

  static func problems(_ changes: [KeymapChange]) -> [String] {
    switch Keymap.standard.applying(changes) {
    case .success: return []
    case .failure(let failure): return failure.problems.map { "\($0.line): \($0.message)" }
    }
  }

  @Test func everyBindingHasItsOwnKebabCaseName() {
    let names = Keymap.standard.bindings.map(\.name)
    #expect(Set(names).count == names.count)
    for name in names {
      #expect(!name.isEmpty && name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
    }
  }

  @Test func aChangeReplacesTheKeysOfItsBinding() throws {
    let keymap = try Self.remapped([KeymapChange(name: "quit", keys: ["x", "Ctrl-X"], line: 2)])
    #expect(keymap.action(for: .character("x"), in: .global) == .quit)
    #expect(keymap.action(for: .control("x"), in: .global) == .quit)
    #expect(keymap.action(for: .character("q"), in: .global) == nil)
  }

  @Test func aKeyTakenFromAnotherBindingOfTheScopeLeavesIt() throws {
    // `j` moved to quit: it no longer moves down, which keeps its arrow.
    let keymap = try Self.remapped([KeymapChange(name: "quit", keys: ["j"], line: 1)])
    #expect(keymap.action(for: .character("j"), in: .global) == .quit)
    let down = keymap.bindings.first { $0.name == "move-down" }
    #expect(down?.keys == [.down])
    // The help's own `j` is in another scope and stays.
    #expect(keymap.action(for: .character("j"), in: .help) == .moveDown)
  }

  @Test func aKeyTakenForEverywhereLeavesThePanes() throws {
    let keymap = try Self.remapped([KeymapChange(name: "quit-anywhere", keys: ["G"], line: 1)])
    #expect(keymap.bindings.first { $0.name == "bottom" }?.keys == [.end])
    #expect(keymap.action(for: .character("G"), in: .global) == .quit)
  }

  @Test func theBrowserUsesTheRemappedKeys() throws {
    let keymap = try Self.remapped([KeymapChange(name: "quit", keys: ["x"], line: 1)])
    var browser = Self.browser(keymap)
    #expect(browser.handle(.key(.character("q"))) != .quit)
    #expect(browser.handle(.key(.character("x"))) == .quit)
  }

  @Test func helpAndHintsShowTheRemappedKeys() throws {
    let keymap = try Self.remapped([
      KeymapChange(name: "quit", keys: ["x"], line: 1),
      KeymapChange(name: "search", keys: ["F2"], line: 2),
    ])
    let browser = Self.browser(keymap)
    let status = browser.render().lines[39]
    #expect(status.contains("x quit"))
    #expect(status.contains("F2 search"))
    #expect(!status.contains("q quit"))
    let rows = HelpOverlay.lines(keymap: keymap).filter { $0.count == 2 }
    let quitRow = rows.first { $0[1].text == "Quit at the main view, the show's sections" }
    #expect(quitRow?[0].text.split(separator: " ").map(String.init) == ["x"])
  }

  @Test func everyProblemNamesTheLineAndTheActionOrKey() {
    let found = Self.problems([
      KeymapChange(name: "frobnicate", keys: ["x"], line: 1),
      KeymapChange(name: "quit", keys: ["Ctrl-ß"], line: 3),
      KeymapChange(name: "help", keys: ["x"], line: 4),
      KeymapChange(name: "follow", keys: ["x"], line: 5),
    ])
    #expect(
      found == [
        "1: \"frobnicate\": unknown action; the actions are listed in the README",
        "3: \"quit\": unknown key \"Ctrl-ß\"",
        "5: \"follow\": key \"x\" is bound twice in the file, also to \"help\"",
      ])
  }

  @Test func aNoticeAtStartStaysUntilAKey() {
    var browser = Browser(
      catalog: BrowserHarness.builtIn, width: 120, height: 40,
      options: BrowserOptions(notice: "default keys"))
    _ = browser.handle(.resize(width: 100, height: 30))
    #expect(browser.render().lines[29].contains("default keys"))
    _ = browser.handle(.key(.down))
    #expect(!browser.render().lines[29].contains("default keys"))
  }

  /// The filter and find lines name their keys from the keymap the browser was given.
  @Test func typedLinesShowTheRemappedKeys() throws {
    let keymap = try Self.remapped([
      KeymapChange(name: "clear-filter", keys: ["Ctrl-G"], line: 1),
      KeymapChange(name: "keep-filter", keys: ["Tab"], line: 2),
    ])
    var browser = Self.browser(keymap)
    for key in [Key.character("3"), .character("f"), .character("a")] {
      _ = browser.handle(.key(key))
    }
    let status = browser.render().lines[39]
    #expect(status.contains("Tab keep"), "\(status)")
    #expect(status.contains("Ctrl-G clear"), "\(status)")
    #expect(!status.contains("Esc"), "\(status)")
  }
}
