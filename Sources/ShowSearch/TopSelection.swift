// MARK: - Top selection

/// Keeps the best `limit` candidates seen so far (all of them when there is no limit), using a
/// heap whose root is the worst candidate kept.
struct TopSelection {
  /// How many candidates to keep; nil keeps all.
  let limit: Int?
  /// The candidates kept, in heap order (not ranked).
  private(set) var items: [RankedCandidate] = []

  /// Creates an empty selection.
  init(limit: Int?) {
    self.limit = limit
  }

  /// Offers one candidate.
  @inline(__always)
  mutating func insert(_ candidate: RankedCandidate) {
    guard let limit else {
      items.append(candidate)
      return
    }
    if items.count < limit {
      items.append(candidate)
      siftUp(items.count - 1)
    } else if limit > 0 && RankedCandidate.ranksBefore(candidate, items[0]) {
      items[0] = candidate
      siftDown(0)
    }
  }

  /// The worst candidate kept once the selection is full: only better ones can enter.
  @inline(__always)
  var threshold: RankedCandidate? {
    guard let limit, items.count >= limit, limit > 0 else { return nil }
    return items[0]
  }

  /// The kept candidates, best first.
  func ranked() -> [RankedCandidate] {
    items.sorted()
  }

  // MARK: - Heap

  /// True when `first` should sit above `second` in the heap: it ranks after it.
  @inline(__always)
  private func isWorse(_ first: Int, than second: Int) -> Bool {
    RankedCandidate.ranksBefore(items[second], items[first])
  }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard isWorse(child, than: parent) else { return }
      items.swapAt(child, parent)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      guard left < items.count else { return }
      let right = left + 1
      let worst = right < items.count && isWorse(right, than: left) ? right : left
      guard isWorse(worst, than: parent) else { return }
      items.swapAt(worst, parent)
      parent = worst
    }
  }
}
