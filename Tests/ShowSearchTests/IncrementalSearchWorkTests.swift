import Testing

@testable import ShowSearch

// MARK: - Work of the first letters

@Suite struct IncrementalSearchWorkTests {
  /// 20,000 names that all hold the letters of "h", "ha" and "hann" inside their words; in
  /// one name of twenty a word starts with them.
  static func names() -> [(String, Int, Int, Int)] {
    (0..<20_000).map { number in
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
      // first 1,000 names), a name none of whose words starts with it cannot pass them: its bound is
      // not worked out. Before, every name holding the letters had its bound worked out,
      // some 19,000. A query of several letters keeps its survivors until they pass an
      // eighth of the names, and bounds each of those.
      let kept = query.count == 1 ? 0 : 20_000 / 8
      #expect(search.candidatesBounded <= 1_000 + 1_000 * chunks + kept, "\(query)")
    }
  }
}
