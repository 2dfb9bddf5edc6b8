import Testing

@testable import ShowModel

/// The Show page links to the Disagreements page, in its details.
@Suite struct PageLinkTests {
  let catalog = try! PackLoader.catalog(path: nil)

  @Test func theShowPageLinksToTheDisagreementsPageWithItsCount() throws {
    let details = try #require(catalog.details(of: catalog.show.id))
    let pages = try #require(details.sections.first { $0.title == "Pages" })
    let count = catalog.disagreements().points.count
    #expect(count > 1)
    #expect(
      pages.items == [
        .page(id: DisagreementsPage.id, title: DisagreementsPage.title, note: "\(count) points")
      ])
  }

  @Test func otherPagesHaveNoPageLinks() throws {
    for entity in catalog.entities where entity.kind != .show {
      let details = try #require(catalog.details(of: entity.id))
      #expect(!details.sections.contains { $0.title == "Pages" }, "\(entity.id)")
    }
  }
}
