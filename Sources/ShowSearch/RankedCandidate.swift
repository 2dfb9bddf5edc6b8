// MARK: - Ranked candidate

/// A candidate that matched, before its positions are worked out.
struct RankedCandidate: Sendable {
  /// The candidate's index.
  var index: Int
  /// The candidate's score.
  var score: Double
  /// The candidate's folded length in bytes, the first tie-breaker.
  var length: Int
  /// How many terms needed a typo.
  var typos: Int

  /// The result order: higher score, then shorter candidate, then lower index.
  @inline(__always)
  static func ranksBefore(_ first: RankedCandidate, _ second: RankedCandidate) -> Bool {
    if first.score != second.score { return first.score > second.score }
    if first.length != second.length { return first.length < second.length }
    return first.index < second.index
  }
}
