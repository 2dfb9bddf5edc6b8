import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// The list and the details page are built again once per update, when what they show has
/// changed, never once per assignment inside it.
@Suite struct CacheRefreshTests {
  @Test func oneTurnOfTheWheelBuildsTheDetailsOnce() throws {
    var browser = BrowserHarness.browser(100, 10, keys: [.character("4")])
    let list = try #require(browser.state.layout.list)
    let before = browser.state.detailBuilds
    // The wheel scrolls the list three rows in one event, and the selection with it as it
    // leaves the pane.
    _ = browser.handle(.mouse(.wheelDown(row: list.y + 2, column: list.x + 2)))
    #expect(browser.state.view.list.selection == 3)
    #expect(browser.state.detailBuilds == before + 1)
    #expect(browser.state.detailBlocks == DetailBlocks.blocks(for: details(browser)))
  }

  @Test func aKeyThatChangesNothingBuildsNothing() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("4"), .down])
    let details = browser.state.detailBuilds
    let lists = browser.state.listBuilds
    _ = browser.handle(.key(.character("l")))
    _ = browser.handle(.key(.character("h")))
    #expect(browser.state.detailBuilds == details)
    #expect(browser.state.listBuilds == lists)
  }

  @Test func followingALinkShowsTheTargetsDetailsAtOnce() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("3"), .down, .down, .enter])
    while browser.state.detailBlocks[browser.state.view.details.selection].target
      != .entity("miles-heizer")
    {
      _ = browser.handle(.key(.character("j")))
    }
    _ = browser.handle(.key(.enter))
    #expect(browser.state.selectedEntity?.id == "miles-heizer")
    #expect(browser.state.detailBlocks == DetailBlocks.blocks(for: details(browser)))
  }

  /// Following a link refreshes the caches inside the update, to read the target's page;
  /// the frame is placed once, at the end.
  @Test func followingALinkPlacesTheFrameOnce() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("3"), .down, .down, .enter])
    let before = browser.state.framePlacements
    _ = browser.handle(.key(.enter))
    #expect(browser.state.view.source == .section(.characters))
    #expect(browser.state.framePlacements == before + 1)
  }

  /// A character typed into the search places the frame for the key, then once more for
  /// the results as they come, scrolled into range.
  @Test func resultsComingPlaceTheFrameOnce() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    let before = browser.state.framePlacements
    _ = browser.handle(.key(.character("h")))
    #expect(browser.state.view.source == .search("h"))
    #expect(browser.state.listCount > 0)
    #expect(browser.state.framePlacements == before + 2)
  }

  private func details(_ browser: Browser) -> EntityDetails {
    browser.state.catalog.details(of: browser.state.selectedEntity!.id)!
  }
}
