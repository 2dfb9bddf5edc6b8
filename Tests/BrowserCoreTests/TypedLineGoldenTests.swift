import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// Golden screens of the typed lines at three sizes: read each one by eye before committing.
@Suite struct TypedLineGoldenTests {
  static let sizes = [(80, 24), (120, 40), (40, 12)]

  @Test(arguments: sizes) func filterLineOnTheCharacters(width: Int, height: Int) throws {
    let keys: [Key] = [.character("3"), .character("f")] + BrowserHarness.typing("han")
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: keys).render(), "filter-\(width)x\(height)")
  }

  @Test(arguments: sizes) func filterKeptOnTheSearchResults(width: Int, height: Int) throws {
    let keys: [Key] =
      [.character("/"), .character("a"), .enter, .character("f")] + BrowserHarness.typing("han")
      + [.enter, .down]
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: keys).render(),
      "results-filter-\(width)x\(height)")
  }

  @Test(arguments: sizes) func findKeptInTheReader(width: Int, height: Int) throws {
    var browser = ReaderFindTests.reader(width, height)
    ReaderFindTests.send(
      [.character("/")] + BrowserHarness.typing("tapes") + [.enter, .character("n")],
      to: &browser)
    try GoldenScreen.check(browser.render(), "find-\(width)x\(height)")
  }

  @Test(arguments: sizes) func findLineTyped(width: Int, height: Int) throws {
    var browser = ReaderFindTests.reader(width, height)
    ReaderFindTests.send([.character("/")] + BrowserHarness.typing("hannah"), to: &browser)
    try GoldenScreen.check(browser.render(), "find-line-\(width)x\(height)")
  }
}
