import BrowserCore
import TerminalCells
import Testing

/// The wheel scrolls the pane under the pointer three rows a notch, as in less, vim and
/// tig: the selection stays while it is in view, else it moves to the nearest row in view,
/// and the focus stays where it is.
@Suite struct WheelTests {
  /// The text of the rows of `rect` under its header.
  static func rows(_ frame: ScreenBuffer, _ rect: Rect) -> [String] {
    frame.lines[(rect.y + 1)..<(rect.y + rect.height)].map {
      String(Array($0)[rect.x..<(rect.x + rect.width)])
    }
  }

  /// Checks that the pane `rect` shows in `after` what it showed in `before` moved up by
  /// `rows` rows (down for a negative `rows`).
  static func expectScrolled(
    _ before: ScreenBuffer, _ after: ScreenBuffer, _ rect: Rect, by rows: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let old = Self.rows(before, rect)
    let new = Self.rows(after, rect)
    let overlap = old.count - abs(rows)
    if rows > 0 {
      #expect(Array(new[0..<overlap]) == Array(old[rows...]), sourceLocation: sourceLocation)
    } else {
      #expect(Array(new[(-rows)...]) == Array(old[0..<overlap]), sourceLocation: sourceLocation)
    }
  }

  static func wheelDown(_ browser: inout Browser, over rect: Rect) {
    _ = browser.handle(.mouse(.wheelDown(row: rect.y + 2, column: rect.x + 2)))
  }

  static func wheelUp(_ browser: inout Browser, over rect: Rect) {
    _ = browser.handle(.mouse(.wheelUp(row: rect.y + 2, column: rect.x + 2)))
  }

  @Test func theWheelScrollsTheListAndTheSelectionFollowsOnlyWhenItLeaves() throws {
    let catalog = try ListPaneCostTests.catalog(characters: 100)
    var browser = BrowserHarness.browser(
      80, 24, keys: [.character("3"), .enter], catalog: catalog)
    #expect(browser.state.view.focus == .details)
    let list = try #require(browser.state.layout.list)
    let before = browser.render()
    Self.wheelDown(&browser, over: list)
    Self.expectScrolled(before, browser.render(), list, by: 3)
    // The first row left the pane: the selection moved to the nearest row in view. The
    // focus stayed in the details.
    #expect(browser.state.view.list.offset == 3)
    #expect(browser.state.view.list.selection == 3)
    #expect(browser.state.view.focus == .details)
    // A selection still in view stays where it is.
    _ = browser.handle(.key(.left))
    for _ in 0..<5 { _ = browser.handle(.key(.down)) }
    #expect(browser.state.view.list.selection == 8)
    Self.wheelDown(&browser, over: list)
    #expect(browser.state.view.list.offset == 6)
    #expect(browser.state.view.list.selection == 8)
    // Up, the last row leaves when the selection is on it.
    let rows = list.height - 1
    while browser.state.view.list.selection < browser.state.view.list.offset + rows - 1 {
      _ = browser.handle(.key(.down))
    }
    let selected = browser.state.view.list.selection
    Self.wheelUp(&browser, over: list)
    #expect(browser.state.view.list.selection == selected - 3)
    // At the top and at the bottom, the wheel stops.
    for _ in 0..<40 { Self.wheelUp(&browser, over: list) }
    #expect(browser.state.view.list.offset == 0)
    for _ in 0..<40 { Self.wheelDown(&browser, over: list) }
    #expect(browser.state.view.list.offset == 100 - rows)
    #expect(browser.state.view.list.selection == 100 - rows)
  }

  @Test(arguments: [(80, 24), (120, 40), (40, 12)])
  func theWheelScrollsTheDetailsThreeRows(size: (Int, Int)) throws {
    // The show's page is longer than the pane at every size.
    var browser = BrowserHarness.browser(size.0, size.1, keys: [.character("1"), .enter])
    let details = try #require(browser.state.layout.details)
    let selection = browser.state.view.details.selection
    var before = browser.render()
    Self.wheelDown(&browser, over: details)
    Self.expectScrolled(before, browser.render(), details, by: 3)
    // Three rows further, then back: each notch moves the text three rows exactly, block
    // boundaries or not.
    before = browser.render()
    Self.wheelDown(&browser, over: details)
    Self.expectScrolled(before, browser.render(), details, by: 3)
    before = browser.render()
    Self.wheelUp(&browser, over: details)
    Self.expectScrolled(before, browser.render(), details, by: -3)
    Self.wheelUp(&browser, over: details)
    // Back at the top, as at the start; the first selection left the pane on the way and
    // the nearest block in view was selected.
    #expect(browser.state.view.details.offset == 0)
    #expect(browser.state.view.details.hiddenLines == 0)
    #expect(browser.state.view.details.selection != selection)
    #expect(browser.state.view.focus == .details)
  }

  @Test(arguments: [(80, 24), (120, 40), (40, 12)])
  func detailsScrolledByTheWheelGolden(size: (Int, Int)) throws {
    // The show's page, two notches down: its text starts six rows on, mid-block, and the
    // selection moved to the first block in view, the summary, whose last lines show.
    var browser = BrowserHarness.browser(size.0, size.1, keys: [.character("1"), .enter])
    let details = try #require(browser.state.layout.details)
    Self.wheelDown(&browser, over: details)
    Self.wheelDown(&browser, over: details)
    try GoldenScreen.check(browser.render(), "wheel-details-\(size.0)x\(size.1)")
  }

  @Test func theSelectedBlockStaysWhileALineOfItShows() throws {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("3"), .enter])
    let details = try #require(browser.state.layout.details)
    for _ in 0..<4 { _ = browser.handle(.key(.down)) }
    let selection = browser.state.view.details.selection
    Self.wheelDown(&browser, over: details)
    #expect(browser.state.view.details.selection == selection)
  }

  @Test func theWheelStopsWhereThePageEnds() throws {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("3"), .enter])
    let details = try #require(browser.state.layout.details)
    for _ in 0..<200 { Self.wheelDown(&browser, over: details) }
    let end = browser.render()
    Self.wheelDown(&browser, over: details)
    #expect(browser.render().lines == end.lines)
    // The last line of the page is on the last row of the pane.
    let rows = Self.rows(end, details)
    #expect(rows.last?.trimmingCharacters(in: .whitespaces).isEmpty == false)
  }

  @Test func theWheelScrollsTheReaderAndTheDisagreementsPage() throws {
    var reader = ReaderFindTests.reader(80, 24)
    let pane = try #require(reader.state.layout.details)
    var before = reader.render()
    Self.wheelDown(&reader, over: pane)
    Self.expectScrolled(before, reader.render(), pane, by: 3)

    var page = DisagreementsPageTests.onTheLink(100, 30)
    _ = page.handle(.key(.enter))
    let rect = try #require(page.state.layout.details)
    before = page.render()
    Self.wheelDown(&page, over: rect)
    Self.expectScrolled(before, page.render(), rect, by: 3)
    #expect(page.render().lines[rect.y].contains("Disagreements"))
  }

  @Test func theWheelLeavesATypedLineTheKeyboard() throws {
    var browser = BrowserHarness.browser(
      80, 12, keys: [.character("/")] + BrowserHarness.typing("a"))
    let list = try #require(browser.state.layout.list)
    let before = browser.render()
    Self.wheelDown(&browser, over: list)
    Self.expectScrolled(before, browser.render(), list, by: 3)
    _ = browser.handle(.key(.character("n")))
    #expect(browser.state.search?.query == "an")
  }

  @Test func aWheelOverTheSectionsOrTheStatusLineDoesNothing() {
    var browser = BrowserHarness.browser(120, 40, keys: [.character("3"), .enter])
    let view = browser.state.view
    #expect(browser.handle(.mouse(.wheelDown(row: 5, column: 3))) == .ignored)
    #expect(browser.handle(.mouse(.wheelDown(row: 39, column: 3))) == .ignored)
    #expect(browser.state.view == view)
  }

  @Test func backRestoresTheDetailsAsTheWheelLeftThem() throws {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("3"), .enter])
    let details = try #require(browser.state.layout.details)
    // On the link to the actor, scrolled three rows: the link is still in view.
    while browser.state.detailBlocks[browser.state.view.details.selection].target == nil {
      _ = browser.handle(.key(.down))
    }
    Self.wheelDown(&browser, over: details)
    #expect(browser.state.view.details.offset + browser.state.view.details.hiddenLines > 0)
    let scrolled = browser.render()
    _ = browser.handle(.key(.enter))
    #expect(browser.render().lines != scrolled.lines)
    _ = browser.handle(.key(.backspace))
    #expect(browser.render().lines == scrolled.lines)
  }
}
