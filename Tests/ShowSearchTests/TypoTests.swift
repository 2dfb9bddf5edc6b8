import Testing

@testable import ShowSearch

// MARK: - Typos

@Suite struct TypoTests {
  @Test func swappedLetters() throws {
    #expect(match("langfrod", "Katherine Langford") == nil)
    let found = try #require(typoMatch("langfrod", "Katherine Langford"))
    #expect(found.typos == 1)
    #expect(found.positions == [10, 11, 12, 13, 14, 15, 16, 17])
    #expect(typoMatch("hananh", "Hannah")?.positions == [0, 1, 2, 3, 4, 5])
  }

  @Test func aTypoMatchNeverOutranksAnExactOneWithinALimit() {
    // The typo spelling scores higher (a whole word), yet the exact letters come first.
    let lines = ["Langfrod", "l-a-n-g-f-o-r-d x"]
    #expect(ranked("langford", in: lines, limit: 1) == ["l-a-n-g-f-o-r-d x"])
  }

  @Test func aQueryWithoutTyposFindsOnlyExactMatches() {
    let index = SearchIndex(["Langfrod", "Langford"])
    let hits = index.search(SearchQuery("langford", allowsTypos: false), limit: nil)
    #expect(hits.map(\.index) == [1])
    #expect(SearchQuery("langford", allowsTypos: false) != SearchQuery("langford"))
  }

  @Test func missingLetterNeedsNoTypo() {
    #expect(match("hanah", "Hannah")?.positions == [0, 1, 2, 4, 5])
    #expect(match("hanah", "Hannah")?.typos == 0)
    #expect(typoMatch("hanah", "Hannah")?.typos == 0)
  }

  @Test func extraLetter() {
    #expect(match("hannnah", "Hannah") == nil)
    #expect(typoMatch("hannnah", "Hannah")?.positions == [0, 1, 2, 3, 4, 5])
    #expect(typoMatch("hannnah", "Hannah")?.typos == 1)
  }

  @Test func wrongLetter() {
    #expect(match("hennah", "Hannah") == nil)
    #expect(typoMatch("hennah", "Hannah")?.positions == [0, 2, 3, 4, 5])
    #expect(typoMatch("jwnsen", "Clay Jensen")?.positions == [5, 7, 8, 9, 10])
  }

  @Test func shortTermsNeverMatchWithTypos() {
    #expect(typoMatch("zla", "Clay") == nil)
    #expect(typoMatch("zlay", "Clay")?.positions == [1, 2, 3])
  }

  @Test func typoMatchesMustBeTight() {
    #expect(typoMatch("lang", "Clay Jensen") == nil)
    #expect(typoMatch("aesir", "Katherine Langford") == nil)
  }

  @Test func eachTermMayHaveOneTypo() throws {
    let found = try #require(typoMatch("langfrod hannnah", "Hannah Langford"))
    #expect(found.typos == 2)
    #expect(found.positions == [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14])
    #expect(typoMatch("lnagfrod", "Langford") == nil)
  }

  @Test func typoCostsAFixedPenalty() throws {
    let exact = try #require(match("langford", "Katherine Langford"))
    let typo = try #require(typoMatch("langfrod", "Katherine Langford"))
    #expect(typo.score == exact.score - ScoreWeights.typo)
  }

  @Test func typoRanksBelowComparableExactMatch() {
    let candidates = ["Katherine Langford", "Katherine Langfrod"]
    #expect(ranked("langfrod", in: candidates) == ["Katherine Langfrod", "Katherine Langford"])
  }

  @Test func scatteredExactMatchRanksAboveTypoOnWholeWord() {
    // The letters typed, even scattered, are a better guess than a word one typo away.
    let candidates = ["Katherine Langford", "Lana Gift Rory Dodd"]
    #expect(match("langfrod", "Lana Gift Rory Dodd") != nil)
    #expect(ranked("langfrod", in: candidates) == ["Lana Gift Rory Dodd", "Katherine Langford"])
  }

  @Test func typosInFoldedText() {
    #expect(match("sorne", "Søren") == nil)
    #expect(typoMatch("sorne", "Søren")?.positions == [0, 1, 2, 3, 4])
    #expect(typoMatch("sorne", "Søren Kierkegaard")?.typos == 0)
  }

  @Test func indexAddsTyposOnlyWhenInOrderMatchesAreFew() {
    let few = (1...49).map { "Langfrod \($0)" } + ["Katherine Langford"]
    let fewHits = SearchIndex(few).search(SearchQuery("langfrod"), limit: nil)
    #expect(fewHits.count == 50)
    #expect(fewHits.last?.index == 49)
    #expect(fewHits.last?.match.typos == 1)

    let many = (1...50).map { "Langfrod \($0)" } + ["Katherine Langford"]
    let manyHits = SearchIndex(many).search(SearchQuery("langfrod"), limit: nil)
    #expect(manyHits.count == 50)
    #expect(manyHits.allSatisfy { $0.match.typos == 0 })
  }
}
