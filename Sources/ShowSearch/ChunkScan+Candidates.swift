// MARK: - Which candidates a scan visits

extension ChunkScan {
  /// Calls `visit` with every local candidate a scan must look at, in ascending order:
  /// those of `subset` when given; otherwise, with a key, the plain ASCII candidates whose
  /// bytes hold it (found eight bytes at a time) and every folded candidate; otherwise all.
  @inline(__always)
  func forEachCandidate(
    _ subset: UnsafeBufferPointer<UInt32>?, key: ByteScan.Key?, asciiMayMatch: Bool,
    _ visit: (Int) -> Void
  ) {
    if let subset {
      for local in subset { visit(Int(local)) }
    } else if !asciiMayMatch {
      forEachFolded(from: 0, below: chunk.count, visit)
    } else if let key, chunk.count > 0 {
      forEachHolding(key, visit)
    } else {
      for local in 0..<chunk.count { visit(local) }
    }
  }

  /// Visits the plain ASCII candidates whose text holds a byte `key` matches, and all folded
  /// candidates, in order.
  @inline(__always)
  private func forEachHolding(_ key: ByteScan.Key, _ visit: (Int) -> Void) {
    let starts = view.starts
    let end = Int(starts[chunk.count]) - 1
    var position = Int(starts[0])
    var candidate = 0
    var nextFolded = 0
    while true {
      let hit = ByteScan.next(key, in: view.raw, from: position, end: end)
      guard hit < end else { break }
      candidate = self.candidate(holding: hit, from: candidate)
      forEachFolded(from: nextFolded, below: candidate, visit)
      nextFolded = candidate
      if !view.overlay.holds(candidate) {
        visit(candidate)
      }
      candidate += 1
      position = Int(starts[candidate])
    }
    forEachFolded(from: nextFolded, below: chunk.count, visit)
  }

  /// The candidate whose bytes hold offset `offset`, searching forward from `first`.
  @inline(__always)
  private func candidate(holding offset: Int, from first: Int) -> Int {
    let starts = view.starts
    var low = first
    var step = 1
    while low + step < chunk.count && Int(starts[low + step]) <= offset {
      low += step
      step <<= 1
    }
    var high = min(low + step, chunk.count)
    while high - low > 1 {
      let middle = (low + high) / 2
      if Int(starts[middle]) <= offset {
        low = middle
      } else {
        high = middle
      }
    }
    return low
  }

  /// Visits the folded candidates in `first..<limit`, in order.
  @inline(__always)
  private func forEachFolded(from first: Int, below limit: Int, _ visit: (Int) -> Void) {
    guard first < limit else { return }
    let flags = view.overlay.flags
    var word = first >> 6
    var bits = flags[word] & ~((1 << UInt64(first & 63)) &- 1)
    while true {
      while bits != 0 {
        let local = word << 6 | bits.trailingZeroBitCount
        guard local < limit else { return }
        visit(local)
        bits &= bits &- 1
      }
      word += 1
      guard word << 6 < limit else { return }
      bits = flags[word]
    }
  }
}
