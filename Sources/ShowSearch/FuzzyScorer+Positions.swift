// MARK: - Match positions

extension FuzzyScorer {
  /// Above this many score cells, positions come from a greedy placement instead of the full
  /// dynamic program, so one enormous candidate cannot exhaust memory.
  static let maximumTracedCells = 1 << 21

  /// The start byte of each matched character in the best placement, or nil when the
  /// pattern's characters are not in order.
  static func positions(
    _ pattern: PatternView, in text: FoldedSlice, placement: Placement
  ) -> [Int]? {
    let hay = text.match
    let count = pattern.characterCount
    guard count > 0 else { return [] }
    guard pattern.byteCount <= hay.count else { return nil }
    var earliest = [Int](repeating: 0, count: count)
    var latest = [Int](repeating: 0, count: count)
    let found = earliest.withUnsafeMutableBufferPointer { earliest in
      latest.withUnsafeMutableBufferPointer { latest in
        findBounds(pattern, in: hay, earliest: earliest.baseAddress!, latest: latest.baseAddress!)
      }
    }
    guard found else { return nil }
    var table = ScoreTable(pattern: pattern, earliest: earliest, latest: latest)
    guard table.cellCount <= maximumTracedCells else {
      return greedyPositions(pattern, in: hay, lastEnd: earliest[count - 1])
    }
    table.fill(pattern, in: text, placement: placement)
    return table.trace(pattern, in: text, placement: placement)
  }

  /// Places each character as late as possible before the earliest complete match ends.
  private static func greedyPositions(
    _ pattern: PatternView, in hay: UnsafeBufferPointer<UInt8>, lastEnd: Int
  ) -> [Int]? {
    var starts = [Int](repeating: 0, count: pattern.characterCount)
    var limit = lastEnd
    for character in stride(from: pattern.characterCount - 1, through: 0, by: -1) {
      var end = limit
      while end >= 0 && !matches(pattern, character: character, endingAt: end, in: hay) {
        end -= 1
      }
      guard end >= 0 else { return nil }
      starts[character] = end - pattern.lengths[character] + 1
      limit = starts[character] - 1
    }
    return starts
  }
}

// MARK: - Score table

/// The full dynamic program for one pattern and text, kept row by row over each row's window
/// so the best placement can be traced back.
private struct ScoreTable {
  let lows: [Int]
  let highs: [Int]
  let lasts: [Int]
  let bases: [Int]
  let cellCount: Int
  var matchCells: [Double] = []
  var bestCells: [Double] = []

  init(pattern: PatternView, earliest: [Int], latest: [Int]) {
    let count = pattern.characterCount
    var highs: [Int] = []
    var bases: [Int] = []
    var total = 0
    for character in 0..<count {
      let high =
        character + 1 == count
        ? latest[character] : latest[character + 1] - pattern.lengths[character + 1]
      highs.append(high)
      bases.append(total)
      total += high - earliest[character] + 1
    }
    self.lows = earliest
    self.highs = highs
    self.lasts = latest
    self.bases = bases
    self.cellCount = total
  }

  @inline(__always)
  func cell(_ character: Int, _ end: Int) -> Int {
    bases[character] + end - lows[character]
  }

  // MARK: - Filling

  mutating func fill(_ pattern: PatternView, in text: FoldedSlice, placement: FuzzyScorer.Placement)
  {
    var matchCells = [Double](repeating: -.infinity, count: cellCount)
    var bestCells = [Double](repeating: -.infinity, count: cellCount)
    matchCells.withUnsafeMutableBufferPointer { matchCells in
      bestCells.withUnsafeMutableBufferPointer { bestCells in
        for character in 0..<pattern.characterCount {
          fillRow(
            character, pattern, in: text, placement: placement,
            matchCells: matchCells.baseAddress!, bestCells: bestCells.baseAddress!)
        }
      }
    }
    self.matchCells = matchCells
    self.bestCells = bestCells
  }

  private func fillRow(
    _ character: Int, _ pattern: PatternView, in text: FoldedSlice,
    placement: FuzzyScorer.Placement,
    matchCells: UnsafeMutablePointer<Double>, bestCells: UnsafeMutablePointer<Double>
  ) {
    let length = pattern.lengths[character]
    let isFinal = character + 1 == pattern.characterCount
    let gap = isFinal ? ScoreWeights.gapTrailing : ScoreWeights.gapInner
    let previous = previousRow(character, matchCells: matchCells, bestCells: bestCells)
    var best = -Double.infinity
    for end in lows[character]...highs[character] {
      var matchScore = -Double.infinity
      if end <= lasts[character]
        && FuzzyScorer.matches(pattern, character: character, endingAt: end, in: text.match)
      {
        matchScore = FuzzyScorer.matchScore(
          character: character, start: end - length + 1, in: text, placement: placement,
          previous: previous)
      }
      let index = cell(character, end)
      matchCells[index] = matchScore
      best = max(matchScore, best + gap)
      bestCells[index] = best
    }
  }

  /// The row before `character` as the transitions read it (row 0 reads none).
  private func previousRow(
    _ character: Int, matchCells: UnsafePointer<Double>, bestCells: UnsafePointer<Double>
  ) -> FuzzyScorer.PreviousRow {
    let row = max(character - 1, 0)
    return FuzzyScorer.PreviousRow(
      matchScores: matchCells + bases[row], bestScores: bestCells + bases[row],
      origin: lows[row], low: lows[row])
  }

  // MARK: - Tracing

  /// Walks back from the best final cell, following the transition each score came from.
  func trace(
    _ pattern: PatternView, in text: FoldedSlice, placement: FuzzyScorer.Placement
  ) -> [Int]? {
    let count = pattern.characterCount
    var starts = [Int](repeating: 0, count: count)
    var requiredEnd: Int?
    var end = highs[count - 1]
    for character in stride(from: count - 1, through: 0, by: -1) {
      if let required = requiredEnd {
        end = required
      } else {
        while end >= lows[character] {
          let index = cell(character, end)
          if matchCells[index] > -.infinity && matchCells[index] == bestCells[index] { break }
          end -= 1
        }
      }
      guard end >= lows[character], matchCells[cell(character, end)] > -.infinity else {
        return nil
      }
      let start = end - pattern.lengths[character] + 1
      starts[character] = start
      requiredEnd =
        character > 0
        ? requiredPreviousEnd(character, start: start, end: end, in: text, placement: placement)
        : nil
      end = start - 1
    }
    return starts
  }

  /// Where the previous character must end when this one's score came from a consecutive
  /// run or a one-character skip; nil when it came from the best score before `start`.
  private func requiredPreviousEnd(
    _ character: Int, start: Int, end: Int, in text: FoldedSlice,
    placement: FuzzyScorer.Placement
  ) -> Int? {
    let matchScore = matchCells[cell(character, end)]
    let previous = cell(character - 1, start - 1)
    if matchScore == matchCells[previous] + ScoreWeights.consecutive {
      return start - 1
    }
    guard placement == .typo else { return nil }
    return matchCells.withUnsafeBufferPointer { matchCells in
      bestCells.withUnsafeBufferPointer { bestCells in
        let row = previousRow(
          character, matchCells: matchCells.baseAddress!, bestCells: bestCells.baseAddress!)
        let bonus = ScoreWeights.bonus(at: start, in: text.cased)
        guard let skip = FuzzyScorer.skipScore(start: start, in: text, previous: row, bonus: bonus),
          skip.score == matchScore
        else { return nil }
        return skip.previousEnd
      }
    }
  }
}
