#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - Folded storage

/// The candidates of an index: their bytes in one block, summarized and folded in one or more
/// chunks; large indexes are built and searched one chunk per core.
struct FoldedStorage: Sendable {
  /// The chunks, in candidate order.
  let chunks: [FoldedChunk]
  /// How many candidates are stored in all.
  let count: Int
  /// Each chunk's first index and pointers, for reading any candidate without reference
  /// counting; valid while the chunks live.
  private let bases: [Int]
  private let views: [FoldedChunk.View]

  /// Copies and folds the candidates, `chunks` parts at a time.
  init(_ candidates: [String], chunks: Int) {
    let chunkCount = max(1, min(chunks, candidates.count))
    let ranges = (0..<chunkCount).map {
      (candidates.count * $0 / chunkCount)..<(candidates.count * ($0 + 1) / chunkCount)
    }
    var offsets = [0]
    for range in ranges {
      var total = offsets.last!
      for index in range {
        total += candidates[index].utf8.count + 1
      }
      offsets.append(total)
    }
    let starts = offsets
    let (bytes, destination) = CandidateBytes.allocate(count: offsets.last!)
    let address = UInt(bitPattern: destination)
    let built = ParallelChunks.map(tasks: chunkCount) { chunk in
      let destination = UnsafeMutablePointer<UInt8>(bitPattern: address)! + starts[chunk]
      return FoldedChunk(
        candidates[ranges[chunk]], bytes: bytes, destination: destination, offset: starts[chunk]
      ).placed(at: ranges[chunk].lowerBound)
    }
    self.init(chunks: built)
  }

  /// Splits newline-separated lines into about `chunks` parts and folds them.
  init(lines bytes: CandidateBytes, chunks: Int) {
    let chunkCount = max(1, chunks)
    var bounds = [0]
    for chunk in 1..<chunkCount {
      let guess = max(bytes.count * chunk / chunkCount, bounds.last!)
      guard guess < bytes.count,
        let found = memchr(bytes.base + guess, 0x0A, bytes.count - guess)
      else { break }
      let end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - bytes.base + 1
      if end > bounds.last! && end < bytes.count {
        bounds.append(end)
      }
    }
    bounds.append(bytes.count)
    let ends = bounds
    let parts = ParallelChunks.map(tasks: bounds.count - 1) { part in
      FoldedChunk(lines: bytes, range: ends[part]..<ends[part + 1])
    }
    var placed: [FoldedChunk] = []
    var base = 0
    for part in parts {
      placed.append(part.placed(at: base))
      base += part.count
    }
    self.init(chunks: placed)
  }

  private init(chunks: [FoldedChunk]) {
    self.chunks = chunks
    self.count = chunks.reduce(0) { $0 + $1.count }
    self.bases = chunks.map(\.base)
    self.views = chunks.map(\.view)
  }

  /// The chunk that holds candidate `index`.
  func chunk(holding index: Int) -> FoldedChunk {
    chunks[chunkNumber(holding: index)]
  }

  /// The position in `chunks` of the chunk that holds candidate `index`.
  @inline(__always)
  func chunkNumber(holding index: Int) -> Int {
    var low = 0
    var high = bases.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if bases[middle] <= index {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return low
  }

  /// Calls `body` with the UTF-8 bytes of each candidate in `indices`, in that order; the
  /// bytes are valid while the storage lives.
  func forEachUTF8(
    of indices: ArraySlice<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    try bases.withUnsafeBufferPointer { bases in
      try views.withUnsafeBufferPointer { views in
        for index in indices {
          precondition(index >= 0 && index < count, "candidate index out of range")
          var number = bases.count - 1
          while bases[number] > index {
            number -= 1
          }
          try body(views[number].utf8(index - bases[number]))
        }
      }
    }
  }

  /// The UTF-8 bytes of candidate `index`; valid while the storage lives.
  @inline(__always)
  func utf8(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    let number = chunkNumber(holding: index)
    return views[number].utf8(index - bases[number])
  }
}
