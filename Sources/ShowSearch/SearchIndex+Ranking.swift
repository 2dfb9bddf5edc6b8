// MARK: - Ranking

extension SearchIndex {
  /// The candidates, chunk by chunk, that a search kept so that a longer query can rescan
  /// only them.
  struct Survivors: Sendable {
    /// One list per chunk.
    let chunks: [SurvivorList]
    /// How many in all.
    var count: Int { chunks.reduce(0) { $0 + $1.count } }

    /// The survivors every chunk kept, or nil when some chunk kept none.
    init?(_ parts: [ChunkResult]) {
      let lists = parts.compactMap(\.survivors)
      guard lists.count == parts.count else { return nil }
      chunks = lists
    }
  }

  /// What ranking found: the ranked candidates and, when asked for, the survivors of the
  /// in-order pass and of the typo pass (if it ran).
  struct Ranking: Sendable {
    var ranked: [RankedCandidate]
    var inOrder: Survivors?
    var typoTolerant: Survivors?
    /// How many candidates the passes started from: all, or an earlier query's survivors.
    var scanned: Int
    /// How many candidates' match positions were worked out to rank them by owner.
    var positioned = 0
    /// How many candidates were scored.
    var scored = 0
    /// How many candidates' score bounds were worked out from their summaries.
    var bounded = 0
  }

  /// The matching candidates, best first, at most `limit` of them: in-order matches, joined
  /// by matches with typos when in-order matches are scarce.
  func rank(_ query: SearchQuery, limit: Int?) -> [RankedCandidate] {
    rank(ScanQuery(query), limit: limit, narrowing: nil, keepsSurvivors: false).ranked
  }

  /// Where a search may start: the earlier query it narrows, and that query's survivors.
  struct Narrowing: Sendable {
    /// The earlier query.
    let earlier: SearchQuery
    /// Its in-order survivors.
    let inOrder: Survivors
    /// Its typo-tolerant survivors, if its typo pass ran.
    let typoTolerant: Survivors?
  }

  /// Ranks like `rank(_:limit:)`, scanning only the survivors of an earlier query that this
  /// one narrows (all candidates when nil), and keeping this query's survivors if asked and
  /// if they are at most `survivorShare` of the candidates.
  ///
  /// With `ownership`, each owner's best string only, ranked by rank class first.
  func rank(
    _ query: ScanQuery, limit: Int?, narrowing: Narrowing?, keepsSurvivors: Bool,
    survivorShare: Double = 1, ownership: OwnerRanking? = nil
  ) -> Ranking {
    let checks = query.checks(after: narrowing?.earlier)
    let inOrder = scanAll(
      query, narrowing?.inOrder, limit: limit, summarized: limit != nil, share: survivorShare,
      ownership: ownership
    ) {
      scan, subset in
      checks.withUnsafeBufferPointer { checks in
        scan.scanInOrder(subset, checks: checks, limit: limit, keepsSurvivors: keepsSurvivors)
      }
    }
    var parts = inOrder
    var scanned = narrowing?.inOrder.count ?? count
    var typoParts: [ChunkResult]?
    let matched = inOrder.reduce(0) { $0 + $1.matched }
    if matched < Self.typoThreshold && query.query.allowsTypos {
      let typoBase = narrowing?.typoTolerant
      scanned += typoBase?.count ?? count
      let found = scanAll(
        query, typoBase, limit: limit, summarized: limit != nil, share: survivorShare,
        ownership: ownership, after: inOrder
      ) { scan, subset in
        scan.scanTypos(subset, limit: limit, keepsSurvivors: keepsSurvivors)
      }
      typoParts = found
      parts += found
    }
    var ranked = RankedCandidate.merge(parts.map(\.candidates))
    if let ownership, parts.count > 1 {
      // Each part kept each owner once; an owner's strings in several parts meet here.
      var seen = Set<Int32>()
      ranked.removeAll { !seen.insert(ownership.owner(of: $0.index)).inserted }
    }
    if let limit, ranked.count > limit {
      ranked.removeSubrange(limit...)
    }
    return Ranking(
      ranked: ranked,
      inOrder: Survivors(inOrder), typoTolerant: typoParts.flatMap(Survivors.init),
      scanned: scanned, positioned: parts.reduce(0) { $0 + $1.positioned },
      scored: parts.reduce(0) { $0 + $1.scored }, bounded: parts.reduce(0) { $0 + $1.bounded })
  }

  /// Builds every chunk's summaries, on all cores, if they are not built yet: what a search
  /// with a limit reads first, built ahead of the first such search.
  public func buildSummaries() {
    _ = ParallelChunks.map(tasks: storage.chunks.count) { chunk in
      self.storage.chunks[chunk].summaries().masks.count
    }
  }

  /// Runs `body` on every chunk, on all cores, each chunk's part sorted best first; with
  /// `summarized`, each chunk's summaries are built first if they are not yet. With a
  /// limit, a chunk keeps only what outranks the floor that the parts of an earlier pass
  /// (`after`) and the chunks finished before it make (`SharedFloor`).
  private func scanAll(
    _ query: ScanQuery, _ base: Survivors?, limit: Int?, summarized: Bool, share: Double = 1,
    ownership: OwnerRanking?, after earlier: [ChunkResult] = [],
    _ body: @escaping @Sendable (ChunkScan, SurvivorList?) -> ChunkResult
  ) -> [ChunkResult] {
    let shared = limit.map { SharedFloor(limit: $0, ownership: ownership) }
    for part in earlier {
      shared?.add(part.candidates)
    }
    return ParallelChunks.map(tasks: storage.chunks.count) { chunk in
      let folded = self.storage.chunks[chunk]
      var result = folded.withView { view in
        let summaries = summarized ? folded.summaries() : folded.summaryCache.built
        let scan = ChunkScan(
          chunk: folded, view: view, query: query, scorer: CandidateScorer(),
          summaries: summaries?.view,
          survivorCap: share >= 1 ? .max : Int(share * Double(folded.count)),
          ownership: ownership, floor: shared?.floor)
        return body(scan, base?.chunks[chunk])
      }
      // Without a limit, candidates arrive in index order (unless an owner's better string
      // took its earlier one's place); a kept heap is in heap order.
      if limit == nil && ownership == nil {
        RankedCandidate.sortArrivedInIndexOrder(&result.candidates)
      } else {
        result.candidates.sort()
      }
      shared?.add(result.candidates)
      return result
    }
  }
}
