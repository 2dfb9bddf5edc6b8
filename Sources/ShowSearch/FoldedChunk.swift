// MARK: - Folded chunk

/// A run of candidates, stored compactly: where each starts in the shared candidate bytes,
/// the folded text of the few that are not plain ASCII, and (once a search needs them) two
/// 32-bit summaries per candidate.
struct FoldedChunk: Sendable {
  /// The index of the chunk's first candidate among all candidates.
  let base: Int
  /// How many candidates the chunk holds.
  let count: Int
  /// The bytes of all candidates, shared by the chunks.
  let bytes: CandidateBytes
  /// Where local candidate `i` starts in `bytes`; it ends one byte before `i + 1` starts.
  let starts: FixedBuffer<UInt32>
  /// The folded text of the candidates that are not plain ASCII.
  let overlay: FoldedOverlay
  /// The candidates' summaries, once built.
  let summaryCache: SummaryCache

  /// A chunk of `count` candidates whose first has index `base`; summaries come later.
  init(
    base: Int, count: Int, bytes: CandidateBytes, starts: FixedBuffer<UInt32>,
    overlay: FoldedOverlay
  ) {
    self.base = base
    self.count = count
    self.bytes = bytes
    self.starts = starts
    self.overlay = overlay
    self.summaryCache = SummaryCache()
  }

  /// The same chunk placed at another first index.
  func placed(at base: Int) -> FoldedChunk {
    FoldedChunk(base: base, count: count, bytes: bytes, starts: starts, overlay: overlay)
  }

  /// The chunk's summaries, built by the first search that asks.
  func summaries() -> ChunkSummaries {
    summaryCache.summaries(of: self)
  }

  /// Calls `body` with a view that hands out each candidate's text and summaries.
  func withView<Result>(_ body: (View) -> Result) -> Result {
    withExtendedLifetime(self) { body(view) }
  }

  /// Pointers into the chunk; valid while the chunk lives (see `withView`).
  var view: View {
    View(raw: bytes.base, starts: starts.base, overlay: overlay.view)
  }

  // MARK: - View

  /// Borrowed pointers into the chunk, which never changes after it is built; indexes are
  /// local.
  struct View: @unchecked Sendable {
    let raw: UnsafePointer<UInt8>
    let starts: UnsafePointer<UInt32>
    let overlay: FoldedOverlay.View

    /// The folded text of local candidate `index`: the case-keeping bytes, the lowercased
    /// bytes (nil for plain ASCII, whose lowercase the caller derives), and the length.
    @inline(__always)
    func text(_ index: Int) -> CandidateText {
      if overlay.holds(index) {
        let (start, count) = overlay.extent(rank: overlay.rank(index))
        return CandidateText(
          cased: overlay.cased + start, lower: overlay.lower + start, count: count)
      }
      let start = Int(starts[index])
      return CandidateText(
        cased: raw + start, lower: nil, count: Int(starts[index + 1]) - 1 - start)
    }

    /// The UTF-8 bytes of local candidate `index`, as given.
    @inline(__always)
    func utf8(_ index: Int) -> UnsafeBufferPointer<UInt8> {
      let start = Int(starts[index])
      return UnsafeBufferPointer(start: raw + start, count: Int(starts[index + 1]) - 1 - start)
    }

    /// The folded length of local candidate `index`, in bytes.
    @inline(__always)
    func length(_ index: Int) -> Int {
      text(index).count
    }
  }
}

// MARK: - Candidate text

/// One candidate's folded text as the scanner reads it.
struct CandidateText {
  /// The folded bytes, letter case kept.
  let cased: UnsafePointer<UInt8>
  /// The folded bytes lowercased, or nil when the text is plain ASCII (then matching folds
  /// case on the fly, and scoring lowercases a copy).
  let lower: UnsafePointer<UInt8>?
  /// The length of both, in bytes.
  let count: Int

  /// The bytes a query in the given case mode compares with, when they exist as such.
  @inline(__always)
  func match(caseSensitive: Bool) -> UnsafePointer<UInt8> {
    caseSensitive ? cased : (lower ?? cased)
  }

  /// The text as the scorer reads it; plain ASCII is lowercased into `scratch` first when
  /// the query ignores case.
  @inline(__always)
  func slice(caseSensitive: Bool, scratch: ScoringScratch) -> FoldedSlice {
    let casedBuffer = UnsafeBufferPointer(start: cased, count: count)
    if caseSensitive {
      return FoldedSlice(match: casedBuffer, cased: casedBuffer)
    }
    if let lower {
      return FoldedSlice(match: UnsafeBufferPointer(start: lower, count: count), cased: casedBuffer)
    }
    return FoldedSlice(match: scratch.lowercased(casedBuffer), cased: casedBuffer)
  }
}
