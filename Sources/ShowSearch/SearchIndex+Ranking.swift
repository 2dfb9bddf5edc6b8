// MARK: - Ranking

extension SearchIndex {
  /// The matching candidates, best first, at most `limit` of them: in-order matches, joined
  /// by matches with typos when in-order matches are scarce.
  func rank(_ query: SearchQuery, limit: Int?) -> [RankedCandidate] {
    let exact = select(query, limit: limit, typos: false)
    var selected = exact.candidates
    if exact.matched < Self.typoThreshold && query.allowsTypos {
      selected += select(query, limit: limit, typos: true).candidates
    }
    selected.sort(by: RankedCandidate.ranksBefore)
    if let limit, selected.count > limit {
      selected.removeSubrange(limit...)
    }
    return selected
  }

  /// Scans every chunk and gathers each chunk's best candidates and its match count.
  private func select(
    _ query: SearchQuery, limit: Int?, typos: Bool
  ) -> (candidates: [RankedCandidate], matched: Int) {
    let parts = ParallelChunks.map(tasks: storage.chunks.count) { chunk in
      self.scan(self.storage.chunks[chunk], query: query, limit: limit, typos: typos)
    }
    var candidates: [RankedCandidate] = []
    var matched = 0
    for part in parts {
      candidates += part.candidates
      matched += part.matched
    }
    return (candidates, matched)
  }

  // MARK: - Scanning

  /// Scores the candidates of a chunk; with `typos`, only those that need a typo to match.
  private func scan(
    _ chunk: FoldedChunk, query: SearchQuery, limit: Int?, typos: Bool
  ) -> (candidates: [RankedCandidate], matched: Int) {
    chunk.withView(caseSensitive: query.isCaseSensitive) { view in
      query.withNeedles { needles in
        let scorer = CandidateScorer()
        var selection = TopSelection(limit: limit)
        var matched = 0
        for local in 0..<chunk.count {
          let text = view.slice(local)
          let result =
            typos
            ? Self.typoMatch(query, needles: needles, in: text, scorer: scorer)
            : scorer.score(query, needles: needles, in: text, allowingTypos: false)
          guard let result else { continue }
          matched += 1
          selection.insert(
            RankedCandidate(
              index: chunk.base + local, score: result.score, length: view.length(local),
              typos: result.typos))
        }
        return (selection.items, matched)
      }
    }
  }

  /// A match that uses at least one typo, or nil (also for candidates that match in order,
  /// which the first pass already found).
  private static func typoMatch(
    _ query: SearchQuery, needles: [UnsafeBufferPointer<UInt8>], in text: FoldedSlice,
    scorer: CandidateScorer
  ) -> (score: Double, typos: Int)? {
    var allInOrder = true
    for needle in needles where !FuzzyScorer.containsInOrder(needle, in: text.match) {
      allInOrder = false
      break
    }
    if allInOrder && scorer.score(query, needles: needles, in: text, allowingTypos: false) != nil {
      return nil
    }
    guard let result = scorer.score(query, needles: needles, in: text, allowingTypos: true),
      result.typos > 0
    else { return nil }
    return result
  }
}
