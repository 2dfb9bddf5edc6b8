// MARK: - Line scan

/// Scans one part of the text for `LineFilter`, on one thread. Candidates are named by the
/// byte offset where their line starts, which orders them as their line numbers would.
struct LineScan: ~Copyable {
  let text: UnsafePointer<UInt8>
  let range: Range<Int>
  let query: ScanQuery
  let scorer = CandidateScorer()
  /// The folded text of the current line, when it is not plain ASCII.
  private var cased: GrowingBuffer<UInt8>
  private var lower: GrowingBuffer<UInt8>
  /// How many lines the scan has read (a noted line read again to score its typos is not
  /// counted).
  private(set) var linesRead = 0

  init(text: UnsafePointer<UInt8>, range: Range<Int>, query: ScanQuery) {
    self.text = text
    self.range = range
    self.query = query
    cased = GrowingBuffer(capacity: 256)
    lower = GrowingBuffer(capacity: 256)
  }

  // MARK: - Passes

  /// The lines from `first` on whose terms all appear in order, scored.
  mutating func scanInOrder(from first: Int? = nil) -> ChunkResult {
    var candidates: [RankedCandidate] = []
    var matched = 0
    let (query, scorer) = (self.query, self.scorer)
    let checks = [ScanQuery.TermCheck](repeating: .full, count: query.terms.count)
    let caseSensitive = query.query.isCaseSensitive
    checks.withUnsafeBufferPointer { checks in
      _ = forEachLine(
        from: first ?? range.lowerBound, key: query.inOrderKey,
        asciiMayMatch: query.inOrderKey != nil, skipsFolded: query.inOrderKeySkipsFolded
      ) { start, text in
        guard
          query.matchAll(
            checks, in: text.match(caseSensitive: caseSensitive), count: text.count,
            resumed: -1) != nil
        else { return true }
        matched += 1
        let slice = text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
        if let score = scorer.scoreInOrder(query, in: slice) {
          candidates.append(
            RankedCandidate(index: start, score: score, length: text.count, typos: 0))
        }
        return true
      }
    }
    return ChunkResult(
      candidates: candidates, matched: matched, survivors: nil, linesRead: linesRead)
  }

  // MARK: - Lines

  /// Calls `body` with the start and folded text of each line from `first` on that holds a
  /// byte `key` matches or a byte that is not ASCII (only the latter unless `asciiMayMatch`;
  /// only the former with `skipsFolded`), or of every line with `everyLine`; lines come in
  /// order, each once. Stops after a line for which `body` returns false; returns where the
  /// next line starts (the end of the range when all were seen).
  mutating func forEachLine(
    from first: Int, key: ByteScan.Key?, asciiMayMatch: Bool, skipsFolded: Bool,
    everyLine: Bool = false, _ body: (Int, CandidateText) -> Bool
  ) -> Int {
    var position = first
    while position < range.upperBound {
      let hit: Int
      if everyLine {
        hit = position
      } else if skipsFolded && asciiMayMatch, let key {
        hit = ByteScan.next(key, in: text, from: position, end: range.upperBound)
      } else {
        hit = ByteScan.nextOrHigh(
          asciiMayMatch ? key : nil, in: text, from: position, end: range.upperBound)
      }
      guard hit < range.upperBound else { return range.upperBound }
      linesRead += 1
      let start = ByteScan.last(0x0A, fold: 0, in: text, from: position, end: hit) + 1
      var (end, isASCII) = ByteScan.lineEnd(in: text, from: hit, end: range.upperBound)
      if skipsFolded && isASCII {
        // This scan passes over bytes that are not ASCII: look before the hit too.
        isASCII = ByteScan.lineEnd(in: text, from: start, end: hit).isASCII
      }
      let line =
        isASCII
        ? CandidateText(cased: text + start, lower: nil, count: end - start) : fold(start..<end)
      position = end + 1
      guard body(start, line) else { return min(position, range.upperBound) }
    }
    return range.upperBound
  }

  /// True when so many lines hold the typo key that reading every line, its byte mask
  /// gathered as it is read, costs less than jumping from one key byte to the next and
  /// looking back for where each line starts.
  var readsEveryLineForTypos: Bool {
    guard let key = query.typoKey, query.asciiMayMatchWithTypos else { return false }
    let frequency =
      ByteScan.frequency(of: key.first) + (key.isPair ? ByteScan.frequency(of: key.second) : 0)
    return frequency >= Self.denseKeyFrequency
  }

  /// A key this frequent (in `ByteScan.frequency`'s parts per thousand of bytes) is in about
  /// two names of five; measured on a million names, reading every line costs less from
  /// there on (`katherine langford`: 59 ms of processor time instead of 77; `zz9q`, whose
  /// key is rare: 45 instead of 18).
  static let denseKeyFrequency = 25

  /// Calls `body` with the start, folded text and byte mask of every line from `first` on,
  /// in order; each byte is read once, its mask bit gathered until the newline (a line that
  /// is not plain ASCII is folded, and its mask taken from the folded bytes). Stops after a
  /// line for which `body` returns false; returns where the next line starts.
  mutating func forEachLineWithMask(
    from first: Int, _ body: (Int, CandidateText, UInt32) -> Bool
  ) -> Int {
    let bits = ByteTables.shared.bits
    let end = range.upperBound
    let caseSensitive = query.query.isCaseSensitive
    var start = first
    while start < end {
      var mask: UInt32 = 0
      var offset = start
      while offset < end {
        let byte = text[offset]
        if byte == 0x0A { break }
        mask |= bits[Int(byte)]
        offset += 1
      }
      linesRead += 1
      var line = CandidateText(cased: text + start, lower: nil, count: offset - start)
      if mask & ByteTables.multibyteBit != 0 {
        line = fold(start..<offset)
        mask = ByteTables.shared.mask(
          of: line.match(caseSensitive: caseSensitive), count: line.count)
      }
      let lineStart = start
      start = offset + 1
      guard body(lineStart, line, mask) else { return min(start, end) }
    }
    return end
  }

  /// The line that starts at `start`, folded when it is not plain ASCII.
  mutating func line(at start: Int) -> CandidateText {
    let (end, isASCII) = ByteScan.lineEnd(in: text, from: start, end: range.upperBound)
    return isASCII
      ? CandidateText(cased: text + start, lower: nil, count: end - start) : fold(start..<end)
  }

  /// Folds one line into the scan's buffers.
  private mutating func fold(_ line: Range<Int>) -> CandidateText {
    let room = TextFolding.maximumByteGrowth * line.count + 4
    cased.reserve(room)
    lower.reserve(room)
    let count = TextFolding.write(
      utf8: UnsafeBufferPointer(start: text + line.lowerBound, count: line.count),
      cased: cased.base, lower: lower.base)
    return CandidateText(cased: cased.base, lower: lower.base, count: count)
  }
}
