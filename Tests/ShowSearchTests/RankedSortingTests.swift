import Testing

@testable import ShowSearch

// MARK: - Sorting many candidates

@Suite struct RankedSortingTests {
  @Test func radixSortEqualsComparisonSort() {
    var state: UInt64 = 21
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for size in [10, 3_000, 20_000] {
      let scores = [-0.0, 0.0, 3.25, -1.5, 1_000_003.5, -.infinity, 2.0, 2.0000001, -2.0]
      let candidates = (0..<size).map { index in
        RankedCandidate(
          index: index, score: next(4) == 0 ? Double(next(100)) / 7 : scores[next(scores.count)],
          length: next(3) == 0 ? next(5_000) : next(40), typos: next(2))
      }
      var sorted = candidates
      RankedCandidate.sortArrivedInIndexOrder(&sorted)
      let expected = candidates.sorted(by: RankedCandidate.ranksBefore)
      #expect(sorted.map(\.index) == expected.map(\.index), "\(size)")
      let halves = [Array(expected.prefix(size / 3)), Array(expected.dropFirst(size / 3))]
      #expect(
        RankedCandidate.merge(halves.map { $0.sorted() }).map(\.index) == expected.map(\.index))
    }
  }

  @Test func limitedSearchOfManyCandidatesIsThePrefixOfTheFullRanking() {
    let names = (0..<20_000).map { number in
      "\(["Hannah", "Hank", "H. Baker", "Ann Hathaway"][number % 4]) \(number % 89) x\(number)"
    }
    let index = SearchIndex(names, parallelThreshold: 0, chunks: 2)
    for query in ["h", "ha", "hank", "h b", "hannah 8", "ann"].map(SearchQuery.init) {
      let all = index.search(query, limit: nil)
      for limit in [1, 29, 300] {
        #expect(index.search(query, limit: limit) == Array(all.prefix(limit)), "\(query.text)")
      }
    }
  }
}
