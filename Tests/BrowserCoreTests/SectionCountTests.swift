import ShowModel
import Testing

@testable import BrowserCore

/// The sections pane keeps each section's count whole, cutting the title instead.
struct SectionCountTests {
  @Test func aLongCountCutsTheTitleAndStaysWhole() throws {
    let seasons = (1...9_999).map {
      ["id": "season-\($0)", "name": "Season \($0)", "number": $0] as [String: Any]
    }
    let catalog = try BrowserHarness.catalog(pack: [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": "Many seasons", "summary": "A show."],
      "seasons": seasons,
    ])
    let lines = Browser(catalog: catalog, width: 100, height: 30).render().lines
    let row = try #require(lines.first { $0.hasPrefix(" 2 ") })
    let sectionsPane = String(row.prefix(24))
    #expect(sectionsPane.hasSuffix("9999 "), "\(sectionsPane)")
    #expect(sectionsPane.contains("Seasons & epis…"), "\(sectionsPane)")
  }
}
