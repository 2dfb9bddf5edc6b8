import Testing

@testable import ShowSearch

// MARK: - Several terms

@Suite struct MultiTermTests {
  @Test func termsAreSplitAtWhitespaceAndFolded() {
    #expect(SearchQuery("  Clay   Jensen ").terms == ["Clay", "Jensen"])
    #expect(SearchQuery("zoë\tSøren").terms == ["zoe", "Soren"])
    #expect(SearchQuery(" \t ").isEmpty)
    #expect(!SearchQuery("a").isEmpty)
    #expect(SearchQuery("clay") == SearchQuery("clay"))
    #expect(SearchQuery("clay") != SearchQuery("Clay"))
  }

  @Test func everyTermMustMatchInAnyOrder() {
    #expect(
      match("baker hannah", "Hannah Baker")?.positions == [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11])
    #expect(match("hannah zz", "Hannah Baker") == nil)
    let people = ["Clay Jensen", "Hannah Baker", "Justin Foley", "Jessica Davis"]
    #expect(ranked("jensen clay", in: people) == ["Clay Jensen"])
    #expect(ranked("j s", in: people) == ranked("s j", in: people))
  }

  @Test func positionsAreTheUnionOfTheTerms() {
    #expect(match("han nah", "Hannah")?.positions == [0, 1, 2, 3, 4, 5])
    #expect(match("ann nna", "Hannah")?.positions == [1, 2, 3, 4])
  }

  @Test func scoreIsTheSumOfTermScores() throws {
    let both = try #require(match("clay jen", "Clay Jensen Sr"))
    let clay = try #require(match("clay", "Clay Jensen Sr"))
    let jen = try #require(match("jen", "Clay Jensen Sr"))
    #expect(both.score == clay.score + jen.score)
  }

  @Test func wholeQueryEqualToTheCandidateIsExact() {
    let candidates = ["Hannah Baker Jr", "Baker Hannah", "Hannah Baker"]
    #expect(
      ranked("hannah baker", in: candidates) == [
        "Hannah Baker", "Baker Hannah", "Hannah Baker Jr",
      ])
  }
}
