// MARK: - Scan query

/// A query prepared for scanning many candidates: its term bytes with the case folding each
/// byte allows, the mask bits a candidate must hold, and the facts that bound a score.
final class ScanQuery: @unchecked Sendable {
  /// The query as parsed.
  let query: SearchQuery
  /// The terms' bytes, one after another.
  let bytes: UnsafeMutablePointer<UInt8>
  /// Per byte of `bytes`: 0x20 where a lowercase letter may also match its uppercase twin.
  let folds: UnsafeMutablePointer<UInt8>
  /// The terms, in query order (in memory read without reference counting).
  let terms: UnsafeMutableBufferPointer<Term>
  /// The mask bits of every byte of every term.
  let requiredBits: UInt32
  /// The byte length of the whole query as an exact candidate (terms joined by spaces).
  let exactLength: Int
  /// The query's share of the score bound.
  let boundTerms: BoundTerms
  /// True when a candidate's byte mask alone tells whether it matches: one term of one
  /// ASCII letter, either case.
  let maskIsExact: Bool
  /// Each term's pattern as pointers (kept alive by `query`).
  let patterns: UnsafeMutableBufferPointer<PatternView>
  /// Each term's bytes, as `CandidateScorer` takes them; they point into `bytes`.
  private(set) var needles: [UnsafeBufferPointer<UInt8>] = []
  /// The byte to scan plain ASCII candidates for (the rarest of the query), or nil when the
  /// query holds a byte no ASCII text has.
  private(set) var inOrderKey: ByteScan.Key?
  /// Bytes every plain ASCII candidate that may match with typos holds (one of them), nil
  /// when no such bytes are known; `asciiMayMatchWithTypos` false when none may match.
  private(set) var typoKey: ByteScan.Key?
  private(set) var asciiMayMatchWithTypos = true
  /// Whether text that is not plain ASCII can be passed over in a scan for each key.
  private(set) var inOrderKeySkipsFolded = false
  private(set) var typoKeySkipsFolded = false

  /// What the scanner knows about one term.
  struct Term {
    /// Where the term's bytes start in `bytes`, and how many there are.
    let start: Int
    let count: Int
    /// How many characters the term has.
    let characters: Int
    /// The mask bit of the term's first byte.
    let firstBit: UInt32
    /// The word-pair bit of its first two bytes, or, for a one-byte term, of that byte
    /// ending a word.
    let pairBit: UInt32
    /// Mask bits of the term's ASCII characters that occur more than once, and once.
    let repeatedBits: UInt32
    let singleBits: UInt32

    /// The most the term's first-character bonus and word bonus can add to a candidate
    /// where a word starts with its first byte, without and with its word pair.
    var startGain: Double {
      ScoreWeights.largestBonus + (count == 1 ? ScoreWeights.wordPrefix : 0)
    }
    var pairedGain: Double {
      ScoreWeights.largestBonus + ScoreWeights.wordPrefix + ScoreWeights.wholeWord
    }
  }

  /// Prepares a query for scanning.
  init(_ query: SearchQuery) {
    self.query = query
    let total = max(query.joined.count, 1)
    bytes = .allocate(capacity: total)
    folds = .allocate(capacity: total)
    let tables = ByteTables.shared
    var terms: [Term] = []
    var start = 0
    var required: UInt32 = 0
    for term in query.parsedTerms {
      let pattern = term.pattern
      var seen: UInt32 = 0
      var repeated: UInt32 = 0
      for (offset, byte) in pattern.bytes.enumerated() {
        bytes[start + offset] = byte
        let isLowerLetter = byte &- 97 < 26
        folds[start + offset] = !query.isCaseSensitive && isLowerLetter ? 0x20 : 0
        let bit = tables.bits[Int(byte)]
        required |= bit
        if byte < 0x80 {
          repeated |= seen & bit
          seen |= bit
        }
      }
      terms.append(
        Term(
          start: start, count: pattern.bytes.count, characters: pattern.characterCount,
          firstBit: tables.bits[Int(pattern.bytes[0])],
          pairBit: ByteTables.pairBit(
            pattern.bytes[0], pattern.bytes.count > 1 ? pattern.bytes[1] : 0),
          repeatedBits: repeated,
          singleBits: seen & ~repeated))
      start += pattern.bytes.count
    }
    patterns = .allocate(capacity: query.parsedTerms.count)
    _ = patterns.initialize(from: query.parsedTerms.map(\.pattern.view))
    self.terms = .allocate(capacity: terms.count)
    _ = self.terms.initialize(from: terms)
    self.requiredBits = required
    self.exactLength = query.joined.count
    self.boundTerms = Self.boundTerms(self.terms)
    let onlyByte = query.joined.count == 1 ? query.joined[0] : 0
    self.maskIsExact = !query.isCaseSensitive && onlyByte &- 0x61 < 26
    self.needles = terms.map { UnsafeBufferPointer(start: bytes + $0.start, count: $0.count) }
    inOrderKey = chooseInOrderKey()
    (typoKey, asciiMayMatchWithTypos) = chooseTypoKey()
    inOrderKeySkipsFolded = skipsFolded(inOrderKey)
    typoKeySkipsFolded = skipsFolded(typoKey)
  }

  deinit {
    bytes.deallocate()
    folds.deallocate()
    terms.deallocate()
    patterns.deallocate()
  }
}
