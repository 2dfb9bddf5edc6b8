// MARK: - Score weights

/// The weights of the score, after fzy: small penalties for gaps, bonuses for matches that
/// start words or continue runs, and larger bonuses for whole words and exact candidates.
enum ScoreWeights {
  /// Per byte skipped before the first matched character.
  static let gapLeading = -0.005
  /// Per byte left after the last matched character.
  static let gapTrailing = -0.005
  /// Per byte skipped between two matched characters.
  static let gapInner = -0.01
  /// A character that directly follows the previous matched one.
  static let consecutive = 1.0
  /// A character at the start of the text or after a slash.
  static let afterSlash = 0.9
  /// A character after a space, dash, underscore, bracket or other separator.
  static let afterSeparator = 0.8
  /// An uppercase letter after a lowercase one (a camelCase hump).
  static let capital = 0.7
  /// A character after a dot.
  static let afterDot = 0.6
  /// A term that appears unbroken at the start of a word.
  static let wordPrefix = 1.5
  /// Added to `wordPrefix` when the term also ends where the word ends.
  static let wholeWord = 1.0
  /// Added when the whole candidate equals the query.
  static let exactCandidate = 1_000_000.0
  /// Taken off for each term that matched only with a typo.
  static let typo = 2.0

  // MARK: - Extremes, for score bounds

  /// The largest bonus a character can get from where it starts.
  static let largestBonus = max(afterSlash, afterSeparator, capital, afterDot)
  /// The most a character after the first can add to a placement.
  static let largestStep = max(consecutive, largestBonus)
  /// The gap penalty closest to zero (all are negative).
  static let smallestGap = max(gapLeading, gapTrailing, gapInner)
}

// MARK: - Bonuses

extension ScoreWeights {
  /// The bonus for a match that starts at `offset` of the case-keeping text.
  @inline(__always)
  static func bonus(at offset: Int, in cased: UnsafeBufferPointer<UInt8>) -> Double {
    let current = ByteKind(cased[offset])
    switch current {
    case .lower, .upper, .digit, .multibyteStart: break
    default: return 0
    }
    guard offset > 0 else { return afterSlash }
    switch ByteKind(cased[offset - 1]) {
    case .slash: return afterSlash
    case .separator: return afterSeparator
    case .dot: return afterDot
    case .lower: return current == .upper ? capital : 0
    default: return 0
    }
  }

  /// True when a word ends just before `offset` (at the end, a separator, or a camelCase hump).
  @inline(__always)
  static func isWordEnd(at offset: Int, in cased: UnsafeBufferPointer<UInt8>) -> Bool {
    guard offset < cased.count else { return true }
    let next = ByteKind(cased[offset])
    if next.separatesWords { return true }
    return next == .upper && offset > 0 && ByteKind(cased[offset - 1]) == .lower
  }
}
