import Testing

@testable import ShowSearch

// MARK: - A floor shared by the chunks of one search

@Suite struct SharedFloorTests {
  private static func candidate(_ index: Int, score: Double) -> RankedCandidate {
    RankedCandidate(index: index, score: score, length: 10, typos: 0)
  }

  /// No floor until `limit` candidates are in; then the worst of the best `limit`.
  @Test func theFloorIsTheWorstOfTheBestLimit() {
    let floor = SharedFloor(limit: 3, ownership: nil)
    floor.add([Self.candidate(0, score: 5), Self.candidate(1, score: 4)])
    #expect(floor.floor == nil)
    floor.add([Self.candidate(2, score: 1), Self.candidate(3, score: 9)])
    #expect(floor.floor?.index == 1)
  }

  /// With owners, an owner's second string does not count toward the limit.
  @Test func anOwnerCountsOnce() {
    var owners = StringOwners(capacity: 4)
    for owner in [0, 0, 1, 2] {
      owners.append(owner: owner, weight: 0, group: 0)
    }
    let ranking = OwnerRanking(
      owners: owners, groups: nil, query: SearchQuery("a"), runsOnly: false)
    let floor = SharedFloor(limit: 2, ownership: ranking)
    floor.add([Self.candidate(0, score: 9), Self.candidate(1, score: 8)])
    #expect(floor.floor == nil)
    floor.add([Self.candidate(2, score: 1), Self.candidate(3, score: 0)])
    #expect(floor.floor?.index == 2)
  }

  /// A selection with a floor keeps only what outranks it, and asks for it as its threshold
  /// until it is full.
  @Test func aSelectionKeepsOnlyWhatOutranksItsFloor() {
    var selection = TopSelection(limit: 2)
    selection.floor = Self.candidate(7, score: 5)
    #expect(selection.threshold?.index == 7)
    selection.insert(Self.candidate(0, score: 4))
    selection.insert(Self.candidate(1, score: 6))
    #expect(selection.ranked().map(\.index) == [1])
    selection.insert(Self.candidate(2, score: 8))
    // Full: the worst kept outranks the floor.
    #expect(selection.threshold?.index == 1)
    selection.insert(Self.candidate(3, score: 9))
    #expect(selection.threshold?.index == 2)
  }

  /// When the matches in order fill the list with words, no match with a typo can pass
  /// them, and none is scored.
  @Test func typosAreNotScoredWhenMatchesInOrderFillTheList() {
    var strings: [(String, Int, Int, Int)] = []
    for number in 0..<20 {
      strings.append(("Hannah Baker \(number)", number, 0, 0))
    }
    for number in 20..<1_020 {
      strings.append(("Hannah Bkaer \(number)", number, 0, 0))
    }
    let index = ownedIndex(strings)
    let search = IncrementalSearch(index: index)
    let hits = search.searchOwners(SearchQuery("hannah baker"), limit: 10)
    #expect(hits.count == 10)
    #expect(hits.allSatisfy { $0.matchClass == .words })
    #expect(search.candidatesScored <= 20, "\(search.candidatesScored)")
  }

  /// What a hit says: its owner, string, class, score, typos and positions.
  private static func summary(_ hit: OwnerHit) -> String {
    "\(hit.owner) \(hit.index) \(hit.matchClass) \(hit.match.score) \(hit.match.typos) "
      + "\(hit.match.positions)"
  }

  /// Searches split into many chunks, each keeping only what outranks the floor of the
  /// chunks finished before it, list what a search without a limit lists first.
  @Test func manyChunksListWhatAFullSearchListsFirst() {
    var strings: [(String, Int, Int, Int)] = []
    let words = ["hannah", "baker", "clay", "jensen", "tony", "padilla", "justin", "foley"]
    var generator = TestGenerator(state: 5)
    for number in 0..<4_000 {
      let name = (0..<1 + generator.next(3)).map { _ in generator.pick(words) }.joined(
        separator: " ")
      strings.append((name, number % 1_500, generator.next(2), generator.next(3)))
    }
    let index = ownedIndex(strings, chunks: 16)
    for query in ["h", "ha", "hannah", "hannah b", "cla jen", "tony", "hanah", "fol pad"] {
      let full = index.searchOwners(SearchQuery(query), limit: nil)
      for limit in [1, 5, 20] {
        let limited = IncrementalSearch(index: index).searchOwners(
          SearchQuery(query), limit: limit)
        #expect(
          limited.map(Self.summary) == full.prefix(limit).map(Self.summary), "\(query) \(limit)")
      }
    }
  }
}
