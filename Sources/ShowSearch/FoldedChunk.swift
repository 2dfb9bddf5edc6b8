// MARK: - Folded chunk

/// The folded text of a run of candidates, stored contiguously: two byte buffers of equal
/// length (case-keeping and lowercased) and the offset where each candidate starts.
struct FoldedChunk: Sendable {
  /// The index of the chunk's first candidate among all candidates.
  let base: Int
  /// Folded bytes with letter case kept.
  let cased: [UInt8]
  /// Folded bytes, lowercased.
  let lower: [UInt8]
  /// Where local candidate `i` starts; it ends where `i + 1` starts. One more than count.
  let offsets: [Int]

  /// Folds a run of candidates; `base` is the index of the first.
  init(_ candidates: ArraySlice<String>, base: Int) {
    var total = 0
    for candidate in candidates {
      total += candidate.utf8.count
    }
    // Folding never more than doubles a scalar's bytes; untouched capacity is never paged in.
    let capacity = TextFolding.maximumGrowth * total + 1
    var offsets = [Int](repeating: 0, count: candidates.count + 1)
    var lower: [UInt8] = []
    let cased = [UInt8](unsafeUninitializedCapacity: capacity) { casedBuffer, casedCount in
      lower = [UInt8](unsafeUninitializedCapacity: capacity) { lowerBuffer, lowerCount in
        var written = 0
        for (offset, candidate) in candidates.enumerated() {
          written += TextFolding.write(
            candidate, cased: casedBuffer.baseAddress! + written,
            lower: lowerBuffer.baseAddress! + written)
          offsets[offset + 1] = written
        }
        lowerCount = written
      }
      casedCount = lower.count
    }
    self.base = base
    self.cased = cased
    self.lower = lower
    self.offsets = offsets
  }

  /// How many candidates the chunk holds.
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

  /// Borrowed pointers into the chunk, valid only inside `withView`; indexes are local.
  struct View {
    let match: UnsafeBufferPointer<UInt8>
    let cased: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<Int>

    /// The folded text of local candidate `index`.
    @inline(__always)
    func slice(_ index: Int) -> FoldedSlice {
      let range = offsets[index]..<offsets[index + 1]
      return FoldedSlice(
        match: UnsafeBufferPointer(rebasing: match[range]),
        cased: UnsafeBufferPointer(rebasing: cased[range]))
    }

    /// The folded length of local candidate `index`, in bytes.
    @inline(__always)
    func length(_ index: Int) -> Int {
      offsets[index + 1] - offsets[index]
    }
  }
}
