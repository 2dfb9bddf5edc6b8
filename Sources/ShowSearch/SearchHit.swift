// MARK: - Search hit

/// One result of a search: which candidate matched, and how.
public struct SearchHit: Sendable, Equatable {
  /// The candidate's position in the array the index was built from.
  public var index: Int
  /// The candidate's match.
  public var match: Match

  /// Creates a hit.
  public init(index: Int, match: Match) {
    self.index = index
    self.match = match
  }
}
