import TerminalCells
import Testing

@testable import BrowserCore
@testable import ShowModel

/// The Disagreements page, reached from the Show page's link and from a search: it scrolls,
/// follows its links, lives in history and closes with q, Esc or Back.
@Suite struct DisagreementsPageTests {
  static let points = BrowserHarness.builtIn.disagreements().points

  /// The Show page's details, with the link to the Disagreements page selected.
  static func onTheLink(
    _ width: Int = 100, _ height: Int = 30, catalog: Catalog = BrowserHarness.builtIn
  ) -> Browser {
    BrowserHarness.selecting(
      .page(DisagreementsPage.id),
      in: BrowserHarness.browser(width, height, keys: [.enter, .enter], catalog: catalog))
  }

  static func send(_ keys: [Key], to browser: inout Browser) {
    for key in keys { _ = browser.handle(.key(key)) }
  }

  static func statusLine(_ browser: Browser) -> String {
    browser.render().lines.last ?? ""
  }

  @Test func theShowPageLinkOpensThePageOnItsFirstPoint() {
    var browser = Self.onTheLink()
    #expect(browser.state.detailBlocks[browser.state.view.details.selection].target != nil)
    Self.send([.enter], to: &browser)
    #expect(browser.state.view.page == DisagreementsPage.id)
    #expect("\(BrowserViews.keyboardView(of: browser.state))" == "DisagreementsView")
    #expect(Self.statusLine(browser).contains("point 1/\(Self.points.count)"))
    let screen = browser.render().lines.joined(separator: "\n")
    #expect(screen.contains("\(Self.points.count) points where the sources disagree"))
    #expect(screen.contains(Self.points[0].entity.name + " › " + Self.points[0].label))
  }

  /// Opening the page again, as each visit to its row does, reads the points gathered the
  /// first time rather than scanning every fact of the catalog on a keystroke.
  @Test func thePointsAreGatheredOncePerCatalog() throws {
    let catalog = try PackLoader.catalog(path: nil)
    var browser = Self.onTheLink(catalog: catalog)
    let builds = browser.state.detailBuilds
    for _ in 0..<4 { Self.send([.enter, .character("q")], to: &browser) }
    #expect(browser.state.detailBuilds >= builds + 8, "the page's blocks are built each visit")
    #expect(catalog.disagreementsBuilds == 1)
  }

  @Test func itScrollsByItsBlocksAndCountsPoints() {
    var browser = Self.onTheLink(80, 12)
    Self.send([.enter, .character("G")], to: &browser)
    let total = Self.points.count
    #expect(Self.statusLine(browser).contains("point \(total)/\(total)"))
    #expect(browser.state.view.details.offset > 0, "the end of the page is scrolled into view")
    Self.send([.character("g")], to: &browser)
    #expect(Self.statusLine(browser).contains("point 1/\(total)"))
    #expect(browser.state.view.details.offset == 0)
    // Down goes through the first point's quotes before the second point.
    let firstSides = Self.points[0].claims.reduce(0) { $0 + $1.citations.count }
    Self.send(Array(repeating: .character("j"), count: firstSides + 1), to: &browser)
    #expect(Self.statusLine(browser).contains("point 2/\(total)"))
    Self.send([.pageUp], to: &browser)
    #expect(Self.statusLine(browser).contains("point 1/\(total)"))
  }

  @Test func enterFollowsThePointsEntityAndBackReturnsToThePoint() {
    var browser = Self.onTheLink()
    Self.send([.enter, .character("G")], to: &browser)
    let selection = browser.state.view.details.selection
    Self.send([.character("k")], to: &browser)
    while case .citation = browser.state.detailBlocks[browser.state.view.details.selection].target {
      Self.send([.character("k")], to: &browser)
    }
    let point = browser.state.view.details.selection
    guard case .entity(let id) = browser.state.detailBlocks[point].target else {
      Issue.record("not on a point")
      return
    }
    Self.send([.enter], to: &browser)
    #expect(browser.state.view.page == nil)
    #expect(browser.state.selectedEntity?.id == id)
    Self.send([.backspace], to: &browser)
    #expect(browser.state.view.page == DisagreementsPage.id)
    #expect(browser.state.view.details.selection == point)
    #expect(selection != point)
    Self.send([.character("L")], to: &browser)
    #expect(browser.state.view.page == nil && browser.state.selectedEntity?.id == id)
  }

  @Test func aQuoteOpensTheReaderAndQClosesItBackToThePage() {
    var browser = Self.onTheLink()
    Self.send([.enter, .character("j"), .enter], to: &browser)
    #expect(browser.state.view.reader != nil)
    #expect(browser.state.view.page == nil)
    Self.send([.character("q")], to: &browser)
    #expect(browser.state.view.page == DisagreementsPage.id)
    #expect(Self.statusLine(browser).contains("point 1/"))
  }

  @Test(arguments: [Key.character("q"), .escape, .backspace])
  func qEscAndBackCloseThePageToTheLink(key: Key) {
    var browser = Self.onTheLink()
    let link = browser.state.view.details.selection
    Self.send([.enter, .character("j"), key], to: &browser)
    #expect(browser.state.view.page == nil)
    #expect(browser.state.view.focus == .details)
    #expect(browser.state.view.details.selection == link)
    #expect(browser.state.detailBlocks[link].target == .page(DisagreementsPage.id))
    // A second q quits no sooner than at the main view: here it closes nothing, and quits.
    #expect(browser.handle(.key(.character("q"))) == .quit)
  }

  @Test func searchingDisagreeListsThePageFirstAndEnterOpensIt() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    Self.send(BrowserHarness.typing("disagree"), to: &browser)
    #expect(browser.state.listPages == [DisagreementsPage.id])
    #expect(browser.state.selectedPage == DisagreementsPage.id)
    let screen = browser.render().lines.joined(separator: "\n")
    #expect(screen.contains(" Disagreements  page"))
    // The details pane previews the page while its row is selected.
    #expect(screen.contains("\(Self.points.count) points where the sources disagree"))
    Self.send([.enter, .enter], to: &browser)
    #expect(browser.state.view.page == DisagreementsPage.id)
    #expect(browser.state.view.source == .search("disagree"))
    Self.send([.character("q")], to: &browser)
    #expect(browser.state.view.page == nil)
    #expect(browser.state.view.source == .search("disagree"))
    #expect(browser.state.view.focus == .list)
  }

  @Test func otherSearchesListNoPage() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    Self.send(BrowserHarness.typing("hannah"), to: &browser)
    #expect(browser.state.listPages.isEmpty)
    #expect(browser.state.selectedEntity?.name.contains("Hannah") == true)
  }

  @Test func movingInTheResultsPastThePageReachesTheEntities() {
    var browser = BrowserHarness.browser(100, 30, keys: [.character("/")])
    Self.send(BrowserHarness.typing("dis") + [.enter], to: &browser)
    #expect(browser.state.selectedPage == DisagreementsPage.id)
    Self.send([.character("j")], to: &browser)
    #expect(browser.state.selectedPage == nil)
    #expect(browser.state.selectedEntity == browser.state.results.first?.entity)
    #expect(Self.statusLine(browser).contains("2/\(browser.state.listCount)"))
  }
}

extension DisagreementsPageTests {
  @Test func theSearchLineCountsThePageItLists() {
    var browser = BrowserHarness.browser(80, 24, keys: [.character("/")])
    Self.send(BrowserHarness.typing("disagree"), to: &browser)
    #expect(Self.statusLine(browser).contains("1 result "))
  }

  /// A side that one article alone makes says so, as on the details pages and in the text
  /// report.
  @Test func aSideFromOneArticleSaysSo() {
    var browser = Self.onTheLink(120, 40)
    _ = browser.handle(.key(.enter))
    let screen = browser.render().lines.joined(separator: "\n")
    #expect(screen.contains("(per Deadline) (single source)"), "\(screen)")
  }
}
