// MARK: - Matches with typos

extension ChunkScan {
  /// Finds the candidates that match only with typos, among `base` (all when nil). The
  /// survivors kept are every candidate whose terms each appear in order, or in order with
  /// one character left out: a set that only shrinks as terms grow.
  func scanTypos(_ base: SurvivorList?, limit: Int?, keepsSurvivors: Bool) -> ChunkResult {
    var found = Found(
      limit: limit, keepsSurvivors: keepsSurvivors, cap: survivorCap,
      keepsOwners: ownership != nil)
    let tables = ByteTables.shared
    let needles = query.needles
    let subset = base.map { UnsafeBufferPointer(start: $0.indices.base, count: $0.count) }
    forEachCandidate(
      subset, key: summaries == nil ? query.typoKey : nil,
      asciiMayMatch: summaries != nil || query.asciiMayMatchWithTypos
    ) { local in
      let text = view.text(local)
      let match = text.match(caseSensitive: caseSensitive)
      let mask = summaries?.masks[local] ?? tables.mask(of: match, count: text.count)
      guard query.mayMatchWithTypos(mask: mask) else { return }
      var slice: FoldedSlice?
      var allInOrder = true
      for (offset, term) in query.terms.enumerated()
      where !query.containsInOrder(term, in: match, count: text.count) {
        allInOrder = false
        let folded = slice ?? text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
        slice = folded
        guard scorer.mayMatchLeavingOneOut(needles[offset], in: folded.match) else { return }
      }
      found.keep(local, end: Int(SurvivorList.unknownEnd))
      if let ownership, ownership.bestRank(of: chunk.base + local) == OwnerRanking.skipped {
        return
      }
      found.scored += allInOrder ? 0 : 1
      guard !allInOrder, let slice,
        let result = scorer.score(query.query, needles: needles, in: slice, allowingTypos: true),
        result.typos > 0
      else { return }
      found.matched += 1
      offer(local, score: result.score, typos: result.typos, text: slice, into: &found)
    }
    return found.result()
  }
}
