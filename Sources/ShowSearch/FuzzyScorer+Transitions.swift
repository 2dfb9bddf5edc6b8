// MARK: - Transitions

extension FuzzyScorer {
  /// The best score of a placement whose character `character` starts at byte `start`, given
  /// the previous character's row; minus infinity when the placement rules forbid it.
  @inline(__always)
  static func matchScore(
    character: Int, start: Int, in text: FoldedSlice, placement: Placement,
    previous: PreviousRow
  ) -> Double {
    let bonus = ScoreWeights.bonus(at: start, in: text.cased)
    switch placement {
    case .fuzzy:
      if character == 0 {
        return Double(start) * ScoreWeights.gapLeading + bonus
      }
      return max(
        previous.best(start - 1) + bonus, previous.match(start - 1) + ScoreWeights.consecutive)
    case .typo:
      if character == 0 {
        guard bonus > 0 || followsWordStart(start, in: text) else { return -.infinity }
        return Double(start) * ScoreWeights.gapLeading + bonus
      }
      var score = previous.match(start - 1) + ScoreWeights.consecutive
      if bonus > 0 {
        score = max(score, previous.best(start - 1) + bonus)
      }
      if let skipped = skipScore(start: start, in: text, previous: previous, bonus: bonus) {
        score = max(score, skipped.score)
      }
      return score
    }
  }

  /// For a typo placement: the score of reaching `start` from a match that ended one
  /// character earlier, skipping exactly that character, with the byte where it ended.
  @inline(__always)
  static func skipScore(
    start: Int, in text: FoldedSlice, previous: PreviousRow, bonus: Double
  ) -> (score: Double, previousEnd: Int)? {
    let skipped = characterStart(before: start, in: text.match)
    guard skipped - 1 >= previous.low else { return nil }
    let score =
      previous.match(skipped - 1) + ScoreWeights.gapInner * Double(start - skipped) + bonus
    return (score, skipped - 1)
  }

  /// True when the character just before `start` begins a word.
  @inline(__always)
  private static func followsWordStart(_ start: Int, in text: FoldedSlice) -> Bool {
    guard start > 0 else { return false }
    return ScoreWeights.bonus(at: characterStart(before: start, in: text.match), in: text.cased) > 0
  }

  /// Where the character that ends just before byte `start` begins.
  @inline(__always)
  static func characterStart(before start: Int, in hay: UnsafeBufferPointer<UInt8>) -> Int {
    var offset = start - 1
    while offset > 0 && hay[offset] & 0xC0 == 0x80 {
      offset -= 1
    }
    return offset
  }
}
