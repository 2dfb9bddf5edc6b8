// MARK: - Ranked candidate

/// A candidate that matched, before its positions are worked out; 16 bytes, so that sorting
/// hundreds of thousands of them stays cheap.
struct RankedCandidate: Sendable, Comparable {
  /// The candidate's score.
  var score: Double
  private let storedIndex: UInt32
  /// The folded length (at most `maximumLength`) in the low 20 bits, typos in the next 4,
  /// the rank class in the high 8.
  private let packed: UInt32

  /// Lengths beyond this rank as equal to it.
  static let maximumLength = (1 << 20) - 1

  /// A matched candidate: its index, score, folded length in bytes and number of typos. Its
  /// rank class (the first key of the result order) is `rank`, by default 0 for a match
  /// without typos and 1 for one with: a typo's penalty alone let a typo match with more
  /// word starts outrank the exact spelling.
  @inline(__always)
  init(index: Int, score: Double, length: Int, typos: Int, rank: Int? = nil) {
    self.score = score
    storedIndex = UInt32(truncatingIfNeeded: index)
    let rankClass = UInt32(min(rank ?? (typos > 0 ? 1 : 0), 255))
    packed =
      UInt32(min(length, Self.maximumLength)) | UInt32(min(typos, 15)) << 20 | rankClass << 24
  }

  /// The candidate's index.
  var index: Int { Int(storedIndex) }
  /// The candidate's folded length in bytes, the tie-breaker after the score.
  var length: Int { Int(packed & 0xF_FFFF) }
  /// How many terms needed a typo.
  var typos: Int { Int(packed >> 20 & 0xF) }
  /// The rank class: lower classes come first, whatever the score.
  var rank: Int { Int(packed >> 24) }

  /// The result order: lower rank class first, then higher score, then shorter candidate,
  /// then lower index.
  @inline(__always)
  static func ranksBefore(_ first: RankedCandidate, _ second: RankedCandidate) -> Bool {
    let firstRank = first.packed >> 24
    let secondRank = second.packed >> 24
    if firstRank != secondRank { return firstRank < secondRank }
    if first.score != second.score { return first.score > second.score }
    let firstLength = first.packed & 0xF_FFFF
    let secondLength = second.packed & 0xF_FFFF
    if firstLength != secondLength { return firstLength < secondLength }
    return first.storedIndex < second.storedIndex
  }

  /// `first` comes before `second` in the result order (`ranksBefore`), so sorting in
  /// ascending order ranks best first.
  @inline(__always)
  static func < (first: RankedCandidate, second: RankedCandidate) -> Bool {
    ranksBefore(first, second)
  }

  /// Candidates are equal when they are the same candidate with the same score.
  @inline(__always)
  static func == (first: RankedCandidate, second: RankedCandidate) -> Bool {
    first.score == second.score && first.packed == second.packed
      && first.storedIndex == second.storedIndex
  }
}
