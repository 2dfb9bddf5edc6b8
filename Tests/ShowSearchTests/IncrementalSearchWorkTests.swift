import Testing

@testable import ShowSearch

// MARK: - Work of the first letters

@Suite struct IncrementalSearchWorkTests {
  /// 40,000 names that all hold the letters of "h", "ha" and "hann" inside their words; in
  /// one name of twenty a word starts with them.
  static func names() -> [(String, Int, Int, Int)] {
    (0..<40_000).map { number in
      (number % 20 == 0 ? "Hannah Walsh \(number)" : "Shaun Ashford Khan \(number)", number, 0, 0)
    }
  }

  @Test(arguments: [1, 3])
  func aFullListBoundsOnlyNamesWhoseWordsStartWithTheQuery(chunks: Int) {
    let index = ownedIndex(Self.names(), chunks: chunks)
    for query in ["h", "ha", "hann", "hannah w"] {
      let search = IncrementalSearch(index: index)
      let hits = search.searchOwners(SearchQuery(query), limit: 10)
      let all = index.searchOwners(SearchQuery(query), limit: nil)
      #expect(hits.map(\.owner) == all.prefix(10).map(\.owner), "\(query)")
      #expect(hits.allSatisfy { $0.owner % 20 == 0 }, "\(query)")
      // Once ten names that start a word with the query are kept (within each chunk's
      // first 1,000 names), a name none of whose words starts with it cannot pass them:
      // its bound is not worked out. Before, every name holding the letters had its bound
      // worked out, some 39,000. Nor are survivors gathered, each with its bound, when more
      // names hold the letters than may be kept (an eighth): before, 5,000 more bounds.
      #expect(search.candidatesBounded <= 2_000 + 1_000 * chunks, "\(query)")
    }
  }

  @Test func survivorsAreKeptWhenFewNamesHoldTheLetters() {
    let index = ownedIndex(Self.names())
    let search = IncrementalSearch(index: index)
    _ = search.searchOwners(SearchQuery("hannah w"), limit: 10)
    // Only the 2,000 Hannahs hold a "w": they are kept, and "hannah wa" rescans them alone.
    let hits = search.searchOwners(SearchQuery("hannah wa"), limit: 10)
    #expect(search.candidatesScanned == 40_000 + 2_000)
    #expect(
      hits.map(\.owner) == index.searchOwners(SearchQuery("hannah wa"), limit: 10).map(\.owner))
  }
}
