import ShowModel
import TerminalCells
import Testing

@testable import BrowserCore

/// The browser sorts a catalog's entities into sections once, by place in the catalog: each
/// section lists what `Section.entities(in:)` gives, and following a link selects its row.
@Suite struct SectionMembersTests {
  static let packs = ["wide.json", "huge-grapheme.json", "long-words.json"]

  @Test func theBuiltInShowListsEachSectionAsItsEntities() {
    check(BrowserHarness.builtIn)
  }

  @Test(arguments: packs)
  func aFixtureListsEachSectionAsItsEntities(pack: String) throws {
    check(try PackLoader.catalog(path: BrowserHarness.fixture(pack)))
  }

  private func check(_ catalog: Catalog) {
    var browser = BrowserHarness.browser(100, 30, catalog: catalog)
    for section in Section.allCases {
      let expected = section.entities(in: catalog).map(\.id)
      _ = browser.handle(.key(.character(Character(String(section.rawValue + 1)))))
      #expect(browser.state.listEntities.map(\.id) == expected, "\(section)")
      #expect(browser.state.sectionCounts[section.rawValue] == expected.count, "\(section)")
      for (row, id) in expected.enumerated() where section != .show {
        var state = browser.state
        state.open(.entity(id))
        #expect(state.section == section)
        #expect(state.view.list.selection == row, "\(id)")
        #expect(state.selectedEntity?.id == id)
      }
    }
  }
}
