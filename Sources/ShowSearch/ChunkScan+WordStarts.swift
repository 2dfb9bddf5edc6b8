// MARK: - Word starts a full list asks for

extension ChunkScan {
  /// The word starts and word pairs (`ScanQuery.requiredStarts`) a candidate must hold to
  /// pass the worst kept, once nothing but a candidate's bound decides whether it is read:
  /// the list is full, the typo question settled, no survivors are kept, and, with owners,
  /// no string's rank class comes before the worst's (such a string passes whatever its
  /// score). None (zeros) before that.
  @inline(__always)
  func requiredStarts(_ found: borrowing Found) -> ScanQuery.RequiredStarts {
    guard found.matched >= SearchIndex.typoThreshold, !found.keepsSurvivors,
      let worst = found.selection.threshold
    else { return .none }
    if let ownership, ownership.bestRankOfAll < worst.rank { return .none }
    return query.requiredStarts(toReach: worst.score - Self.margin)
  }

  /// How many positions of `0..<count` have a candidate (`indices[position]`, or the
  /// position itself) whose byte mask holds every bit of `required`, counted without a
  /// branch per candidate.
  func countPassing(
    _ count: Int, of indices: UnsafeMutablePointer<UInt32>?, holding required: UInt32,
    summaries: ChunkSummaries.View
  ) -> Int {
    var passed = 0
    for position in 0..<count {
      let candidate = indices.map { Int($0[position]) } ?? position
      let missing = required & ~summaries.masks[candidate]
      passed &+= 1 &- Int((missing | (0 &- missing)) >> 31)
    }
    return passed
  }

  /// Writes into `passing` the positions of `range` whose candidate (`indices[position]`,
  /// or the position itself) holds every bit of `required` in its byte mask and every bit
  /// of `starts` in its word starts and pairs, without a branch per candidate; returns how
  /// many.
  @inline(__always)
  func passingPositions(
    _ range: Range<Int>, of indices: UnsafeMutablePointer<UInt32>?, holding required: UInt32,
    starts: ScanQuery.RequiredStarts, summaries: ChunkSummaries.View,
    into passing: UnsafeMutablePointer<Int>
  ) -> Int {
    var passed = 0
    if starts.isEmpty {
      for position in range {
        let candidate = indices.map { Int($0[position]) } ?? position
        passing[passed] = position
        let missing = required & ~summaries.masks[candidate]
        passed &+= 1 &- Int((missing | (0 &- missing)) >> 31)
      }
      return passed
    }
    for position in range {
      let candidate = indices.map { Int($0[position]) } ?? position
      passing[passed] = position
      let missing =
        (required & ~summaries.masks[candidate])
        | (starts.wordStarts & ~summaries.wordStarts[candidate])
        | (starts.wordPairs & ~summaries.wordPairs[candidate])
      passed &+= 1 &- Int((missing | (0 &- missing)) >> 31)
    }
    return passed
  }
}

// MARK: - Word starts a score needs

extension ScanQuery {
  /// Word-start bits and word-pair bits (see `ChunkSummaries`) that a candidate must hold.
  struct RequiredStarts {
    /// Bits of the word-start mask.
    let wordStarts: UInt32
    /// Bits of the word-pair mask.
    let wordPairs: UInt32

    /// Nothing required.
    static let none = RequiredStarts(wordStarts: 0, wordPairs: 0)

    /// True when nothing is required.
    var isEmpty: Bool { wordStarts | wordPairs == 0 }
  }

  /// The word starts and word pairs without which a candidate's bound (`bound(wordStarts:
  /// wordPairs:length:)`) stays under `needed`. A term is required to start a word when,
  /// without the gain of its word start, the bound of the shortest candidate that may
  /// match (the longest term's length) with every other term's largest gain falls short; to
  /// start a word with its first two bytes (or, one byte long, to be a whole word) when
  /// its gain without them falls short. Only terms that start with an ASCII letter or digit
  /// (and, for the pair, whose second byte is ASCII) are required: a candidate equal to
  /// the query holds those, so that one whose bound has the exact bonus is never dropped.
  func requiredStarts(toReach needed: Double) -> RequiredStarts {
    var largest = 0.0
    var longest = 0
    for term in terms {
      largest += term.pairedGain
      longest = max(longest, term.count)
    }
    // The bound sums in another order: a margin over it keeps its rounding from making
    // the filter stricter than the bound check, which keeps a bound equal to `needed`.
    let best =
      boundTerms.constant + Double(longest) * boundTerms.perByte + largest + ChunkScan.margin
    var starts: UInt32 = 0
    var pairs: UInt32 = 0
    for term in terms where Self.startsWordAlike(bytes[term.start]) {
      let others = best - term.pairedGain
      if others < needed { starts |= term.firstBit }
      let pairIsPlain = term.count == 1 || bytes[term.start + 1] < 0x80
      if pairIsPlain && others + term.startGain < needed { pairs |= term.pairBit }
    }
    return RequiredStarts(wordStarts: starts, wordPairs: pairs)
  }

  /// True for an ASCII letter or digit: a byte that starts a word after a space or at the
  /// start of a text, and whose mask bit is the same in either case.
  @inline(__always)
  static func startsWordAlike(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
  }
}
