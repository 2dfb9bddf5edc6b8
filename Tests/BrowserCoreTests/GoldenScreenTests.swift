import BrowserCore
import ShowModel
import TerminalCells
import Testing

/// Golden screens of the core at three sizes: read each one by eye before committing it.
@Suite struct GoldenScreenTests {
  static let sizes = [(80, 24), (120, 40), (40, 12)]

  @Test(arguments: sizes) func startScreen(width: Int, height: Int) throws {
    try GoldenScreen.check(
      BrowserHarness.browser(width, height).render(), "start-\(width)x\(height)")
  }

  @Test(arguments: sizes) func characterDetails(width: Int, height: Int) throws {
    let keys: [Key] = [.character("3"), .enter]
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: keys).render(), "character-\(width)x\(height)")
  }

  @Test(arguments: sizes) func searchInProgress(width: Int, height: Int) throws {
    let keys: [Key] = [.character("/")] + BrowserHarness.typing("lang")
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: keys).render(), "search-\(width)x\(height)")
  }

  @Test(arguments: sizes) func readerOnAQuote(width: Int, height: Int) throws {
    // Hannah Baker's details, down to her first citation, then follow it.
    var browser = BrowserHarness.browser(width, height, keys: [.character("3"), .enter])
    while let block = browser.state.detailBlocks[safe: browser.state.view.details.selection],
      block.target?.isCitation != true
    {
      let before = browser.state.view.details.selection
      _ = browser.handle(.key(.down))
      if browser.state.view.details.selection == before { break }
    }
    _ = browser.handle(.key(.enter))
    try GoldenScreen.check(browser.render(), "reader-\(width)x\(height)")
  }

  @Test(arguments: sizes) func helpOverlay(width: Int, height: Int) throws {
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: [.character("?")]).render(),
      "help-\(width)x\(height)")
  }

  @Test(arguments: sizes) func helpOverlayInTheMiddle(width: Int, height: Int) throws {
    let keys: [Key] = [.function(1), .character("j"), .character("j"), .pageDown]
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: keys).render(), "help-middle-\(width)x\(height)")
  }

  @Test(arguments: sizes) func helpOverlayAtTheEnd(width: Int, height: Int) throws {
    try GoldenScreen.check(
      BrowserHarness.browser(width, height, keys: [.character("?"), .end]).render(),
      "help-end-\(width)x\(height)")
  }

  @Test(arguments: sizes) func wideCharactersKeepColumns(width: Int, height: Int) throws {
    let catalog = try PackLoader.catalog(path: BrowserHarness.fixture("wide.json"))
    let browser = BrowserHarness.browser(
      width, height, keys: [.character("3"), .enter], catalog: catalog)
    try GoldenScreen.check(browser.render(), "wide-\(width)x\(height)")
  }

  @Test func monochromeKeepsSelectionVisible() throws {
    let browser = BrowserHarness.browser(80, 24, keys: [.character("3")], monochrome: true)
    try GoldenScreen.check(browser.render(), "monochrome-80x24")
  }

  @Test func tooSmall() throws {
    try GoldenScreen.check(BrowserHarness.browser(24, 6).render(), "too-small-24x6")
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension DetailTarget {
  var isCitation: Bool {
    if case .citation = self { return true }
    return false
  }
}
