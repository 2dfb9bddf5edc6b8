// MARK: - Matches with typos

extension LineScan {
  /// The lines whose terms all appear in order, scored, and, apart, the lines that match
  /// only with typos, scored, in one pass: each line is scanned once, and only the lines
  /// noted as typo candidates are read again, to be scored.
  ///
  /// A line that may match with typos (every term in order, or in order with one character
  /// left out) is only noted during the pass; the notes are scored at the end, and only if
  /// `tally` still says that in-order matches are scarce (otherwise the typo matches would
  /// not be shown). Once the tally says so, the rest of the part is scanned for in-order
  /// matches alone.
  mutating func scanInOrderAndTypos(
    _ tally: InOrderTally
  ) -> (inOrder: ChunkResult, typos: ChunkResult) {
    var inOrder: [RankedCandidate] = []
    var noted: [Int] = []
    var matched = 0
    let (query, scorer) = (self.query, self.scorer)
    let caseSensitive = query.query.isCaseSensitive
    let tables = ByteTables.shared
    let required = query.requiredBits
    let checks = [ScanQuery.TermCheck](repeating: .full, count: query.terms.count)
    let stopped = checks.withUnsafeBufferPointer { checks in
      /// Looks at one line whose byte mask is `mask`; false once typo matches are unwanted.
      func visit(_ start: Int, _ text: CandidateText, mask: UInt32) -> Bool {
        guard query.mayMatchWithTypos(mask: mask) else { return true }
        let match = text.match(caseSensitive: caseSensitive)
        if mask & required == required,
          query.matchAll(checks, in: match, count: text.count, resumed: -1) != nil
        {
          matched += 1
          let slice = text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
          if let score = scorer.scoreInOrder(query, in: slice) {
            inOrder.append(
              RankedCandidate(index: start, score: score, length: text.count, typos: 0))
          }
          return tally.add(1)
        }
        if Self.mayMatchWithTypos(match, count: text.count, query: query, scorer: scorer) {
          noted.append(start)
        }
        return true
      }
      guard tally.isScarce else { return range.lowerBound }
      if readsEveryLineForTypos {
        return forEachLineWithMask(from: range.lowerBound, visit)
      }
      return forEachLine(
        from: range.lowerBound, key: query.typoKey, asciiMayMatch: query.asciiMayMatchWithTypos,
        skipsFolded: query.typoKeySkipsFolded,
        everyLine: query.typoKey == nil && query.asciiMayMatchWithTypos
      ) { start, text in
        let mask = tables.mask(of: text.match(caseSensitive: caseSensitive), count: text.count)
        return visit(start, text, mask: mask)
      }
    }
    var rest = ChunkResult(candidates: [], matched: 0, survivors: nil)
    if stopped < range.upperBound {
      rest = scanInOrder(from: stopped)
    }
    let typos = tally.isScarce ? scoreTypos(noted) : []
    return (
      ChunkResult(
        candidates: inOrder + rest.candidates, matched: matched + rest.matched, survivors: nil,
        linesRead: linesRead),
      ChunkResult(candidates: typos, matched: typos.count, survivors: nil)
    )
  }

  /// True when every term appears in the line in order or in order with one character left
  /// out, and not every term in order: a cheap test, read in place, that the typo variants
  /// then decide.
  @inline(__always)
  private static func mayMatchWithTypos(
    _ match: UnsafePointer<UInt8>, count: Int, query: ScanQuery, scorer: CandidateScorer
  ) -> Bool {
    scorer.allInOrder(query, orLeavingOneOutIn: match, count: count) == false
  }

  /// Scores the noted lines (by where they start) that match with typos, in order.
  private mutating func scoreTypos(_ starts: [Int]) -> [RankedCandidate] {
    var typos: [RankedCandidate] = []
    let caseSensitive = query.query.isCaseSensitive
    for start in starts {
      let text = line(at: start)
      let slice = text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
      guard let result = scorer.typoScore(query, in: slice) else { continue }
      typos.append(
        RankedCandidate(
          index: start, score: result.score, length: text.count, typos: result.typos))
    }
    return typos
  }
}
