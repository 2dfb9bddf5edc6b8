// MARK: - Score bounds

extension ScanQuery {
  /// The parts of the score bound that depend only on the query.
  struct BoundTerms {
    /// The bound's share that every candidate gets.
    let constant: Double
    /// Added per byte of the candidate (every byte a term leaves unmatched costs at least
    /// the smallest gap penalty, for each term).
    let perByte: Double
  }

  /// Works out the query's share of the score bound.
  static func boundTerms(_ terms: UnsafeMutableBufferPointer<Term>) -> BoundTerms {
    var constant = 0.0
    var matchedBytes = 0
    for term in terms {
      constant += Double(term.characters - 1) * ScoreWeights.largestStep
      matchedBytes += term.count
    }
    constant -= Double(matchedBytes) * ScoreWeights.smallestGap
    return BoundTerms(
      constant: constant, perByte: Double(terms.count) * ScoreWeights.smallestGap)
  }

  /// A score no in-order match of a candidate can exceed, from its summaries and its folded
  /// length.
  ///
  /// A term gets a bonus for its first character only where a word starts with that byte,
  /// and a word bonus only where a word starts with its first two bytes (a one-byte term:
  /// where a word starts with it, more where that byte is the whole word).
  @inline(__always)
  func bound(wordStarts: UInt32, wordPairs: UInt32, length: Int) -> Double {
    var total = boundTerms.constant + Double(length) * boundTerms.perByte
    for term in terms where term.firstBit & wordStarts != 0 {
      total += term.pairBit & wordPairs != 0 ? term.pairedGain : term.startGain
    }
    return length == exactLength ? total + ScoreWeights.exactCandidate : total
  }

  /// The bound once the candidate's exact word bonuses (summed over the terms) are known.
  @inline(__always)
  func bound(wordStarts: UInt32, length: Int, wordBonuses: Double) -> Double {
    var total = boundTerms.constant + Double(length) * boundTerms.perByte + wordBonuses
    for term in terms where term.firstBit & wordStarts != 0 {
      total += ScoreWeights.largestBonus
    }
    return length == exactLength ? total + ScoreWeights.exactCandidate : total
  }
}
