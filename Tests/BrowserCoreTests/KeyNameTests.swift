import BrowserCore
import TerminalCells
import Testing

/// The names a keys file gives keys.
@Suite("Key names")
struct KeyNameTests {
  @Test func everyLabelTheHelpShowsNamesItsKeyAgain() {
    var keys: [Key] = [
      .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .backspace, .tab,
      .backTab, .escape, .delete, .character(" "), .character("j"), .character("?"),
      .character("é"), .character("東"),
    ]
    keys += (1...12).map(Key.function)
    keys += "abcdefghijklmnopqrstuvwxyz".map(Key.control)
    for key in keys {
      #expect(Key(name: key.label) == key, "\(key.label)")
    }
  }

  @Test(arguments: [
    ("C-n", Key.control("n")), ("^N", .control("n")), ("ctrl+x", .control("x")),
    ("NPage", .pageDown), ("PageUp", .pageUp), ("BSpace", .backspace), ("ESCAPE", .escape),
    ("Return", .enter), ("f10", .function(10)), ("Down", .down), ("J", .character("J")),
  ])
  func otherSpellingsAreKnown(name: String, key: Key) {
    #expect(Key(name: name) == key)
  }

  @Test(arguments: [
    "", "Ctrl-", "Ctrl-1", "Ctrl-ab", "F0", "F13", "F100", "Hyper", "\u{1B}", "\u{7F}", "jj",
  ])
  func anythingElseIsNoKey(name: String) {
    #expect(Key(name: name) == nil)
  }
}
