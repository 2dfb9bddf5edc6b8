import Testing

@testable import ShowModel

@Suite struct RatingsGridTests {
  private func episode(_ id: String, season: String, number: Int?, rating: String?) -> Entity {
    Entity(
      id: id, kind: .episode, name: id,
      facts: rating.map { [Fact(label: "Rating", claims: [Claim(value: $0, citations: [])])] }
        ?? [],
      payload: .episode(season: season, number: number))
  }

  @Test func ratingsAreWrittenAndReadBackTheSameWay() {
    let rating = EpisodeRating(rating: 8.149, votes: 1_234_567)
    #expect(rating.text == "8.1 (1,234,567 votes)")
    #expect(EpisodeRating(text: rating.text) == EpisodeRating(rating: 8.1, votes: 1_234_567))
    #expect(EpisodeRating(rating: 10, votes: 1).text == "10.0 (1 vote)")
    #expect(EpisodeRating(text: "7.25") == EpisodeRating(rating: 7.25, votes: nil))
    #expect(EpisodeRating(text: "none") == nil)
  }

  @Test func seasonsAndEpisodesAreInOrderWithGapsWhereNoneIsRated() {
    let entities = [
      Entity(id: "show", kind: .show, name: "S", payload: .show),
      Entity(id: "season-2", kind: .season, name: "Season 2", payload: .season(number: 2)),
      Entity(id: "season-1", kind: .season, name: "Season 1", payload: .season(number: 1)),
      episode("s02e01", season: "season-2", number: 1, rating: "6.0"),
      episode("s01e02", season: "season-1", number: 2, rating: "7.5 (100 votes)"),
      episode("s01e01", season: "season-1", number: 1, rating: nil),
      episode("s01-special", season: "season-1", number: nil, rating: "9.9"),
    ]
    let grid = RatingsGrid(catalog: Catalog(pack: Pack(entities: entities, paths: [])))
    #expect(grid.seasons.map(\.number) == [1, 2])
    #expect(grid.seasons.map(\.id) == ["season-1", "season-2"])
    #expect(grid.seasons[0].episodes.map(\.number) == [1, 2])
    #expect(
      grid.seasons[0].episodes.map(\.rating) == [nil, EpisodeRating(rating: 7.5, votes: 100)])
    #expect(grid.ratedCount == 2)
    #expect(RatingsGrid.hasRatings(Catalog(pack: Pack(entities: entities, paths: []))))
    #expect(
      !RatingsGrid.hasRatings(Catalog(pack: Pack(entities: Array(entities.prefix(3)), paths: []))))
  }
}
