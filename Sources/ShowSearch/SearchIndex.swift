// MARK: - Search index

/// An index over many candidate strings, built once, searched per keystroke.
///
/// The candidates' bytes sit in one block; each candidate has two 32-bit summaries (the bytes
/// it holds, the bytes that start its words), and only candidates that are not plain ASCII
/// keep a folded copy. A search tests each summary against the query, checks the survivors'
/// bytes in order, scores only those that could still make the list, keeps the best `limit`
/// in a heap, and works out highlight positions only for the hits it returns. Large indexes
/// are built and searched on all cores. `IncrementalSearch` adds narrowing as a query grows.
public final class SearchIndex: Sendable {
  /// When a search finds fewer in-order matches than this, it also admits matches with typos.
  public static let typoThreshold = 50
  /// What a candidate equal to the whole query adds to its score.
  public static let exactCandidateBonus = ScoreWeights.exactCandidate
  /// Indexes with more candidates than this are searched on all cores.
  public static let parallelThreshold = 50_000
  /// Line blocks larger than this many bytes are split into one chunk per core.
  static let parallelByteThreshold = 1 << 20

  /// The candidates' bytes, summaries and folded text.
  let storage: FoldedStorage
  /// Each candidate's owner, weight and group, when the index was built with them.
  public let owners: StringOwners?

  /// Builds an index over the candidates; hits refer to them by their position in this array.
  public convenience init(_ candidates: [String]) {
    self.init(candidates, parallelThreshold: Self.parallelThreshold)
  }

  /// Builds an index that folds and searches in `chunks` parts, one per core, once it holds
  /// more than `parallelThreshold` candidates.
  init(
    _ candidates: [String], parallelThreshold: Int, chunks: Int = ParallelChunks.defaultCount,
    owners: StringOwners? = nil
  ) {
    precondition(owners.map { $0.count == candidates.count } ?? true, "one owner per candidate")
    storage = FoldedStorage(candidates, chunks: candidates.count > parallelThreshold ? chunks : 1)
    self.owners = owners
  }

  /// Builds an index over the candidates, each with its owner, weight and group, for
  /// `searchOwners`.
  public convenience init(_ candidates: [String], owners: StringOwners) {
    self.init(candidates, parallelThreshold: Self.parallelThreshold, owners: owners)
  }

  /// Builds an index over newline-separated UTF-8 lines held in memory the index borrows
  /// (such as a mapped file); `release` runs once the index no longer needs it. A last line
  /// without a newline counts; a final newline does not start another line.
  public convenience init(
    lines: UnsafeBufferPointer<UInt8>, release: @escaping @Sendable () -> Void
  ) {
    guard let base = lines.baseAddress else {
      release()
      self.init(lines: CandidateBytes.allocate(count: 0).0)
      return
    }
    self.init(lines: CandidateBytes(base: base, count: lines.count, release: release))
  }

  /// Builds an index over newline-separated UTF-8 lines that `fill` writes, every one of
  /// `byteCount` bytes, straight into a block the index owns and frees.
  public convenience init(byteCount: Int, fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
    let (bytes, destination) = CandidateBytes.allocate(count: byteCount)
    fill(UnsafeMutableBufferPointer(start: destination, count: byteCount))
    self.init(lines: bytes)
  }

  /// Builds an index over newline-separated UTF-8 lines that `fill` writes, every one of
  /// `byteCount` bytes, straight into a block the index owns, returning each line's owner,
  /// weight and group, for `searchOwners`.
  public convenience init(
    ownedLines byteCount: Int, fill: (UnsafeMutableBufferPointer<UInt8>) -> StringOwners
  ) {
    let (bytes, destination) = CandidateBytes.allocate(count: byteCount)
    let owners = fill(UnsafeMutableBufferPointer(start: destination, count: byteCount))
    self.init(lines: bytes, owners: owners)
  }

  /// Builds an index over newline-separated UTF-8 lines, copying them.
  public convenience init(lines: [UInt8]) {
    let (bytes, destination) = CandidateBytes.allocate(count: lines.count)
    lines.withUnsafeBufferPointer { source in
      if let base = source.baseAddress {
        destination.update(from: base, count: source.count)
      }
    }
    self.init(lines: bytes)
  }

  /// Builds an index over the newline-separated lines of a block, in about `chunks` parts
  /// (by default one per core once the block is large).
  init(lines bytes: CandidateBytes, chunks: Int? = nil, owners: StringOwners? = nil) {
    let parts =
      chunks ?? (bytes.count > Self.parallelByteThreshold ? ParallelChunks.indexCount : 1)
    let storage = FoldedStorage(lines: bytes, chunks: parts)
    precondition(owners.map { $0.count == storage.count } ?? true, "one owner per line")
    self.storage = storage
    self.owners = owners
  }

  /// Builds an index over a copy of newline-separated lines, in about `chunks` parts.
  convenience init(lines: [UInt8], chunks: Int) {
    let (bytes, destination) = CandidateBytes.allocate(count: lines.count)
    destination.update(from: lines, count: lines.count)
    self.init(lines: bytes, chunks: chunks)
  }

  /// How many chunks the candidates are folded and searched in.
  var chunkCount: Int { storage.chunks.count }

  /// How many candidates the index holds.
  public var count: Int { storage.count }

  /// The candidate at `index`, as given (bytes that are not valid UTF-8 read as U+FFFD).
  public subscript(index: Int) -> String {
    withUTF8(of: index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the UTF-8 bytes of the candidate at `index`, exactly as given.
  public func withUTF8<Result>(
    of index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    precondition(index >= 0 && index < count, "candidate index out of range")
    return try withExtendedLifetime(self) { try body(storage.utf8(index)) }
  }

  /// Calls `body` with the UTF-8 bytes of each candidate in `indices`, in that order: a
  /// faster `withUTF8(of:_:)` for many candidates, such as printing a whole ranking.
  public func forEachUTF8(
    of indices: ArraySlice<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    try withExtendedLifetime(self) {
      try storage.forEachUTF8(of: indices, body)
    }
  }

  /// `forEachUTF8(of:_:)` for a whole array of indexes.
  public func forEachUTF8(
    of indices: [Int], _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    try forEachUTF8(of: indices[...], body)
  }

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
    guard !query.isEmpty else { return unrankedHits(limit: limit) }
    return hits(for: rank(query, limit: limit), query: query, includesPositions: includesPositions)
  }

  /// The indexes of the matching candidates, best first, at most `limit` of them (nil: all):
  /// the ranking of `search(_:limit:)` without building hits.
  public func rankedIndices(_ query: SearchQuery, limit: Int?) -> [Int] {
    let limit = limit.map { max(0, $0) }
    guard !query.isEmpty else { return Array(0..<min(count, limit ?? count)) }
    return rank(query, limit: limit).map(\.index)
  }

  /// `hits`, from a search made with `query` without positions, each with its highlight
  /// positions worked out (many on all cores), so that positions are worked out only for
  /// the hits a caller reads.
  public func withPositions(_ hits: ArraySlice<SearchHit>, for query: SearchQuery)
    -> [SearchHit]
  {
    guard !query.isEmpty else { return Array(hits) }
    let ranked = hits.map {
      // The length orders a ranking; working out positions does not read it.
      RankedCandidate(index: $0.index, score: $0.match.score, length: 0, typos: $0.match.typos)
    }
    return self.hits(for: ranked, query: query, includesPositions: true)
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
    let scored = withSlice(of: index, query: query, scorer: scorer) { slice in
      query.withNeedles { needles in
        scorer.score(query, needles: needles, in: slice, allowingTypos: allowingTypos)
      }
    }
    guard let result = scored else { return nil }
    let positions = graphemePositions(
      of: index, query: query, allowingTypos: result.typos > 0, scorer: scorer)
    return Match(score: result.score, positions: positions, typos: result.typos)
  }

  // MARK: - Hits

  /// The first `limit` candidates in index order, for the empty query.
  func unrankedHits(limit: Int?) -> [SearchHit] {
    (0..<min(count, limit ?? count)).map {
      SearchHit(index: $0, match: Match(score: 0, positions: [], typos: 0))
    }
  }

  /// Hits for ranked candidates, with positions if asked; many are worked out on all cores.
  func hits(
    for ranked: [RankedCandidate], query: SearchQuery, includesPositions: Bool
  ) -> [SearchHit] {
    guard includesPositions else {
      return ranked.map {
        SearchHit(index: $0.index, match: Match(score: $0.score, positions: [], typos: $0.typos))
      }
    }
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

  // MARK: - Positions

  private func graphemePositions(
    of index: Int, query: SearchQuery, allowingTypos: Bool, scorer: CandidateScorer
  ) -> [Int] {
    let bytes = withSlice(of: index, query: query, scorer: scorer) { slice in
      scorer.bytePositions(query, in: slice, allowingTypos: allowingTypos)
    }
    return TextFolding.graphemePositions(ofBytes: bytes, in: self[index])
  }

  /// Calls `body` with the folded text of one candidate as the scorer reads it.
  private func withSlice<Result>(
    of index: Int, query: SearchQuery, scorer: CandidateScorer, _ body: (FoldedSlice) -> Result
  ) -> Result {
    let chunk = storage.chunk(holding: index)
    return chunk.withView { view in
      let text = view.text(index - chunk.base)
      return body(text.slice(caseSensitive: query.isCaseSensitive, scratch: scorer.scratch))
    }
  }
}
