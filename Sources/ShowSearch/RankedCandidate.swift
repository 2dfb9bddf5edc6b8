// MARK: - Ranked candidate

/// A candidate that matched, before its positions are worked out; 16 bytes, so that sorting
/// hundreds of thousands of them stays cheap.
struct RankedCandidate: Sendable, Comparable {
  /// The candidate's score.
  var score: Double
  private let storedIndex: UInt32
  /// The folded length (at most `maximumLength`) in the low 24 bits, typos in the high 8.
  private let lengthAndTypos: UInt32

  /// Lengths beyond this rank as equal to it.
  static let maximumLength = (1 << 24) - 1

  /// A matched candidate: its index, score, folded length in bytes and number of typos.
  @inline(__always)
  init(index: Int, score: Double, length: Int, typos: Int) {
    self.score = score
    storedIndex = UInt32(truncatingIfNeeded: index)
    lengthAndTypos = UInt32(min(length, Self.maximumLength)) | UInt32(min(typos, 255)) << 24
  }

  /// The candidate's index.
  var index: Int { Int(storedIndex) }
  /// The candidate's folded length in bytes, the first tie-breaker.
  var length: Int { Int(lengthAndTypos & 0xFF_FFFF) }
  /// How many terms needed a typo.
  var typos: Int { Int(lengthAndTypos >> 24) }

  /// The result order: a match without typos before any match with typos, then higher
  /// score, then shorter candidate, then lower index. A typo's penalty alone let a typo
  /// match with more word starts outrank the exact spelling. Each scan pass finds matches of
  /// one class only (in order, or with typos), so its radix sort on score and length agrees.
  @inline(__always)
  static func ranksBefore(_ first: RankedCandidate, _ second: RankedCandidate) -> Bool {
    let firstIsExact = first.lengthAndTypos >> 24 == 0
    if firstIsExact != (second.lengthAndTypos >> 24 == 0) { return firstIsExact }
    if first.score != second.score { return first.score > second.score }
    let firstLength = first.lengthAndTypos & 0xFF_FFFF
    let secondLength = second.lengthAndTypos & 0xFF_FFFF
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
    first.score == second.score && first.lengthAndTypos == second.lengthAndTypos
      && first.storedIndex == second.storedIndex
  }
}
