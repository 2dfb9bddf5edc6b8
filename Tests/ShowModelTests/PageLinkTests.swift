import Testing

@testable import ShowModel

/// Only the Show page links to the Disagreements page (its link is checked as a catalog
/// opens, in `CatalogOpeningTests`).
@Suite struct PageLinkTests {
  let catalog = try! PackLoader.catalog(path: nil)

  @Test func otherPagesHaveNoPageLinks() throws {
    for entity in catalog.entities where entity.kind != .show {
      let details = try #require(catalog.details(of: entity.id))
      #expect(!details.sections.contains { $0.title == "Pages" }, "\(entity.id)")
    }
  }
}
