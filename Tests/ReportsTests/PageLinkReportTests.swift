import Reports
import ShowModel
import Testing

/// The Show page's link to the Disagreements page, in both reports.
@Suite struct PageLinkReportTests {
  let catalog = try! PackLoader.catalog(path: nil)

  @Test func theTextReportNamesThePageAndItsId() throws {
    let details = try #require(catalog.details(of: catalog.show.id))
    let text = TextReport().details(details)
    let count = catalog.disagreements().points.count
    #expect(text.contains("Pages\n  Disagreements (\(count) points) [disagreements]\n"))
  }

  @Test func theJSONReportListsThePageAsARelationOfKindPage() throws {
    let details = try #require(catalog.details(of: catalog.show.id))
    let json = JSONWriter.format(JSONReport.details(details))
    #expect(json.contains("\"pages\": ["))
    #expect(json.contains("\"id\": \"disagreements\",\n        \"kind\": \"page\""))
  }
}
