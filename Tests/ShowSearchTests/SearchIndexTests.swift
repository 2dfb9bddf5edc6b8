import Testing

@testable import ShowSearch

// MARK: - Index

@Suite struct SearchIndexTests {
  static let people = [
    "Katherine Langford", "Hannah Baker", "Clay Jensen", "Justin Foley", "Jessica Davis",
    "Alex Standall", "Tyler Down", "Zach Dempsey", "Bryce Walker", "Tony Padilla",
    "Courtney Crimsen", "Marcus Cole", "Ryan Shaver", "Sheri Holland", "Skye Miller",
    "Zoë Kravitz", "Søren Olsen", "Lucía Núñez", "山田 太郎", "Анна Иванова", "e\u{301}mile 👍🏽",
  ]

  /// A few hundred deterministic names, so that limits, ties and chunks have work to do.
  static let many: [String] = (0..<600).map { number in
    let first = people[number % people.count]
    let second = people[(number * 7 + 3) % people.count]
    return "\(first) \(number % 13) \(second.split(separator: " ").last ?? "")"
  }

  static let queries = [
    "a", "han", "hanbak", "clay jen", "zoe", "so", "langfrod", "Ha", "j d", "太", "ив", "emile",
    "xq",
  ]

  @Test func holdsItsCandidates() {
    let index = SearchIndex(Self.people)
    #expect(index.count == Self.people.count)
    #expect(index[1] == "Hannah Baker")
    #expect(SearchIndex([]).count == 0)
    #expect(SearchIndex([]).search(SearchQuery("a"), limit: nil).isEmpty)
  }

  @Test func emptyQueryReturnsEverythingInIndexOrder() {
    let index = SearchIndex(Self.people)
    let hits = index.search(SearchQuery(""), limit: nil)
    #expect(hits.map(\.index) == Array(0..<Self.people.count))
    #expect(hits.allSatisfy { $0.match == Match(score: 0, positions: [], typos: 0) })
    #expect(index.search(SearchQuery(" "), limit: 2).map(\.index) == [0, 1])
  }

  @Test func limitKeepsTheBest() {
    let index = SearchIndex(Self.people)
    #expect(index.search(SearchQuery("han"), limit: 1).map(\.index) == [1])
    #expect(index.search(SearchQuery("han"), limit: 0).isEmpty)
  }

  @Test func tiesGoToTheShorterCandidateThenTheLowerIndex() {
    let index = SearchIndex(["ab x", "ab", "ab y", "ab", "abc"])
    #expect(index.search(SearchQuery("ab"), limit: nil).map(\.index) == [1, 3, 0, 2, 4])
    #expect(index.search(SearchQuery("ab"), limit: 3).map(\.index) == [1, 3, 0])
  }

  @Test func limitedSearchIsThePrefixOfTheFullRanking() {
    let index = SearchIndex(Self.many)
    for query in Self.queries.map(SearchQuery.init) {
      let all = index.search(query, limit: nil)
      for limit in [1, 2, 5, 17, 60] {
        #expect(index.search(query, limit: limit) == Array(all.prefix(limit)), "\(query.text)")
      }
    }
  }

  @Test func chunkedSearchEqualsSequentialSearch() {
    let sequential = SearchIndex(Self.many, parallelThreshold: .max)
    let chunked = SearchIndex(Self.many, parallelThreshold: 0, chunks: 3)
    #expect(sequential.chunkCount == 1)
    #expect(chunked.chunkCount == 3)
    for query in Self.queries.map(SearchQuery.init) {
      for limit in [nil, 1, 10] {
        #expect(sequential.search(query, limit: limit) == chunked.search(query, limit: limit))
      }
      for hit in sequential.search(query, limit: 20) {
        let typos = hit.match.typos > 0
        #expect(chunked.match(query, at: hit.index, allowingTypos: typos) == hit.match)
      }
    }
  }

  @Test func chunksNeverOutnumberCandidates() {
    #expect(SearchIndex(["ab", "b"], parallelThreshold: 0, chunks: 8).chunkCount == 2)
    #expect(SearchIndex([], parallelThreshold: 0, chunks: 8).chunkCount == 1)
    let index = SearchIndex(["xa", "ab", "b", "a"], parallelThreshold: 0, chunks: 3)
    #expect(index.search(SearchQuery("a"), limit: nil).map(\.index) == [3, 1, 0])
  }

  @Test func hitsAgreeWithTheMatcher() {
    let index = SearchIndex(Self.people)
    for query in Self.queries.map(SearchQuery.init) {
      for hit in index.search(query, limit: nil) {
        let candidate = Self.people[hit.index]
        let expected =
          hit.match.typos > 0
          ? FuzzyMatcher.matchAllowingTypos(query, in: candidate)
          : FuzzyMatcher.match(query, in: candidate)
        #expect(hit.match == expected, "\(query.text) in \(candidate)")
        #expect(index.match(query, at: hit.index, allowingTypos: hit.match.typos > 0) == expected)
      }
    }
  }

  @Test func positionsCanBeWorkedOutLater() {
    let index = SearchIndex(Self.people)
    for query in Self.queries.map(SearchQuery.init) {
      let full = index.search(query, limit: 5)
      let bare = index.search(query, limit: 5, includesPositions: false)
      #expect(bare.map(\.index) == full.map(\.index))
      #expect(bare.map(\.match.score) == full.map(\.match.score))
      #expect(bare.allSatisfy { $0.match.positions.isEmpty })
      #expect(bare.map { index.positions(of: $0, for: query) } == full.map(\.match.positions))
    }
  }

  @Test func findsPeopleByFoldedNames() {
    let index = SearchIndex(Self.people)
    let names = { (query: String) in
      index.search(SearchQuery(query), limit: 3).map { Self.people[$0.index] }
    }
    #expect(names("zoe") == ["Zoë Kravitz"])
    #expect(names("nunez") == ["Lucía Núñez"])
    #expect(names("太郎") == ["山田 太郎"])
    // Few in-order matches, so "Miller" joins as a typo ("emile" without its "e").
    #expect(names("emile") == ["e\u{301}mile 👍🏽", "Skye Miller"])
  }
}
