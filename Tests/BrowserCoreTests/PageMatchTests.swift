import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// How a search finds a page: every word typed begins a word of its title or keywords.
@Suite struct PageMatchTests {
  /// A page for the matcher only; it is not registered.
  enum SamplePage: PageView {
    static let pageID = "sample"
    static let title = "Disagreements"
    static let keywords = ["sources conflict", "claims"]
    static let scope = KeyScope.reader
    static let hints: [KeyHint] = []
    static func blocks(of catalog: Catalog, shield: SpoilerShield) -> [DetailBlock] { [] }
    static func position(selecting index: Int, of blocks: [DetailBlock]) -> String { "" }
  }

  @Test(arguments: ["disagree", "DISAGREE", "dis", "source", "conflict claim", "claims sources"])
  func wordsThatBeginTheTitleOrAKeywordFindThePage(query: String) {
    #expect(SamplePage.matches(query))
  }

  @Test(arguments: ["", "  ", "agree", "hannah", "disagree hannah", "xdis"])
  func otherWordsDoNot(query: String) {
    #expect(!SamplePage.matches(query))
  }

  @Test func aPageHasItsOwnKeysThenThoseEveryPageShares() {
    #expect(SamplePage.scopes == [.reader, .page])
    #expect(Keymap.standard.action(for: .character("q"), in: [.page]) == .back)
    #expect(Keymap.standard.action(for: .escape, in: [.page]) == .back)
  }

  @Test func aPageIsOpenWhileTheViewNamesItsId() {
    var state = BrowserHarness.browser(100, 30).state
    #expect(!SamplePage.isOpen(in: state))
    state.view.page = "sample"
    state.view.focus = .details
    #expect(SamplePage.isOpen(in: state) && SamplePage.hasKeyboard(in: state))
    #expect(state.layout.list == nil, "a page takes the list's room as the reader does")
  }
}
