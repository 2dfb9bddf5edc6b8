import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// The search line keeps its count of results on narrow screens and says what to do
/// before anything is typed.
@Suite struct SearchLineTests {
  @Test func theCountStaysAtEveryWidth() throws {
    for width in 30...120 {
      let keys: [Key] = [.character("/")] + BrowserHarness.typing("lang")
      let browser = BrowserHarness.browser(width, 12, keys: keys)
      let line = try #require(browser.render().lines.last)
      #expect(line.hasPrefix("/lang "), "width \(width): \(line)")
      #expect(line.contains(" 8 results "), "width \(width): \(line)")
    }
  }

  /// Results cut at the limit say there are more; one result is not "results".
  @Test func theCountSaysWhenResultsAreCutAndWhenThereIsOne() throws {
    let seasons = (1...BrowserState.resultLimit + 100).map {
      ["id": "season-\($0)", "name": "Season \($0)", "number": $0] as [String: Any]
    }
    let catalog = try BrowserHarness.catalog(pack: [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": "Many seasons", "summary": "A show."],
      "seasons": seasons,
    ])
    let many = BrowserHarness.browser(
      100, 24, keys: [.character("/")] + BrowserHarness.typing("season"), catalog: catalog)
    let cut = try #require(many.render().lines.last)
    #expect(cut.contains(" \(BrowserState.resultLimit)+ results "), "\(cut)")
    let one = BrowserHarness.browser(
      100, 24, keys: [.character("/")] + BrowserHarness.typing("season 599"), catalog: catalog)
    let single = try #require(one.render().lines.last)
    #expect(single.contains(" 1 result "), "\(single)")
  }

  @Test(arguments: [40, 80, 120])
  func anEmptyQueryShowsTheHintNotACount(width: Int) throws {
    let browser = BrowserHarness.browser(width, 24, keys: [.character("/")])
    let line = try #require(browser.render().lines.last)
    #expect(line.contains("type to search"))
    #expect(!line.contains("results"))
  }

  @Test func nAndEscActOnTheResultsFromTheDetailsPane() {
    var browser = BrowserHarness.browser(100, 30)
    let before = browser.state.view
    for key in [.character("/")] + BrowserHarness.typing("langford") + [.enter, .character("l")] {
      _ = browser.handle(.key(key))
    }
    #expect(browser.state.view.focus == .details)
    #expect(browser.state.selectedEntity?.id == "katherine-langford")
    _ = browser.handle(.key(.character("n")))
    #expect(browser.state.selectedEntity?.id == "hannah-baker")
    _ = browser.handle(.key(.character("N")))
    #expect(browser.state.selectedEntity?.id == "katherine-langford")
    _ = browser.handle(.key(.escape))
    #expect(browser.state.view == before)
  }
}
