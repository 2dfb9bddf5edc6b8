import Synchronization

// MARK: - Chunk summaries

/// Three 32-bit summaries per candidate of a chunk (see `ByteTables`): the bytes its folded
/// text holds, the bytes that start its words, and the pairs of bytes that start its words.
/// Searches that keep only the best few (a catalog asking a tier's index for a page of
/// hits) test them before reading a candidate's text, and bound scores with them; a one-off
/// search of every candidate does without, so they are built on first use.
struct ChunkSummaries: Sendable {
  /// The byte mask of each candidate.
  let masks: FixedBuffer<UInt32>
  /// The word-start mask of each candidate.
  let wordStarts: FixedBuffer<UInt32>
  /// The word-pair mask of each candidate.
  let wordPairs: FixedBuffer<UInt32>

  /// Summarizes every candidate of a chunk.
  init(_ chunk: FoldedChunk) {
    let masks = UnsafeMutablePointer<UInt32>.allocate(capacity: max(chunk.count, 1))
    let wordStarts = UnsafeMutablePointer<UInt32>.allocate(capacity: max(chunk.count, 1))
    let wordPairs = UnsafeMutablePointer<UInt32>.allocate(capacity: max(chunk.count, 1))
    let tables = ByteTables.shared
    chunk.withView { view in
      for index in 0..<chunk.count {
        let text = view.text(index)
        let summary =
          text.lower.map { tables.summarize(cased: text.cased, match: $0, count: text.count) }
          ?? tables.summarize(cased: text.cased, match: text.cased, count: text.count)
        masks[index] = summary.bytes
        wordStarts[index] = summary.wordStarts
        wordPairs[index] = summary.wordPairs
      }
    }
    self.masks = FixedBuffer(adopting: masks, count: chunk.count)
    self.wordStarts = FixedBuffer(adopting: wordStarts, count: chunk.count)
    self.wordPairs = FixedBuffer(adopting: wordPairs, count: chunk.count)
  }

  /// Pointers to the summaries, valid while they live.
  var view: View {
    View(masks: masks.base, wordStarts: wordStarts.base, wordPairs: wordPairs.base)
  }

  /// Borrowed pointers to the summaries, which never change after they are built.
  struct View: @unchecked Sendable {
    let masks: UnsafePointer<UInt32>
    let wordStarts: UnsafePointer<UInt32>
    let wordPairs: UnsafePointer<UInt32>
  }
}

// MARK: - Cache

/// Holds a chunk's summaries once some search has built them.
final class SummaryCache: Sendable {
  private let summaries = Mutex<ChunkSummaries?>(nil)

  /// The summaries, if built.
  var built: ChunkSummaries? {
    summaries.withLock { $0 }
  }

  /// The summaries, built now by the first caller.
  func summaries(of chunk: FoldedChunk) -> ChunkSummaries {
    summaries.withLock { cached in
      if let cached { return cached }
      let built = ChunkSummaries(chunk)
      cached = built
      return built
    }
  }
}
