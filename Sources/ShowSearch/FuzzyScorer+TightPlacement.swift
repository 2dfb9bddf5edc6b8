// MARK: - Whether a typo placement exists

extension FuzzyScorer {
  /// False when the pattern cannot be placed in the text the way a typo placement must be
  /// (`Placement.typo`), so that the scoring program would find no placement; true when it
  /// can, or when the pattern is not plain ASCII of at most 64 characters (the program
  /// then decides alone).
  ///
  /// The characters are followed all at once, one bit each, byte by byte: bit `k` of
  /// `ends[j]` says that characters 0 through `k` can be placed with `k` ending at byte `j`.
  /// A character may follow the previous one directly, one character later, or anywhere
  /// later at a word start; the first must start a word or follow a word's first
  /// character. The rules are the program's (`matchScore`), without its sums, so the test
  /// costs a few operations per byte where the program costs one sum per byte and character.
  static func mayPlaceTightly(_ pattern: PatternView, in text: FoldedSlice) -> Bool {
    let count = pattern.characterCount
    guard count > 0, count <= 64, count == pattern.byteCount else { return true }
    let hay = text.match
    guard count <= hay.count else { return false }
    let complete: UInt64 = 1 << (count - 1)
    let kept: UInt64 = count == 64 ? ~0 : (1 << count) - 1
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: hay.count) { ends in
      // Every placement of a prefix that ended before the current byte.
      var endedBefore: UInt64 = 0
      for end in 0..<hay.count {
        let startsWord = ScoreWeights.bonus(at: end, in: text.cased) > 0
        let previousStart = characterStart(before: end, in: hay)
        var reach: UInt64 = 0
        if end > 0 {
          reach = ends[end - 1]
          if previousStart > 0 {
            reach |= ends[previousStart - 1]
          }
        }
        if startsWord {
          reach |= endedBefore
        }
        var candidates = (reach << 1) & kept
        if startsWord
          || (end > 0 && ScoreWeights.bonus(at: previousStart, in: text.cased) > 0)
        {
          candidates |= 1
        }
        var placed: UInt64 = 0
        let byte = hay[end]
        while candidates != 0 {
          let character = candidates.trailingZeroBitCount
          if pattern.bytes[character] == byte {
            placed |= 1 << character
          }
          candidates &= candidates &- 1
        }
        if placed & complete != 0 { return true }
        ends[end] = placed
        endedBefore |= placed
      }
      return false
    }
  }
}
