import Reports
import ShowModel
import Testing

@Suite struct RatingsReportTests {
  private func grid(episodes: Int) -> RatingsGrid {
    var entities = [
      Entity(id: "show", kind: .show, name: "S", payload: .show),
      Entity(id: "season-1", kind: .season, name: "Season 1", payload: .season(number: 1)),
    ]
    for number in 1...episodes {
      let facts =
        number % 7 == 0
        ? []
        : [
          Fact(
            label: "Rating", claims: [Claim(value: number % 3 == 0 ? "10.0" : "8.1", citations: [])]
          )
        ]
      entities.append(
        Entity(
          id: "e\(number)", kind: .episode, name: "E\(number)", facts: facts,
          payload: .episode(season: "season-1", number: number)))
    }
    return RatingsGrid(catalog: Catalog(pack: Pack(entities: entities, paths: [])))
  }

  @Test func aSeasonWrapsUnderItsFirstRatingWithinEightyColumns() {
    let lines = RatingsReport.lines(grid(episodes: 40))
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= 80 })
    #expect(lines[0].hasPrefix("S01  8.1  8.1 10.0  8.1  8.1 10.0    –  8.1"))
    // Every cell ends on a column of the same five-column grid, wrapped lines included.
    #expect(lines.allSatisfy { ($0.count - 3) % 5 == 0 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
    let cells = lines.flatMap { $0.split(separator: " ").filter { $0 != "S01" } }
    #expect(cells.count == 40)
  }

  @Test func jsonGivesNullWhereAnEpisodeHasNoRating() {
    let json = RatingsReport.json(grid(episodes: 7), show: "tt1")
    let text = JSONWriter.format(json).filter { !$0.isWhitespace }
    #expect(text.contains("{\"number\":7,\"rating\":null,\"votes\":null}"))
    #expect(text.contains("{\"number\":3,\"rating\":10.0,\"votes\":null}"))
  }
}
