// MARK: - Match

/// One candidate's match: a score (higher is better) and the graphemes to highlight.
///
/// Positions are grapheme (Character) indices into the candidate string, sorted ascending.
public struct Match: Sendable, Equatable {
  /// How well the candidate matches; higher is better.
  public var score: Double
  /// The matched graphemes, as Character offsets into the candidate, ascending, each once.
  public var positions: [Int]
  /// How many terms matched only with a typo (at most one typo per term).
  public var typos: Int

  /// Creates a match.
  public init(score: Double, positions: [Int], typos: Int) {
    self.score = score
    self.positions = positions
    self.typos = typos
  }
}
