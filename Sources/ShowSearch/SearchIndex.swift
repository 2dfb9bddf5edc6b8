// MARK: - Search index

/// An index over many candidate strings, built once, searched per keystroke.
///
/// The folded text of the candidates sits in contiguous byte buffers. A search runs a
/// cheap in-order byte check over every candidate, scores only the survivors, keeps the best
/// `limit` in a heap, and works out highlight positions only for the hits it returns. Large
/// indexes are searched on all cores.
public final class SearchIndex: Sendable {
  /// When a search finds fewer in-order matches than this, it also admits matches with typos.
  public static let typoThreshold = 50
  /// Indexes with more candidates than this are searched on all cores.
  public static let parallelThreshold = 50_000

  private let candidates: [String]
  /// The folded candidates, in one chunk per core for large indexes.
  let storage: FoldedStorage

  /// Builds an index over the candidates; hits refer to them by their position in this array.
  public convenience init(_ candidates: [String]) {
    self.init(candidates, parallelThreshold: Self.parallelThreshold)
  }

  /// Builds an index that folds and searches in `chunks` parts, one per core, once it holds
  /// more than `parallelThreshold` candidates.
  init(_ candidates: [String], parallelThreshold: Int, chunks: Int = ParallelChunks.defaultCount) {
    self.candidates = candidates
    self.storage = FoldedStorage(
      candidates, chunks: candidates.count > parallelThreshold ? chunks : 1)
  }

  /// How many chunks the candidates are folded and searched in.
  var chunkCount: Int { storage.chunks.count }

  /// How many candidates the index holds.
  public var count: Int { candidates.count }

  /// The candidate at `index`, as given.
  public subscript(index: Int) -> String { candidates[index] }

  // MARK: - Searching

  /// Best first; ties broken by shorter candidate then by index. limit nil = all.
  public func search(_ query: SearchQuery, limit: Int?) -> [SearchHit] {
    search(query, limit: limit, includesPositions: true)
  }

  /// Like `search(_:limit:)`, optionally leaving highlight positions for later.
  ///
  /// Without positions the hits carry empty `positions`; work them out with
  /// `positions(of:for:)` for the hits actually shown.
  public func search(_ query: SearchQuery, limit: Int?, includesPositions: Bool) -> [SearchHit] {
    let limit = limit.map { max(0, $0) }
    guard !query.isEmpty else {
      let shown = min(count, limit ?? count)
      return (0..<shown).map {
        SearchHit(index: $0, match: Match(score: 0, positions: [], typos: 0))
      }
    }
    let ranked = rank(query, limit: limit)
    guard includesPositions else {
      return ranked.map {
        SearchHit(index: $0.index, match: Match(score: $0.score, positions: [], typos: $0.typos))
      }
    }
    return hits(for: ranked, query: query)
  }

  /// The highlight positions of a hit from a search made with the same query.
  public func positions(of hit: SearchHit, for query: SearchQuery) -> [Int] {
    guard !query.isEmpty, hit.index >= 0, hit.index < count else { return [] }
    return graphemePositions(
      of: hit.index, query: query, allowingTypos: hit.match.typos > 0, scorer: CandidateScorer())
  }

  /// Matches one candidate of the index against the query, with positions (nil: no match).
  public func match(_ query: SearchQuery, at index: Int, allowingTypos: Bool = false) -> Match? {
    guard !query.isEmpty else { return Match(score: 0, positions: [], typos: 0) }
    let scorer = CandidateScorer()
    let chunk = storage.chunk(holding: index)
    let scored = chunk.withView(caseSensitive: query.isCaseSensitive) { view in
      query.withNeedles { needles in
        scorer.score(
          query, needles: needles, in: view.slice(index - chunk.base), allowingTypos: allowingTypos)
      }
    }
    guard let result = scored else { return nil }
    let positions = graphemePositions(
      of: index, query: query, allowingTypos: result.typos > 0, scorer: scorer)
    return Match(score: result.score, positions: positions, typos: result.typos)
  }

  // MARK: - Positions

  /// Hits with positions; many hits are worked out on all cores.
  private func hits(for ranked: [RankedCandidate], query: SearchQuery) -> [SearchHit] {
    let chunks = ranked.count >= 4_096 ? ParallelChunks.defaultCount : 1
    let parts = ParallelChunks.map(ranked.count, chunks: chunks) { range in
      let scorer = CandidateScorer()
      return range.map { offset in
        let candidate = ranked[offset]
        let positions = self.graphemePositions(
          of: candidate.index, query: query, allowingTypos: candidate.typos > 0, scorer: scorer)
        return SearchHit(
          index: candidate.index,
          match: Match(score: candidate.score, positions: positions, typos: candidate.typos))
      }
    }
    return Array(parts.joined())
  }

  private func graphemePositions(
    of index: Int, query: SearchQuery, allowingTypos: Bool, scorer: CandidateScorer
  ) -> [Int] {
    let chunk = storage.chunk(holding: index)
    let bytes = chunk.withView(caseSensitive: query.isCaseSensitive) { view in
      scorer.bytePositions(query, in: view.slice(index - chunk.base), allowingTypos: allowingTypos)
    }
    return TextFolding.graphemePositions(ofBytes: bytes, in: candidates[index])
  }
}
