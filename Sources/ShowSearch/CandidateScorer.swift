// MARK: - Candidate scorer

/// Scores a whole query against one folded candidate: every term must match, in any order,
/// each exactly in order or, when allowed, with one typo. Holds scratch memory, so use one
/// scorer per thread.
struct CandidateScorer {
  /// Memory reused from candidate to candidate.
  let scratch = ScoringScratch()

  /// The total score and the number of terms that needed a typo, or nil when some term does
  /// not match. `needles` are the query's term bytes (from `SearchQuery.withNeedles`).
  func score(
    _ query: SearchQuery, needles: [UnsafeBufferPointer<UInt8>], in text: FoldedSlice,
    allowingTypos: Bool
  ) -> (score: Double, typos: Int)? {
    // The terms that are not in order decide first, with no score worked out: most
    // candidates that reach here have no typo spelling of them placed tightly enough.
    for (offset, needle) in needles.enumerated()
    where !FuzzyScorer.containsInOrder(needle, in: text.match) {
      guard allowingTypos, query.termAllowsTypos[offset],
        mayMatchLeavingOneOut(needle, in: text.match),
        mayPlaceTypoVariant(of: query.parsedTerms[offset], in: text)
      else { return nil }
    }
    var total = 0.0
    var typos = 0
    for (offset, needle) in needles.enumerated() {
      if FuzzyScorer.containsInOrder(needle, in: text.match),
        let termScore = score(query.parsedTerms[offset].pattern, in: text, placement: .fuzzy)
      {
        total += termScore
        continue
      }
      guard allowingTypos, query.termAllowsTypos[offset],
        let typoMatch = bestTypoVariant(of: query.parsedTerms[offset], in: text)
      else { return nil }
      total += typoMatch.score - ScoreWeights.typo
      typos += 1
    }
    if typos == 0 && isExact(query, text) {
      total += ScoreWeights.exactCandidate
    }
    return (total, typos)
  }

  /// The score of a candidate that matches only with typos (some term not in order), or nil
  /// when it does not match or every term is in order.
  @inline(__always)
  func typoScore(_ scan: ScanQuery, in text: FoldedSlice) -> (score: Double, typos: Int)? {
    guard let result = score(scan.query, needles: scan.needles, in: text, allowingTypos: true),
      result.typos > 0
    else { return nil }
    return result
  }

  /// The score of a candidate whose terms are known to appear in order, exactly as
  /// `score(_:needles:in:allowingTypos:)` computes it, read through the scan's pointers.
  @inline(__always)
  func scoreInOrder(_ scan: ScanQuery, in text: FoldedSlice) -> Double? {
    var total = 0.0
    for pattern in scan.patterns {
      guard let placed = FuzzyScorer.score(pattern, in: text, placement: .fuzzy, scratch: scratch)
      else { return nil }
      total += placed + FuzzyScorer.wordBonus(pattern, in: text)
    }
    if text.match.count == scan.exactLength && isExact(scan.query, text) {
      total += ScoreWeights.exactCandidate
    }
    return total
  }

  /// The start byte of every matched character of every term (unsorted, may repeat), placed
  /// the same way `score` placed them.
  func bytePositions(_ query: SearchQuery, in text: FoldedSlice, allowingTypos: Bool) -> [Int] {
    var positions: [Int] = []
    for term in query.parsedTerms {
      if FuzzyScorer.containsInOrder(term.pattern.bytes, in: text.match),
        let starts = FuzzyScorer.positions(term.pattern, in: text, placement: .fuzzy)
      {
        positions += starts
      } else if allowingTypos, let typoMatch = bestTypoVariant(of: term, in: text),
        let starts = FuzzyScorer.positions(
          term.typoVariants[typoMatch.variant], in: text, placement: .typo)
      {
        positions += starts
      }
    }
    return positions
  }

  // MARK: - Terms

  /// One pattern's score: the placement score plus the bonus for matching a word unbroken.
  func score(
    _ pattern: Pattern, in text: FoldedSlice, placement: FuzzyScorer.Placement
  ) -> Double? {
    guard FuzzyScorer.containsInOrder(pattern.bytes, in: text.match),
      placement != .typo || FuzzyScorer.mayPlaceTightly(pattern.view, in: text),
      let placed = FuzzyScorer.score(pattern, in: text, placement: placement, scratch: scratch)
    else { return nil }
    return placed + FuzzyScorer.wordBonus(pattern, in: text)
  }

  /// The best-scoring spelling one typo away from the term, or nil when none matches.
  func bestTypoVariant(of term: QueryTerm, in text: FoldedSlice) -> (score: Double, variant: Int)? {
    guard term.allowsTypos else { return nil }
    var best: (score: Double, variant: Int)?
    for (offset, variant) in term.typoVariants.enumerated() {
      guard let variantScore = score(variant, in: text, placement: .typo) else { continue }
      if variantScore > best?.score ?? -.infinity {
        best = (variantScore, offset)
      }
    }
    return best
  }

  /// True when some spelling one typo away from the term appears in order and may be placed
  /// as a typo placement must be (`FuzzyScorer.mayPlaceTightly`): without it,
  /// `bestTypoVariant` finds nothing.
  func mayPlaceTypoVariant(of term: QueryTerm, in text: FoldedSlice) -> Bool {
    term.typoVariants.contains { variant in
      FuzzyScorer.containsInOrder(variant.bytes, in: text.match)
        && FuzzyScorer.mayPlaceTightly(variant.view, in: text)
    }
  }

  /// True when the candidate equals the whole query (its terms joined by single spaces).
  private func isExact(_ query: SearchQuery, _ text: FoldedSlice) -> Bool {
    text.match.count == query.joined.count && text.match.elementsEqual(query.joined)
  }

  // MARK: - Typo prefilter

  /// True when the needle with some one character left out appears in order, at the byte
  /// level: a cheap necessary condition for any typo variant to match.
  func mayMatchLeavingOneOut(
    _ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let needleBase = needle.baseAddress else { return true }
    return mayMatchLeavingOneOut(needleBase, count: needle.count, hay: hay) { byte, offset in
      byte == needleBase[offset]
    }
  }

  /// `mayMatchLeavingOneOut(_:in:)` for a term of a prepared query, read in the text as
  /// the in-order test reads it (plain ASCII in place, its case folded on the fly).
  @inline(__always)
  func mayMatchLeavingOneOut(
    _ term: ScanQuery.Term, of query: ScanQuery, in text: UnsafePointer<UInt8>, count: Int
  ) -> Bool {
    let bytes = query.bytes + term.start
    let folds = query.folds + term.start
    return mayMatchLeavingOneOut(
      bytes, count: term.count, hay: UnsafeBufferPointer(start: text, count: count)
    ) { byte, offset in
      byte | folds[offset] == bytes[offset]
    }
  }

  /// The test of `mayMatchLeavingOneOut(_:in:)`, with `matches(byte, k)` telling whether a
  /// byte of the hay stands for the needle's byte `k`.
  @inline(__always)
  private func mayMatchLeavingOneOut(
    _ needle: UnsafePointer<UInt8>, count: Int, hay: UnsafeBufferPointer<UInt8>,
    matches: (UInt8, Int) -> Bool
  ) -> Bool {
    scratch.reserveTypoBounds(count + 1)
    // prefixEnds[k]: where the k-th byte matched, greedily from the front (-1 for none).
    // suffixStarts[k]: where byte k matched, greedily from the back (hay.count for none).
    let prefixEnds = scratch.prefixEnds
    let suffixStarts = scratch.suffixStarts
    prefixEnds[0] = -1
    var prefixCount = 0
    var position = 0
    while prefixCount < count && position < hay.count {
      if matches(hay[position], prefixCount) {
        prefixCount += 1
        prefixEnds[prefixCount] = position
      }
      position += 1
    }
    suffixStarts[count] = hay.count
    var suffixStart = count
    position = hay.count - 1
    while suffixStart > 0 && position >= 0 {
      if matches(hay[position], suffixStart - 1) {
        suffixStart -= 1
        suffixStarts[suffixStart] = position
      }
      position -= 1
    }
    var start = 0
    while start < count {
      var end = start + 1
      while end < count && needle[end] & 0xC0 == 0x80 {
        end += 1
      }
      if start <= prefixCount && end >= suffixStart && prefixEnds[start] < suffixStarts[end] {
        return true
      }
      start = end
    }
    return false
  }
}
