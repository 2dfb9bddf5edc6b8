import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// The views: which one has the keyboard, and the hints the status line takes from the
/// keymap for it.
@Suite struct ViewStackTests {
  @Test func theKeyboardGoesToTheTopmostViewThatTakesIt() {
    func keyboard(_ keys: [Key]) -> String {
      "\(BrowserViews.keyboardView(of: BrowserHarness.browser(100, 30, keys: keys).state))"
    }
    #expect(keyboard([]) == "SectionsView")
    #expect(keyboard([.character("3")]) == "ListView")
    #expect(keyboard([.character("3"), .enter]) == "DetailsView")
    #expect(keyboard([.character("3"), .enter, .character("G"), .enter]) == "ArticleReaderView")
    #expect(keyboard([.character("/"), .character("c"), .enter]) == "SearchResultsView")
    #expect(keyboard([.character("/")]) == "SearchLineView")
    #expect(keyboard([.character("3"), .character("?")]) == "ListView")
  }

  @Test func everyHintShowsKeysTheKeymapBindsToItsAction() {
    for view in BrowserViews.registered {
      for hint in view.hints {
        let text = hint.text(keymap: .standard, scopes: view.scopes)
        #expect(text != nil, "\(view): \(hint.word)")
        for action in hint.actions {
          let bound = Keymap.standard.bindings.contains { $0.action == action }
          #expect(bound, "\(view): \(action)")
        }
      }
    }
  }

  @Test func theStatusLineDropsHintsWholeAtEveryWidth() throws {
    let full = BrowserHarness.browser(200, 30, keys: [.character("3"), .enter])
    let wide = try #require(full.render().lines.last)
    let hints = wide.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.dropFirst()
    #expect(hints.contains("Backspace back"))
    for width in 30...120 {
      let browser = BrowserHarness.browser(width, 12, keys: [.character("3"), .enter])
      let line = try #require(browser.render().lines.last)
      let shown = line.components(separatedBy: "  ").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }.dropFirst()
      // Whole hints, in their order; the others give way before back, help and quit do.
      var rest = hints[...]
      for hint in shown {
        guard let index = rest.firstIndex(of: hint) else {
          Issue.record("width \(width): \(hint) is no whole hint in order: \(line)")
          break
        }
        rest = rest[(index + 1)...]
      }
      let essential = ["Backspace back", "? help", "q quit"]
      if shown.contains(where: { !essential.contains($0) }) {
        #expect(essential.allSatisfy(shown.contains), "width \(width): \(line)")
      }
    }
  }

  /// A hint names only keys that do what it says where the keyboard is: in the details over
  /// search results `q` leaves the results, so the quit hint shows `Q`.
  @Test func aHintNeverNamesAKeyThatDoesSomethingElse() {
    let keys: [Key] =
      [.character("/")] + BrowserHarness.typing("tapes") + [.enter, .character("l")]
    var browser = BrowserHarness.browser(100, 30, keys: keys)
    let status = browser.render().lines[29]
    #expect(status.contains("Q quit"), "\(status)")
    #expect(!status.contains("q quit"), "\(status)")
    #expect(browser.handle(.key(.character("Q"))) == .quit)
  }
}
