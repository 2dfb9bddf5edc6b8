// MARK: - Word bonus in place

extension ScanQuery {
  /// `FuzzyScorer.wordBonus` of term `index`, read from the candidate's text in place:
  /// plain ASCII is compared with case folded on the fly instead of from a lowercased copy.
  @inline(__always)
  func wordBonus(_ index: Int, in text: CandidateText) -> Double {
    let term = terms[index]
    let length = term.count
    let count = text.count
    guard length > 0, length <= count else { return 0 }
    let match = text.match(caseSensitive: query.isCaseSensitive)
    let cased = UnsafeBufferPointer(start: text.cased, count: count)
    let first = bytes[term.start]
    let firstFold = folds[term.start]
    var best = 0.0
    var start = ByteScan.next(first, fold: firstFold, in: match, from: 0, end: count - length + 1)
    while start <= count - length {
      if ScoreWeights.bonus(at: start, in: cased) > 0 && matchesTerm(term, in: match, at: start) {
        if ScoreWeights.isWordEnd(at: start + length, in: cased) {
          return ScoreWeights.wordPrefix + ScoreWeights.wholeWord
        }
        best = ScoreWeights.wordPrefix
      }
      start = ByteScan.next(
        first, fold: firstFold, in: match, from: start + 1, end: count - length + 1)
    }
    return best
  }

  /// True when all of `term`'s bytes appear unbroken at `start`.
  @inline(__always)
  private func matchesTerm(_ term: Term, in match: UnsafePointer<UInt8>, at start: Int) -> Bool {
    for offset in 1..<max(term.count, 1) {
      let wanted = term.start + offset
      if match[start + offset] | folds[wanted] != bytes[wanted] { return false }
    }
    return true
  }
}
