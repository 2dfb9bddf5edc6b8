import BrowserCore
import ShowModel
import TerminalCells
import Testing

/// Golden screens of the pages at three sizes: read each one by eye before committing it.
@Suite struct PageGoldenTests {
  @Test(arguments: GoldenScreenTests.sizes) func disagreementsPage(width: Int, height: Int) throws {
    var browser = DisagreementsPageTests.onTheLink(width, height)
    _ = browser.handle(.key(.enter))
    try GoldenScreen.check(browser.render(), "disagreements-\(width)x\(height)")
  }

  @Test(arguments: GoldenScreenTests.sizes) func searchListsThePage(width: Int, height: Int) throws
  {
    let keys: [Key] = [.character("/")] + BrowserHarness.typing("disagree")
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: keys).render(),
      "search-disagree-\(width)x\(height)")
  }
}
