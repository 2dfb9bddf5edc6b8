// MARK: - Folded storage

/// The folded text of many candidates, in one or more chunks of contiguous bytes; large
/// indexes are folded and searched one chunk per core.
struct FoldedStorage: Sendable {
  /// The chunks, in candidate order.
  let chunks: [FoldedChunk]
  /// How many candidates are stored in all.
  let count: Int

  /// Folds every candidate once, `chunks` parts at a time.
  init(_ candidates: [String], chunks: Int) {
    self.chunks = ParallelChunks.map(candidates.count, chunks: chunks) { range in
      FoldedChunk(candidates[range], base: range.lowerBound)
    }
    self.count = candidates.count
  }

  /// The chunk that holds candidate `index`.
  func chunk(holding index: Int) -> FoldedChunk {
    var low = 0
    var high = chunks.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if chunks[middle].base <= index {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return chunks[low]
  }
}
