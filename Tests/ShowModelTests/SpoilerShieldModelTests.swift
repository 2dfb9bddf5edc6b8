import Foundation
import Testing

@testable import ShowModel

/// What the spoiler shield hides, on its own and in the built-in show's pages and texts.
struct SpoilerShieldModelTests {
  /// A show of two seasons of two episodes each, in air order.
  private let airOrder: [EpisodeLine] = [(1, 1), (1, 2), (2, 1), (2, 2)].map { season, number in
    var line = EpisodeLine(
      id: "s\(season)e\(number)", season: season, number: number, title: nil, airdate: nil)
    line.seasonID = "season-\(season)"
    return line
  }

  private static let builtIn = try! PackLoader.catalog(path: nil)

  private static func watched(through last: Int) -> Set<String> {
    Set((1...last).map { String(format: "s01e%02d", $0) })
  }

  @Test func anEpisodeHidesWhileItComesAfterTheWatchedPointAndASeasonWhileOneOfItsDoes() {
    let shield = SpoilerShield(airOrder: airOrder, watched: ["s1e1"])
    #expect(shield.hides("s1e1", key: "k") == nil)
    #expect(shield.hides("s1e2", key: "k") == "S01E02")
    #expect(shield.hides("season-1", key: "k") == "S01")
    #expect(shield.hides("season-2", key: "k") == "S02")
    // The latest episode watched is the point, whatever was skipped before it.
    let later = SpoilerShield(airOrder: airOrder, watched: ["s2e1"])
    #expect(later.hides("s1e2", key: "k") == nil)
    #expect(later.hides("season-1", key: "k") == nil)
    #expect(later.hides("season-2", key: "k") == "S02")
    #expect(later.hides(nil, key: "k") == nil)
  }

  @Test func aSeasonNotBegunHidesItsTitleAndOneUnderWayKeepsIt() {
    let shield = SpoilerShield(airOrder: airOrder, watched: ["s1e1"])
    let season = { (number: Int) in
      Entity(
        id: "season-\(number)", kind: .season, name: "Season \(number): The Storm",
        summary: "A storm season.", payload: .season(number: number))
    }
    #expect(shield.hiding(season(1)) == nil)
    #expect(shield.hiding(season(2))?.name == "Season 2")
    #expect(shield.shielded(season(2)).summary == nil)
    // A point in it reveals while any of its episodes is to come, begun or not.
    #expect(shield.hides("season-1", key: "k") == "S01")
  }

  @Test func theBuiltInDisagreementsAboutSeason2StayAtS01E12() {
    let catalog = Self.builtIn
    let shield = SpoilerShield(
      airOrder: EpisodeLine.episodes(of: catalog), watched: Self.watched(through: 12))
    let page = catalog.disagreements().shielded(by: shield)
    #expect(page.points.allSatisfy { $0.spoiler == nil })
    #expect(page.points.map(\.label).contains("Renewal"))
  }

  @Test func withNothingWatchedNothingIsHidden() {
    let shield = SpoilerShield(airOrder: airOrder, watched: [])
    #expect(!shield.hidesAnything)
    #expect(shield.hides("s2e2", key: "k") == nil)
    #expect(!SpoilerShield(airOrder: airOrder, watched: ["s2e2"]).hidesAnything)
  }

  @Test func whatWasShownStaysShownAndAShieldTurnedOffStaysOffAsThePointMoves() {
    var shield = SpoilerShield(airOrder: airOrder, watched: ["s1e1"])
    shield.show("one")
    #expect(shield.hides("s2e2", key: "one") == nil)
    #expect(shield.hides("s2e2", key: "two") == "S02E02")
    let moved = shield.following(airOrder: airOrder, watched: ["s1e1", "s1e2"])
    #expect(moved.hides("s2e2", key: "one") == nil)
    #expect(moved.hides("s1e2", key: "two") == nil)
    shield.turnOff()
    #expect(!shield.following(airOrder: airOrder, watched: ["s1e1"]).hidesAnything)
  }

  @Test func theBuiltInArticlesHideTheFinalesPassagesUntilItIsWatched() throws {
    let catalog = Self.builtIn
    let airOrder = EpisodeLine.episodes(of: catalog)
    let atTwelve = SpoilerShield(airOrder: airOrder, watched: Self.watched(through: 12))
    let article = try #require(catalog.text(ofSource: "article-so-close", shield: atTwelve))
    #expect(!article.contains("gun arsenal"))
    #expect(!article.contains("survives his gunshot"))
    #expect(article.contains("[spoiler for S01E13]"))
    let finale = try #require(
      catalog.text(ofSource: "article-officially-happening", shield: atTwelve))
    #expect(!finale.contains("critical condition"))
    let atThirteen = SpoilerShield(airOrder: airOrder, watched: Self.watched(through: 13))
    #expect(
      catalog.text(ofSource: "article-so-close", shield: atThirteen)
        == catalog.text(ofSource: "article-so-close"))
  }

  @Test func theFiveFinaleThreadsAndNoOthersRevealS01E13() {
    let catalog = Self.builtIn
    let threads = catalog.entities(of: .thread).filter { $0.reveals == "s01e13" }.map(\.id)
    #expect(
      Set(threads) == [
        "alex-cliffhanger", "jessicas-father-cliffhanger", "bryce-cliffhanger",
        "tyler-cliffhanger", "hannahs-parents-cliffhanger",
      ])
    // Every citation that quotes the finale's passages reveals it.
    for entity in catalog.entities {
      for citation in entity.allCitations
      where citation.quote.contains("gun arsenal") || citation.quote.contains("critical condition")
      {
        #expect(citation.reveals == "s01e13", "\(entity.id): \(citation.quote)")
      }
    }
  }

  @Test func aHiddenEntitysPageSaysNoMoreThanItsKind() throws {
    let catalog = Self.builtIn
    let shield = SpoilerShield(
      airOrder: EpisodeLine.episodes(of: catalog), watched: Self.watched(through: 12))
    let details = try #require(catalog.details(of: "alex-cliffhanger", shield: shield))
    #expect(details.entity.name == "Plot thread (spoiler for S01E13)")
    #expect(details.spoiler?.reveals == "S01E13")
    #expect(
      details.sections == [
        DetailSection(
          title: "About",
          items: [
            .field(label: "Kind", value: "Plot thread"),
            .spoiler(
              Spoiler(
                reveals: "S01E13", key: "alex-cliffhanger",
                name: "Plot thread (spoiler for S01E13)")),
          ])
      ])
  }
}

/// A disagreement whose fact reveals a later episode keeps its place on the page but says
/// only which episode.
struct SpoilerDisagreementTests {
  @Test func aHiddenDisagreementSaysOnlyWhichEpisodeItReveals() throws {
    let citation = { (quote: String) in Citation(source: "a", quote: quote) }
    let catalog = Catalog(
      pack: Pack(
        entities: [
          Entity(id: "show", kind: .show, name: "Show", payload: .show),
          Entity(
            id: "a", kind: .source, name: "A",
            payload: .source(kind: .article, text: "She dies. She lives.")),
          Entity(id: "season-1", kind: .season, name: "Season 1", payload: .season(number: 1)),
          Entity(
            id: "e1", kind: .episode, name: "S01E01",
            payload: .episode(season: "season-1", number: 1)),
          Entity(
            id: "e2", kind: .episode, name: "S01E02",
            payload: .episode(season: "season-1", number: 2)),
          Entity(
            id: "nora", kind: .character, name: "Nora",
            facts: [
              Fact(
                label: "Fate",
                claims: [
                  Claim(value: "Dies", citations: [citation("She dies.")]),
                  Claim(value: "Lives", citations: [citation("She lives.")]),
                ], reveals: "e2")
            ], payload: .character),
        ],
        paths: ["show", "sources[0]", "seasons[0]", "episodes[0]", "episodes[1]", "characters[0]"]))
    let shield = SpoilerShield(airOrder: EpisodeLine.episodes(of: catalog), watched: ["e1"])
    let page = catalog.disagreements().shielded(by: shield)
    #expect(page.points.count == 1)
    #expect(page.points[0].spoiler?.reveals == "S01E02")
    #expect(page.points[0].label == "")
    #expect(page.points[0].claims.isEmpty)
    #expect(catalog.disagreements().shielded(by: SpoilerShield()).points[0].label == "Fate")
  }
}
