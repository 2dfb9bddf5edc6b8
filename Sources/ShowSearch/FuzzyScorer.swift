// MARK: - Fuzzy scorer

/// Scores one pattern against one folded text, the fzy way: a dynamic program over the bytes
/// that finds the best placement of the pattern's characters, in order, by gaps and bonuses.
///
/// Rows are pattern characters and columns are the byte where a character's match ends. Each
/// row only spans the bytes between the earliest and the latest place its character can end
/// in a complete match, which keeps the work near the size of the matched region.
enum FuzzyScorer {
  /// How a pattern may be placed in a text.
  enum Placement {
    /// Anywhere, in order.
    case fuzzy
    /// Tightly, as a typo correction must be: the first character at or just after a word
    /// start, and every later one either right after the previous, at a word start, or one
    /// character after the previous.
    case typo
  }

  /// The scores of the previous pattern character, by the byte where its match ends.
  struct PreviousRow {
    let matchScores: UnsafePointer<Double>
    let bestScores: UnsafePointer<Double>
    /// The byte that element 0 of the score arrays stands for.
    let origin: Int
    /// The first byte where the previous row has scores.
    let low: Int

    /// The best score with the previous character's match ending exactly at `end`.
    @inline(__always)
    func match(_ end: Int) -> Double { matchScores[end - origin] }

    /// The best score with the previous character's match ending at or before `end`.
    @inline(__always)
    func best(_ end: Int) -> Double { bestScores[end - origin] }
  }

  // MARK: - Prefilter

  /// True when the bytes of `needle` appear in `hay` in order: a cheap necessary condition.
  @inline(__always)
  static func containsInOrder(
    _ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let needleCount = needle.count
    guard needleCount <= hay.count else { return false }
    guard needleCount > 0 else { return true }
    var matched = 0
    var wanted = needle[0]
    for byte in hay where byte == wanted {
      matched += 1
      if matched == needleCount { return true }
      wanted = needle[matched]
    }
    return false
  }

  /// `containsInOrder(_:in:)` for a needle held in an array.
  @inline(__always)
  static func containsInOrder(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Bool {
    needle.withUnsafeBufferPointer { containsInOrder($0, in: hay) }
  }

  // MARK: - Character matching

  /// True when character `character` of the pattern ends exactly at byte `end` of `hay`.
  @inline(__always)
  static func matches(
    _ pattern: PatternView, character: Int, endingAt end: Int, in hay: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let length = pattern.lengths[character]
    let start = end - length + 1
    guard start >= 0 else { return false }
    let patternStart = pattern.starts[character]
    for offset in 0..<length where hay[start + offset] != pattern.bytes[patternStart + offset] {
      return false
    }
    return true
  }

  /// Finds, for each character, the earliest and the latest byte where its match can end in
  /// a complete match; false when the characters do not appear in order.
  static func findBounds(
    _ pattern: PatternView, in hay: UnsafeBufferPointer<UInt8>,
    earliest: UnsafeMutablePointer<Int>, latest: UnsafeMutablePointer<Int>
  ) -> Bool {
    let count = pattern.characterCount
    var from = 0
    for character in 0..<count {
      let length = pattern.lengths[character]
      var end = from + length - 1
      while end < hay.count && !matches(pattern, character: character, endingAt: end, in: hay) {
        end += 1
      }
      guard end < hay.count else { return false }
      earliest[character] = end
      from = end + 1
    }
    var limit = hay.count - 1
    for character in stride(from: count - 1, through: 0, by: -1) {
      var end = limit
      while end >= earliest[character]
        && !matches(pattern, character: character, endingAt: end, in: hay)
      {
        end -= 1
      }
      guard end >= earliest[character] else { return false }
      latest[character] = end
      limit = end - pattern.lengths[character]
    }
    return true
  }

  // MARK: - Scoring

  /// The best score of the pattern in the text, or nil when its characters are not in order
  /// (or, for a typo placement, cannot be placed tightly enough).
  static func score(
    _ pattern: PatternView, in text: FoldedSlice, placement: Placement, scratch: ScoringScratch
  ) -> Double? {
    let hay = text.match
    let count = pattern.characterCount
    guard count > 0 else { return 0 }
    guard pattern.byteCount <= hay.count else { return nil }
    if pattern.byteCount == 1 && placement == .fuzzy {
      return scoreSingleByte(pattern.bytes[0], in: text)
    }
    scratch.reserve(bytes: hay.count, characters: count)
    scratch.programsRun &+= 1
    let earliest = scratch.earliestEnds
    let latest = scratch.latestEnds
    guard findBounds(pattern, in: hay, earliest: earliest, latest: latest) else { return nil }

    var (previousMatch, currentMatch) = scratch.matchRows
    var (previousBest, currentBest) = scratch.bestRows
    for character in 0..<count {
      let length = pattern.lengths[character]
      let low = earliest[character]
      let last = latest[character]
      let isFinal = character + 1 == count
      let high = isFinal ? last : latest[character + 1] - pattern.lengths[character + 1]
      let gap = isFinal ? ScoreWeights.gapTrailing : ScoreWeights.gapInner
      let previousLow = character > 0 ? earliest[character - 1] : 0
      let previous = PreviousRow(
        matchScores: previousMatch, bestScores: previousBest, origin: 0, low: previousLow)
      var best = -Double.infinity
      for end in low...high {
        var matchScore = -Double.infinity
        if end <= last && matches(pattern, character: character, endingAt: end, in: hay) {
          matchScore = Self.matchScore(
            character: character, start: end - length + 1, in: text, placement: placement,
            previous: previous)
        }
        currentMatch[end] = matchScore
        best = max(matchScore, best + gap)
        currentBest[end] = best
      }
      swap(&previousMatch, &currentMatch)
      swap(&previousBest, &currentBest)
    }
    let lastEnd = latest[count - 1]
    let total = previousBest[lastEnd] + ScoreWeights.gapTrailing * Double(hay.count - 1 - lastEnd)
    return total > -.infinity ? total : nil
  }

  /// `score` for a one-byte pattern placed freely: the same sums in the same order, without
  /// the rows the general program keeps for later characters.
  @inline(__always)
  private static func scoreSingleByte(_ byte: UInt8, in text: FoldedSlice) -> Double? {
    let hay = text.match
    var first = 0
    while first < hay.count && hay[first] != byte {
      first += 1
    }
    guard first < hay.count else { return nil }
    var last = hay.count - 1
    while hay[last] != byte {
      last -= 1
    }
    var best = -Double.infinity
    for end in first...last {
      var matchScore = -Double.infinity
      if hay[end] == byte {
        let bonus = ScoreWeights.bonus(at: end, in: text.cased)
        matchScore = Double(end) * ScoreWeights.gapLeading + bonus
      }
      best = max(matchScore, best + ScoreWeights.gapTrailing)
    }
    let total = best + ScoreWeights.gapTrailing * Double(hay.count - 1 - last)
    return total > -.infinity ? total : nil
  }

  // MARK: - Whole words

  /// The bonus for a pattern that appears unbroken at a word start, more when it is a whole word.
  static func wordBonus(_ pattern: PatternView, in text: FoldedSlice) -> Double {
    let hay = text.match
    let length = pattern.byteCount
    guard length > 0, length <= hay.count else { return 0 }
    let needle = pattern.bytes
    do {
      var best = 0.0
      let first = needle[0]
      for start in 0...(hay.count - length) where hay[start] == first {
        guard ScoreWeights.bonus(at: start, in: text.cased) > 0 else { continue }
        var equal = true
        for offset in 1..<length where hay[start + offset] != needle[offset] {
          equal = false
          break
        }
        guard equal else { continue }
        if ScoreWeights.isWordEnd(at: start + length, in: text.cased) {
          return ScoreWeights.wordPrefix + ScoreWeights.wholeWord
        }
        best = ScoreWeights.wordPrefix
      }
      return best
    }
  }
}

// MARK: - Patterns

extension FuzzyScorer {
  /// `score(_:in:placement:scratch:)` for a pattern value.
  static func score(
    _ pattern: Pattern, in text: FoldedSlice, placement: Placement, scratch: ScoringScratch
  ) -> Double? {
    withExtendedLifetime(pattern) {
      score(pattern.view, in: text, placement: placement, scratch: scratch)
    }
  }

  /// `positions(_:in:placement:)` for a pattern value.
  static func positions(_ pattern: Pattern, in text: FoldedSlice, placement: Placement) -> [Int]? {
    withExtendedLifetime(pattern) { positions(pattern.view, in: text, placement: placement) }
  }

  /// `wordBonus(_:in:)` for a pattern value.
  static func wordBonus(_ pattern: Pattern, in text: FoldedSlice) -> Double {
    withExtendedLifetime(pattern) { wordBonus(pattern.view, in: text) }
  }
}
