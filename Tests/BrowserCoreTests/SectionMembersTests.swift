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

  @Test func sectionListsAreAllocatedOnceAtTheirLengthInFourBytesAPlace() {
    // Grown by doubling as 8-byte places, 3,000 characters took 32,768 bytes.
    let characters = (0..<3_000).map {
      Entity(id: "character-\($0)", kind: .character, name: "C \($0)", payload: .character)
    }
    let seasons = (1...3).map {
      Entity(id: "season-\($0)", kind: .season, name: "Season \($0)", payload: .season(number: $0))
    }
    let episodes = (0..<1_000).map {
      Entity(
        id: "episode-\($0)", kind: .episode, name: "E \($0)",
        payload: .episode(season: "season-\($0 % 3 + 1)", number: $0))
    }
    let entities =
      [Entity(id: "show", kind: .show, name: "Show", payload: .show)] + episodes + seasons
      + characters
    let catalog = Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "e[\($0)]" }))
    let members = SectionMembers(catalog: catalog)
    for list in members.members {
      let bytes = list.capacity * MemoryLayout.stride(ofValue: list.first ?? 0)
      #expect(bytes <= 4 * list.count + 64)
    }
    let seasonList = members.members[Section.seasons.rawValue].map { catalog.entities[Int($0)].id }
    #expect(seasonList.count == 1_003)
    #expect(Array(seasonList.prefix(3)) == ["season-1", "episode-0", "episode-3"])
    #expect(members.members[Section.characters.rawValue].count == 3_000)
  }
}
