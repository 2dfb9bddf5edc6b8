// MARK: - Matches with typos

extension ChunkScan {
  /// Finds the candidates that match only with typos, among `base` (all when nil). The
  /// survivors kept are every candidate whose terms each appear in order, or in order with
  /// one character left out: a set that only shrinks as terms grow.
  ///
  /// With summaries, the candidates whose byte mask may match are gathered a block at a
  /// time, without a branch per candidate, and their first bytes are loaded together, so
  /// that the waits for memory overlap; each term is then tested in place (plain ASCII
  /// folded on the fly), and only a candidate that passes is copied for scoring.
  func scanTypos(_ base: SurvivorList?, limit: Int?, keepsSurvivors: Bool) -> ChunkResult {
    var found = Found(
      limit: limit, keepsSurvivors: keepsSurvivors, cap: survivorCap,
      keepsOwners: ownership != nil, floor: floor)
    guard let summaries else {
      let tables = ByteTables.shared
      let subset = base.map { UnsafeBufferPointer(start: $0.indices.base, count: $0.count) }
      forEachCandidate(
        subset, key: query.typoKey, asciiMayMatch: query.asciiMayMatchWithTypos
      ) { local in
        let text = view.text(local)
        let mask = tables.mask(of: text.match(caseSensitive: caseSensitive), count: text.count)
        guard query.mayMatchWithTypos(mask: mask) else { return }
        considerTypos(local, text: text, into: &found)
      }
      return found.result()
    }
    let indices = base?.indices.base
    let count = base?.count ?? chunk.count
    let passing = scorer.scratch.passing
    var block = 0
    while block < count {
      let blockEnd = min(block + ScoringScratch.passingSize, count)
      var passed = 0
      for position in block..<blockEnd {
        let candidate = indices.map { Int($0[position]) } ?? position
        passing[passed] = candidate
        passed &+= query.typoMaskMisses(summaries.masks[candidate]) ? 0 : 1
      }
      var sink: UInt8 = 0
      for item in 0..<passed {
        let text = view.text(passing[item])
        if text.count > 0 {
          sink ^= text.cased[0]
        }
      }
      scorer.scratch.sink ^= sink
      for item in 0..<passed {
        let local = passing[item]
        considerTypos(local, text: view.text(local), into: &found)
      }
      block = blockEnd
    }
    return found.result()
  }

  /// Tests one candidate whose byte mask may match with typos: keeps it as a survivor when
  /// each term appears in order or in order with one character left out, and scores it
  /// when some term does not appear in order.
  @inline(__always)
  private func considerTypos(_ local: Int, text: CandidateText, into found: inout Found) {
    let match = text.match(caseSensitive: caseSensitive)
    guard let allInOrder = scorer.allInOrder(query, orLeavingOneOutIn: match, count: text.count)
    else { return }
    found.keep(local, end: Int(SurvivorList.unknownEnd))
    guard !allInOrder else { return }
    let best = ownership?.bestRank(of: chunk.base + local) ?? 0
    if best == OwnerRanking.skipped { return }
    // A typo's rank class comes after its string's best: when that is after the class of
    // what must be outranked (the in-order matches fill the list), there is nothing to score.
    if let worst = found.selection.threshold, best + 1 > worst.rank { return }
    found.scored += 1
    let slice = text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
    guard let result = scorer.typoScore(query, in: slice) else { return }
    found.matched += 1
    offer(local, score: result.score, typos: result.typos, text: slice, into: &found)
  }
}
