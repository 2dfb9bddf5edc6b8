// MARK: - Folded overlay

/// The folded text of the candidates of a chunk that are not plain ASCII (plain ASCII is its
/// own folded form, so those candidates are read straight from the candidate bytes).
///
/// A bit per candidate says whether it has folded text here; a running count per 64
/// candidates turns a candidate into its place among the folded ones in constant time.
struct FoldedOverlay: Sendable {
  /// One bit per local candidate: set when its folded text lives here.
  let flags: FixedBuffer<UInt64>
  /// For each word of `flags`, how many folded candidates come before it.
  let ranks: FixedBuffer<UInt32>
  /// Where each folded candidate's text starts in `cased` and `lower`; one more than count.
  let starts: FixedBuffer<UInt32>
  /// Folded bytes with letter case kept.
  let cased: FixedBuffer<UInt8>
  /// Folded bytes, lowercased; as long as `cased`.
  let lower: FixedBuffer<UInt8>

  /// Pointers into the overlay, valid while the overlay lives.
  var view: View {
    View(
      flags: flags.base, ranks: ranks.base, starts: starts.base, cased: cased.base,
      lower: lower.base)
  }

  // MARK: - View

  /// Borrowed pointers into the overlay, which never changes after it is built.
  struct View: @unchecked Sendable {
    let flags: UnsafePointer<UInt64>
    let ranks: UnsafePointer<UInt32>
    let starts: UnsafePointer<UInt32>
    let cased: UnsafePointer<UInt8>
    let lower: UnsafePointer<UInt8>

    /// True when local candidate `index` has folded text here.
    @inline(__always)
    func holds(_ index: Int) -> Bool {
      flags[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// The place of local candidate `index` among the folded candidates (it must be one).
    @inline(__always)
    func rank(_ index: Int) -> Int {
      let word = flags[index >> 6]
      let below = word & ((1 << UInt64(index & 63)) &- 1)
      return Int(ranks[index >> 6]) + below.nonzeroBitCount
    }

    /// Where the folded text of folded candidate `rank` starts, and its length.
    @inline(__always)
    func extent(rank: Int) -> (start: Int, count: Int) {
      let start = Int(starts[rank])
      return (start, Int(starts[rank + 1]) - start)
    }
  }
}

// MARK: - Building

extension FoldedOverlay {
  /// Collects the folded text of a chunk's non-ASCII candidates, in candidate order.
  struct Builder: ~Copyable {
    private var flags: GrowingBuffer<UInt64>
    private var starts = GrowingBuffer<UInt32>(capacity: 64)
    private var cased = GrowingBuffer<UInt8>(capacity: 1024)
    private var lower = GrowingBuffer<UInt8>(capacity: 1024)

    /// A builder for a chunk of up to about `expected` candidates.
    init(expected: Int) {
      flags = GrowingBuffer(capacity: expected / 64 + 1)
      starts.append(0)
    }

    /// Folds the UTF-8 bytes of local candidate `index` (candidates come in order).
    mutating func fold(_ index: Int, utf8 bytes: UnsafeBufferPointer<UInt8>) {
      let word = index >> 6
      while flags.count <= word {
        flags.append(0)
      }
      flags.base[word] |= 1 << UInt64(index & 63)
      let room = TextFolding.maximumByteGrowth * bytes.count + 4
      cased.reserve(room)
      lower.reserve(room)
      let casedOut = cased.base + cased.count
      let lowerOut = lower.base + lower.count
      let count = TextFolding.write(utf8: bytes, cased: casedOut, lower: lowerOut)
      cased.commit(count)
      lower.commit(count)
      starts.append(UInt32(cased.count))
    }

    /// The finished overlay for a chunk of `count` candidates.
    consuming func finish(count: Int) -> FoldedOverlay {
      while flags.count <= count >> 6 {
        flags.append(0)
      }
      var ranks = GrowingBuffer<UInt32>(capacity: flags.count)
      var total: UInt32 = 0
      for word in 0..<flags.count {
        ranks.append(total)
        total += UInt32(flags.base[word].nonzeroBitCount)
      }
      return FoldedOverlay(
        flags: flags.finish(), ranks: ranks.finish(), starts: starts.finish(),
        cased: cased.finish(), lower: lower.finish())
    }
  }
}
