import TerminalCells
import Testing

@testable import BrowserCore
@testable import ShowModel

/// The Ratings page: reached from the show page's link when an episode has a rating, a row
/// of cells per season coloured by rating (bold and dim in monochrome), Enter on a season
/// opening its page.
@Suite struct RatingsPageTests {
  /// A show of three seasons whose ratings cover every band, with unrated episodes.
  static let rated: Catalog = {
    var entities = [Entity(id: "show", kind: .show, name: "Night Tapes", payload: .show)]
    let seasons = [10, 24, 3]
    for index in seasons.indices {
      entities.append(
        Entity(
          id: "season-\(index + 1)", kind: .season, name: "Season \(index + 1)",
          payload: .season(number: index + 1)))
    }
    for (index, count) in seasons.enumerated() {
      for number in 1...count {
        let rating = Double((number * 7 + index * 3) % 60 + 40) / 10
        let facts =
          number % 9 == 0
          ? []
          : [
            Fact(
              label: "Rating",
              claims: [
                Claim(value: EpisodeRating(rating: rating, votes: number * 10).text, citations: [])
              ])
          ]
        entities.append(
          Entity(
            id: "s\(index + 1)e\(number)", kind: .episode, name: "S\(index + 1)E\(number)",
            facts: facts, payload: .episode(season: "season-\(index + 1)", number: number)))
      }
    }
    return Catalog(pack: Pack(entities: entities, paths: []))
  }()

  /// The show page with its Ratings link selected.
  static func onTheLink(_ width: Int = 100, _ height: Int = 30, monochrome: Bool = false)
    -> Browser
  {
    BrowserHarness.selecting(
      .page(RatingsGrid.pageID),
      in: BrowserHarness.browser(
        width, height, keys: [.enter, .enter], catalog: rated, monochrome: monochrome))
  }

  @Test func theLinkOpensTheGridAndEnterOpensASeason() {
    var browser = Self.onTheLink()
    #expect(
      browser.state.detailBlocks[browser.state.view.details.selection].target == .page("ratings"))
    _ = browser.handle(.key(.enter))
    #expect(browser.state.view.page == RatingsGrid.pageID)
    #expect("\(BrowserViews.keyboardView(of: browser.state))" == "RatingsView")
    let screen = browser.render().lines
    #expect(screen.last?.contains("season 1/3") == true)
    #expect(screen.contains { $0.contains("34 rated episodes") })
    _ = browser.handle(.key(.down))
    _ = browser.handle(.key(.enter))
    #expect(browser.state.view.page == nil)
    #expect(browser.render().lines.contains { $0.contains("Season 2 · Season") })
  }

  @Test func aShowWithoutRatingsHasNoLink() {
    let browser = BrowserHarness.browser(100, 30, keys: [.enter, .enter])
    #expect(!browser.state.detailBlocks.contains { $0.target == .page(RatingsGrid.pageID) })
  }

  @Test(arguments: GoldenScreenTests.sizes) func ratingsPage(width: Int, height: Int) throws {
    var browser = Self.onTheLink(width, height)
    _ = browser.handle(.key(.enter))
    try GoldenScreen.check(browser.render(), "ratings-\(width)x\(height)")
  }

  @Test func monochromeRatingsPage() throws {
    var browser = Self.onTheLink(80, 24, monochrome: true)
    _ = browser.handle(.key(.enter))
    try GoldenScreen.check(browser.render(), "ratings-monochrome-80x24")
  }
}
