import TerminalCells
import Testing

@testable import BrowserCore
@testable import ShowModel

/// Opening the search line prepares the names' index, through the search the terminal runs
/// on a worker thread, so that the first character typed finds it built.
@Suite struct SearchOpeningTests {
  @Test func openingTheSearchLineBuildsTheNamesIndex() throws {
    let catalog = try PackLoader.catalog(path: nil)
    var browser = BrowserHarness.browser(100, 30, catalog: catalog)
    #expect(catalog.searchIndex.builtTiers.isEmpty)
    _ = browser.receive(.key(.character("/")))
    #expect(browser.pendingQuery == "")
    _ = browser.handle(.key(.character("h")))
    #expect(browser.pendingQuery == nil)
    #expect(catalog.searchIndex.builtTiers.contains(.name))
    #expect(browser.state.listEntities.first?.id != nil)
  }

  @Test func theEmptyQuerysResultsKeepTheListEmpty() throws {
    let catalog = try PackLoader.catalog(path: nil)
    var browser = BrowserHarness.browser(100, 30, catalog: catalog)
    _ = browser.handle(.key(.character("/")))
    #expect(catalog.searchIndex.builtTiers == [.name])
    #expect(browser.pendingQuery == nil)
    #expect(browser.state.listEntities.isEmpty)
    #expect(browser.render().lines.contains { $0.contains("Type to search names") })
  }

  @Test func aSearchStillRunningSaysSoInsteadOfNothingMatches() throws {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    _ = browser.receive(.key(.character("h")))
    #expect(browser.pendingQuery == "h")
    let waiting = browser.render().lines.joined(separator: "\n")
    #expect(waiting.contains("Searching for “h”…"))
    #expect(!waiting.contains("Nothing matches"))
    for character in "#%#%" { _ = browser.receive(.key(.character(character))) }
    browser.adopt(browser.search("h#%#%"))
    #expect(browser.pendingQuery == nil)
    #expect(browser.render().lines.contains { $0.contains("Nothing matches “h#%#%”") })
  }
}
