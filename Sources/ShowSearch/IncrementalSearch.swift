// MARK: - Incremental search

/// Searches one index as a query is typed, one keystroke at a time, giving the same hits as
/// `SearchIndex.search(_:limit:)` with less work.
///
/// A query's surviving candidates are kept for a while, when they are few enough that
/// rescanning them beats testing every candidate's summary. When a query extends an earlier
/// one (each earlier term is the start of the term in its place, case rules unchanged), only
/// that query's in-order survivors are rescanned, each resuming where its match of the
/// earlier last term ended: a candidate that misses a shorter term misses the longer one too. Typo-tolerant matches narrow the same way from the candidates
/// whose terms each appeared in order with at most one character left out, a set that also
/// only shrinks as terms grow. Going back to a query seen before (deleting a character)
/// returns its hits as they were.
public final class IncrementalSearch {
  /// The index searched.
  public let index: SearchIndex
  /// At most this many earlier queries are remembered.
  static let maximumEntries = 32
  /// The remembered survivors stay below this share of the index's candidate count, in all.
  static let survivorBudget = 0.25
  /// A query's survivors are kept only when they are at most this share of the candidates:
  /// rescanning a larger list saves little over testing every candidate's summary, and
  /// memory matters more.
  static let keptShare = 0.125

  private var entries: [Entry] = []

  /// How many candidates the searches so far started from, in all, counting the typo pass
  /// apart: every candidate of the index for a pass that narrowed from nothing, an earlier
  /// query's survivors for one that narrowed, none for a query remembered.
  public private(set) var candidatesScanned = 0

  /// A remembered query: its hits and the candidates a longer query may still match.
  private struct Entry {
    let query: SearchQuery
    let limit: Int?
    /// For a search of owners, the groups it kept (nil for a search of strings).
    let owners: OwnerSearch?
    let hits: [SearchHit]
    /// The ranked candidates of a search of owners.
    let ranked: [RankedCandidate]
    let inOrder: SearchIndex.Survivors?
    let typoTolerant: SearchIndex.Survivors?
    let size: Int
  }

  /// Starts with nothing remembered, building the index's summaries now (on all
  /// cores) if no search has built them yet, so that the first keystroke does not wait.
  public init(index: SearchIndex) {
    self.index = index
    index.buildSummaries()
  }

  /// The hits of `query`, exactly as `index.search(query, limit: limit)` returns them.
  public func search(_ query: SearchQuery, limit: Int?) -> [SearchHit] {
    search(query, limit: limit, includesPositions: true)
  }

  /// The hits of `query`, exactly as `index.search(query, limit: limit, includesPositions:
  /// includesPositions)` returns them: without positions, a caller works out those of the
  /// hits it reads (`SearchIndex.withPositions`). Queries are remembered without positions.
  public func search(_ query: SearchQuery, limit: Int?, includesPositions: Bool) -> [SearchHit] {
    let hits = rememberedOrRanked(query, limit: limit)
    return includesPositions && !query.isEmpty ? index.withPositions(hits[...], for: query) : hits
  }

  /// What a search of owners asked for: the groups it kept (nil: all).
  private struct OwnerSearch: Equatable {
    let groups: GroupSet?
    let runsOnly: Bool
  }

  /// The hits of `query`, exactly as `index.searchOwners(query, limit:, groups:)` returns
  /// them: each owner's best string, ranked once, with positions for the hits returned.
  public func searchOwners(
    _ query: SearchQuery, limit: Int?, groups: GroupSet? = nil, runsOnly: Bool = false
  ) -> [OwnerHit] {
    guard !query.isEmpty else { return [] }
    let entry = rememberedOrRanked(
      query, limit: limit, owners: OwnerSearch(groups: groups, runsOnly: runsOnly))
    return index.ownerHits(for: entry.ranked, query: query)
  }

  /// How many candidates' positions the searches of owners worked out to rank them.
  public private(set) var candidatesPositioned = 0
  /// How many candidates the searches scored.
  public private(set) var candidatesScored = 0
  /// How many candidates' score bounds the searches worked out from their summaries.
  public private(set) var candidatesBounded = 0

  /// The hits of `query` without positions, remembered or ranked now (and remembered).
  private func rememberedOrRanked(_ query: SearchQuery, limit: Int?) -> [SearchHit] {
    guard !query.isEmpty else { return index.unrankedHits(limit: limit.map { max(0, $0) }) }
    return rememberedOrRanked(query, limit: limit, owners: nil).hits
  }

  /// The entry of `query` (a search of owners when `owners` is given), remembered or ranked
  /// now (and remembered).
  private func rememberedOrRanked(
    _ query: SearchQuery, limit: Int?, owners: OwnerSearch?
  ) -> Entry {
    let limit = limit.map { max(0, $0) }
    if let seen = entries.lastIndex(where: {
      Self.sameTerms($0.query, query) && $0.limit == limit && $0.owners == owners
    }) {
      let entry = entries.remove(at: seen)
      entries.append(entry)
      return entry
    }
    let base = entries.compactMap { entry in
      entry.inOrder.flatMap { inOrder in
        Self.narrows(query, from: entry.query)
          ? SearchIndex.Narrowing(
            earlier: entry.query, inOrder: inOrder, typoTolerant: entry.typoTolerant)
          : nil
      }
    }.min { cost(of: $0, for: query) < cost(of: $1, for: query) }
    let scanQuery = ScanQuery(query)
    let keepsSurvivors = !Self.isSingleLetter(query)
    let ranking =
      if let owners {
        index.rankOwners(
          scanQuery, limit: limit, groups: owners.groups, runsOnly: owners.runsOnly,
          narrowing: base,
          keepsSurvivors: keepsSurvivors, survivorShare: Self.keptShare)
      } else {
        index.rank(
          scanQuery, limit: limit, narrowing: base, keepsSurvivors: keepsSurvivors,
          survivorShare: Self.keptShare)
      }
    candidatesScanned += ranking.scanned
    candidatesPositioned += ranking.positioned
    candidatesScored += ranking.scored
    candidatesBounded += ranking.bounded
    let entry = Entry(
      query: query, limit: limit, owners: owners,
      hits: owners == nil
        ? index.hits(for: ranking.ranked, query: query, includesPositions: false) : [],
      ranked: owners == nil ? [] : ranking.ranked, inOrder: ranking.inOrder,
      typoTolerant: ranking.typoTolerant,
      size: (ranking.inOrder?.count ?? 0) + (ranking.typoTolerant?.count ?? 0))
    remember(entry)
    return entry
  }

  /// How many candidates narrowing from `base` rescans for `query`: its in-order survivors,
  /// and, when the query admits typos, its typo-tolerant survivors or, if its typo pass did
  /// not run, every candidate. A shorter query without a typo pass is no cheaper base than
  /// a longer one with it.
  private func cost(of base: SearchIndex.Narrowing, for query: SearchQuery) -> Int {
    let typos = query.allowsTypos ? base.typoTolerant?.count ?? index.count : 0
    return base.inOrder.count + typos
  }

  /// Forgets every earlier query.
  public func reset() {
    entries.removeAll()
  }

  // MARK: - Narrowing

  /// True for a query of one letter: the index finds its matches from summaries alone, as
  /// fast as it would narrow from a list of them, so none is kept.
  static func isSingleLetter(_ query: SearchQuery) -> Bool {
    !query.isCaseSensitive && query.joined.count == 1 && query.joined[0] &- 0x61 < 26
  }

  /// True when two queries search alike: the same terms under the same case and typo rules
  /// (they may differ in spacing).
  static func sameTerms(_ first: SearchQuery, _ second: SearchQuery) -> Bool {
    first.isCaseSensitive == second.isCaseSensitive && first.joined == second.joined
      && first.parsedTerms.count == second.parsedTerms.count
      && first.termAllowsTypos == second.termAllowsTypos
  }

  /// True when every candidate that `query` matches (in order, or with typos) is among the
  /// survivors of `earlier`: same case rules, and each earlier term starts the term in its
  /// place.
  public static func narrows(_ query: SearchQuery, from earlier: SearchQuery) -> Bool {
    guard query.isCaseSensitive == earlier.isCaseSensitive,
      earlier.parsedTerms.count <= query.parsedTerms.count
    else { return false }
    for (old, new) in zip(earlier.parsedTerms, query.parsedTerms)
    where !new.pattern.bytes.starts(with: old.pattern.bytes) {
      return false
    }
    return true
  }

  private func remember(_ entry: Entry) {
    entries.append(entry)
    let budget = Int(Self.survivorBudget * Double(max(index.count, 1)))
    var total = entries.reduce(0) { $0 + $1.size }
    while entries.count > 1 && (entries.count > Self.maximumEntries || total > budget) {
      total -= entries.removeFirst().size
    }
  }
}
