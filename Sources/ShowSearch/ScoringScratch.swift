// MARK: - Scratch memory

/// Reusable memory for scoring many candidates on one thread without allocating per candidate.
final class ScoringScratch {
  private(set) var rowCapacity = 0
  private(set) var characterCapacity = 0
  /// Score rows: best score ending in a match at a byte, and best score up to a byte.
  private(set) var matchRows: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>)
  private(set) var bestRows: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>)
  /// Per character: the earliest and the latest byte where its match may end.
  private(set) var earliestEnds: UnsafeMutablePointer<Int>
  private(set) var latestEnds: UnsafeMutablePointer<Int>
  /// Per needle byte, for the typo prefilter: greedy prefix ends and greedy suffix starts.
  private(set) var prefixEnds: UnsafeMutablePointer<Int>
  private(set) var suffixStarts: UnsafeMutablePointer<Int>
  private(set) var typoBoundsCapacity = 1

  init() {
    matchRows = (.allocate(capacity: 1), .allocate(capacity: 1))
    bestRows = (.allocate(capacity: 1), .allocate(capacity: 1))
    earliestEnds = .allocate(capacity: 1)
    latestEnds = .allocate(capacity: 1)
    prefixEnds = .allocate(capacity: 1)
    suffixStarts = .allocate(capacity: 1)
    rowCapacity = 1
    characterCapacity = 1
  }

  deinit {
    matchRows.0.deallocate()
    matchRows.1.deallocate()
    bestRows.0.deallocate()
    bestRows.1.deallocate()
    earliestEnds.deallocate()
    latestEnds.deallocate()
    prefixEnds.deallocate()
    suffixStarts.deallocate()
  }

  /// Makes room for the typo prefilter's bounds of a needle of `count - 1` bytes.
  @inline(__always)
  func reserveTypoBounds(_ count: Int) {
    guard count > typoBoundsCapacity else { return }
    prefixEnds.deallocate()
    suffixStarts.deallocate()
    prefixEnds = .allocate(capacity: count)
    suffixStarts = .allocate(capacity: count)
    typoBoundsCapacity = count
  }

  /// Makes room for a text of `bytes` bytes and a pattern of `characters` characters.
  @inline(__always)
  func reserve(bytes: Int, characters: Int) {
    if bytes > rowCapacity {
      let capacity = max(bytes, rowCapacity * 2)
      for pointer in [matchRows.0, matchRows.1, bestRows.0, bestRows.1] {
        pointer.deallocate()
      }
      matchRows = (.allocate(capacity: capacity), .allocate(capacity: capacity))
      bestRows = (.allocate(capacity: capacity), .allocate(capacity: capacity))
      rowCapacity = capacity
    }
    if characters > characterCapacity {
      let capacity = max(characters, characterCapacity * 2)
      earliestEnds.deallocate()
      latestEnds.deallocate()
      earliestEnds = .allocate(capacity: capacity)
      latestEnds = .allocate(capacity: capacity)
      characterCapacity = capacity
    }
  }
}
