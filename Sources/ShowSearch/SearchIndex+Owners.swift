// MARK: - Searching owners

extension SearchIndex {
  /// The `limit` best owners of strings that match `query` (nil: all), best first, each with
  /// its best string and that string's match positions; only strings of `groups` count (nil:
  /// all). One ranking: by the string's weight and how it spells the query (rank class,
  /// `OwnerHit.rank`), then by score. Strings of skipped groups are not scored, and
  /// positions are worked out for the strings that may make the list. The index must have
  /// been built with owners. With `runsOnly`, as for prose, a string matches only where each
  /// term is one run of adjacent characters (two with a typo), in a short string too.
  public func searchOwners(
    _ query: SearchQuery, limit: Int?, groups: GroupSet? = nil, runsOnly: Bool = false
  ) -> [OwnerHit] {
    let ranking = rankOwners(
      ScanQuery(query), limit: limit, groups: groups, runsOnly: runsOnly, narrowing: nil,
      keepsSurvivors: false)
    return ownerHits(for: ranking.ranked, query: query)
  }

  /// The ranking of `searchOwners`, narrowing from an earlier query's survivors when given.
  func rankOwners(
    _ query: ScanQuery, limit: Int?, groups: GroupSet?, runsOnly: Bool, narrowing: Narrowing?,
    keepsSurvivors: Bool, survivorShare: Double = 1
  ) -> Ranking {
    guard let owners else { preconditionFailure("an index built without owners") }
    let limit = limit.map { max(0, $0) }
    guard !query.query.isEmpty else {
      return Ranking(ranked: [], inOrder: nil, typoTolerant: nil, scanned: 0)
    }
    let ownership = OwnerRanking(
      owners: owners, groups: groups, query: query.query, runsOnly: runsOnly)
    return rank(
      query, limit: limit, narrowing: narrowing, keepsSurvivors: keepsSurvivors,
      survivorShare: survivorShare, ownership: ownership)
  }

  /// Owner hits for ranked candidates, with their match positions.
  func ownerHits(for ranked: [RankedCandidate], query: SearchQuery) -> [OwnerHit] {
    guard let owners else { return [] }
    return hits(for: ranked, query: query, includesPositions: true).enumerated().map {
      place, hit in
      let rank = ranked[place].rank
      let matchClass: MatchClass = rank >= 128 ? .scattered : rank % 2 == 1 ? .typo : .words
      return OwnerHit(
        owner: Int(owners.owners[hit.index]), index: hit.index,
        weight: Int(owners.weights[hit.index]), matchClass: matchClass, match: hit.match)
    }
  }
}
