import Synchronization

// MARK: - In-order tally

/// Counts the lines that matched in order across the parts of one filter run, on all
/// threads, so that each part stops looking for matches with typos as soon as in-order
/// matches are no longer scarce (the typo matches of a run are shown only when fewer than
/// `threshold` lines match in order).
final class InOrderTally: Sendable {
  /// In-order matches at or above this count make typo matches unwanted.
  let threshold: Int
  private let count = Atomic<Int>(0)

  /// A tally at zero.
  init(threshold: Int) {
    self.threshold = threshold
  }

  /// Whether typo matches may still be wanted: fewer in-order matches than `threshold` so far.
  var isScarce: Bool {
    count.load(ordering: .relaxed) < threshold
  }

  /// Adds `matches` in-order matches; returns whether typo matches may still be wanted.
  @inline(__always)
  func add(_ matches: Int) -> Bool {
    count.add(matches, ordering: .relaxed).newValue < threshold
  }
}
