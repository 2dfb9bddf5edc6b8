// MARK: - Folded storage

/// The folded text of many candidates, stored contiguously: two byte buffers of equal length
/// (case-keeping and lowercased) and the offset where each candidate starts.
struct FoldedStorage: Sendable {
  /// Folded bytes with letter case kept.
  let cased: [UInt8]
  /// Folded bytes, lowercased.
  let lower: [UInt8]
  /// Where candidate `i` starts; candidate `i` ends where `i + 1` starts. One more than count.
  let offsets: [Int]

  /// Folds every candidate once.
  init(_ candidates: [String]) {
    var total = 0
    for candidate in candidates {
      total += candidate.utf8.count
    }
    var cased: [UInt8] = []
    var lower: [UInt8] = []
    var offsets: [Int] = []
    cased.reserveCapacity(total)
    lower.reserveCapacity(total)
    offsets.reserveCapacity(candidates.count + 1)
    offsets.append(0)
    for candidate in candidates {
      TextFolding.append(candidate, cased: &cased, lower: &lower)
      offsets.append(cased.count)
    }
    self.cased = cased
    self.lower = lower
    self.offsets = offsets
  }

  /// How many candidates are stored.
  var count: Int { offsets.count - 1 }

  /// Calls `body` with a view of the buffers that hands out each candidate's folded slice.
  func withView<Result>(caseSensitive: Bool, _ body: (View) -> Result) -> Result {
    cased.withUnsafeBufferPointer { cased in
      lower.withUnsafeBufferPointer { lower in
        offsets.withUnsafeBufferPointer { offsets in
          body(View(match: caseSensitive ? cased : lower, cased: cased, offsets: offsets))
        }
      }
    }
  }

  // MARK: - View

  /// Borrowed pointers into the storage, valid only inside `withView`.
  struct View {
    let match: UnsafeBufferPointer<UInt8>
    let cased: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<Int>

    /// The folded text of candidate `index`.
    @inline(__always)
    func slice(_ index: Int) -> FoldedSlice {
      let range = offsets[index]..<offsets[index + 1]
      return FoldedSlice(
        match: UnsafeBufferPointer(rebasing: match[range]),
        cased: UnsafeBufferPointer(rebasing: cased[range]))
    }

    /// The folded length of candidate `index`, in bytes.
    @inline(__always)
    func length(_ index: Int) -> Int {
      offsets[index + 1] - offsets[index]
    }
  }
}
