// MARK: - Building chunks

extension FoldedChunk {
  /// Builds a chunk over newline-separated lines in `bytes[range]`; the range ends just after
  /// a newline, or at the end of the bytes (then the last line may have none).
  ///
  /// One pass over the bytes, 64 at a time, turns them into two bitmaps (newlines, bytes that
  /// are not ASCII) and records where lines start; then only lines holding bytes that are not
  /// ASCII are folded into the overlay.
  init(lines bytes: CandidateBytes, range: Range<Int>) {
    let block = bytes.base
    var lines = LineCollector(block: block, start: range.lowerBound, byteCount: range.count)
    // The offset of the last byte seen that is not ASCII (or one before the range).
    var lastHigh = range.lowerBound - 1
    var offset = range.lowerBound
    while offset + 64 <= range.upperBound {
      let (newlines, highs) = ByteScan.bitmaps(block + offset)
      var remaining = newlines
      while remaining != 0 {
        let bit = remaining.trailingZeroBitCount
        let below = highs & ((1 << UInt64(bit)) &- 1)
        lines.end(
          at: offset + bit,
          lastHigh: below != 0 ? offset + 63 - below.leadingZeroBitCount : lastHigh)
        remaining &= remaining &- 1
      }
      if highs != 0 {
        lastHigh = offset + 63 - highs.leadingZeroBitCount
      }
      offset += 64
    }
    while offset < range.upperBound {
      let byte = block[offset]
      if byte >= 0x80 {
        lastHigh = offset
      } else if byte == 0x0A {
        lines.end(at: offset, lastHigh: lastHigh)
      }
      offset += 1
    }
    if lines.lineStart < range.upperBound {
      lines.end(at: range.upperBound, lastHigh: lastHigh)
    }
    self = lines.finish(bytes: bytes)
  }

  /// Builds a chunk over strings whose bytes it writes to `destination`, which is `offset`
  /// bytes into `bytes`; each string is followed by one separator byte.
  init(
    _ candidates: ArraySlice<String>, bytes: CandidateBytes,
    destination: UnsafeMutablePointer<UInt8>, offset: Int
  ) {
    var builder = Builder(expected: candidates.count, bytes: bytes)
    var written = 0
    for candidate in candidates {
      var string = candidate
      let (count, isASCII) = string.withUTF8 { utf8 -> (Int, Bool) in
        guard let base = utf8.baseAddress else { return (0, true) }
        (destination + written).update(from: base, count: utf8.count)
        var bits: UInt8 = 0
        for byte in utf8 {
          bits |= byte
        }
        return (utf8.count, bits < 0x80)
      }
      destination[written + count] = 0x0A
      builder.add(start: offset + written, count: count, isASCII: isASCII)
      written += count + 1
    }
    self = builder.finish(firstStart: offset)
  }

  // MARK: - Builder

  /// Fills a chunk's buffers one candidate at a time.
  private struct Builder: ~Copyable {
    let bytes: CandidateBytes
    var starts: GrowingBuffer<UInt32>
    var overlay: FoldedOverlay.Builder
    var count = 0
    var end = -1

    init(expected: Int, bytes: CandidateBytes) {
      precondition(bytes.count < Int(UInt32.max), "candidate bytes must stay below 4 GiB")
      self.bytes = bytes
      starts = GrowingBuffer(capacity: expected + 1)
      overlay = FoldedOverlay.Builder(expected: expected)
    }

    /// Adds the next candidate: `count` bytes from `start`, followed by a separator.
    @inline(__always)
    mutating func add(start: Int, count: Int, isASCII: Bool) {
      if !isASCII {
        overlay.fold(self.count, utf8: UnsafeBufferPointer(start: bytes.base + start, count: count))
      }
      starts.append(UInt32(truncatingIfNeeded: start))
      self.count += 1
      end = start + count + 1
    }

    consuming func finish(firstStart: Int) -> FoldedChunk {
      starts.append(UInt32(truncatingIfNeeded: end < 0 ? firstStart : end))
      let count = self.count
      return FoldedChunk(
        base: 0, count: count, bytes: bytes, starts: starts.finish(),
        overlay: overlay.finish(count: count))
    }
  }

  // MARK: - Line collector

  /// Records where lines start as the scan finds their ends, folding those that are not
  /// plain ASCII right away, while their bytes are still in the cache.
  private struct LineCollector: ~Copyable {
    let block: UnsafePointer<UInt8>
    var starts: GrowingBuffer<UInt32>
    var overlay: FoldedOverlay.Builder
    /// Where the current line starts.
    private(set) var lineStart: Int

    init(block: UnsafePointer<UInt8>, start: Int, byteCount: Int) {
      self.block = block
      starts = GrowingBuffer(capacity: byteCount / 16 + 16)
      overlay = FoldedOverlay.Builder(expected: byteCount / 16 + 16)
      lineStart = start
    }

    /// Ends the current line at `end` (its newline, or the end of the bytes); `lastHigh` is
    /// the last byte before `end` that is not ASCII.
    @inline(__always)
    mutating func end(at end: Int, lastHigh: Int) {
      if lastHigh >= lineStart {
        overlay.fold(
          starts.count, utf8: UnsafeBufferPointer(start: block + lineStart, count: end - lineStart))
      }
      starts.append(UInt32(truncatingIfNeeded: lineStart))
      lineStart = end + 1
    }

    consuming func finish(bytes: CandidateBytes) -> FoldedChunk {
      let count = starts.count
      starts.append(UInt32(truncatingIfNeeded: lineStart))
      return FoldedChunk(
        base: 0, count: count, bytes: bytes, starts: starts.finish(),
        overlay: overlay.finish(count: count))
    }
  }
}
