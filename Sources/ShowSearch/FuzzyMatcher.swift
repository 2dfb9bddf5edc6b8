// MARK: - Fuzzy matcher

/// Scores one candidate string against a query (nil when it does not match).
public enum FuzzyMatcher {
  /// Matches every term of the query, in order within the term, against the candidate.
  public static func match(_ query: SearchQuery, in candidate: String) -> Match? {
    match(query, in: candidate, allowingTypos: false)
  }

  /// Like `match(_:in:)`, but a term of four or more characters may match with one typo.
  ///
  /// A typo is two letters swapped, a letter missing, an extra letter or a wrong letter. Each
  /// term that needs one costs a fixed penalty and counts in `Match.typos`.
  public static func matchAllowingTypos(_ query: SearchQuery, in candidate: String) -> Match? {
    match(query, in: candidate, allowingTypos: true)
  }

  // MARK: - Matching

  private static func match(
    _ query: SearchQuery, in candidate: String, allowingTypos: Bool
  ) -> Match? {
    guard !query.isEmpty else { return Match(score: 0, positions: [], typos: 0) }
    let (cased, lower) = TextFolding.fold(candidate)
    let matchBytes = query.isCaseSensitive ? cased : lower
    return matchBytes.withUnsafeBufferPointer { matchBuffer in
      cased.withUnsafeBufferPointer { casedBuffer in
        let text = FoldedSlice(match: matchBuffer, cased: casedBuffer)
        let scorer = CandidateScorer()
        let scored = query.withNeedles { needles in
          scorer.score(query, needles: needles, in: text, allowingTypos: allowingTypos)
        }
        guard let result = scored else { return nil }
        let bytes = scorer.bytePositions(query, in: text, allowingTypos: result.typos > 0)
        return Match(
          score: result.score,
          positions: TextFolding.graphemePositions(ofBytes: bytes, in: candidate),
          typos: result.typos)
      }
    }
  }
}
