import ShowModel

/// Where one query's expected entity ranks in a search.
public struct RelevanceResult: Sendable, Equatable {
  /// The query measured.
  public var query: RelevanceQuery
  /// The rank of the best ranked expected entity, counted from 1; nil when none is found.
  public var rank: Int?

  /// Whether the rank is within the query's bound.
  public var isWithinBound: Bool { rank.map { $0 <= query.bound } ?? false }

  /// Whether the rank is no worse than the one recorded for today.
  public var isNoWorseThanToday: Bool {
    guard let today = query.today else { return true }
    return rank.map { $0 <= today } ?? false
  }

  /// The query's reciprocal rank: 1/rank, or 0 when the entity is missing.
  public var reciprocalRank: Double { rank.map { 1 / Double($0) } ?? 0 }
}

extension RelevanceSet {
  /// Runs every query through the catalog's search, as `tvbrowse search` does, and finds
  /// where its expected entity ranks.
  public func measure(in catalog: Catalog) -> [RelevanceResult] {
    queries.map { query in
      let expected = Set(query.expected)
      let hits = catalog.search(query.text)
      let place = hits.firstIndex { expected.contains($0.entity.id) }
      return RelevanceResult(query: query, rank: place.map { $0 + 1 })
    }
  }

  /// The ids of expected entities the catalog does not hold, so that a misspelt id does
  /// not pass for a ranking that misses.
  public func unknownIDs(in catalog: Catalog) -> [String] {
    queries.flatMap(\.expected).filter { catalog.entity($0) == nil }
  }
}

extension [RelevanceResult] {
  /// The mean of the reciprocal ranks, 0 for no results.
  public var meanReciprocalRank: Double {
    isEmpty ? 0 : map(\.reciprocalRank).reduce(0, +) / Double(count)
  }
}
