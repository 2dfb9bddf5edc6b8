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

  init(text: UnsafePointer<UInt8>, range: Range<Int>, query: ScanQuery) {
    self.text = text
    self.range = range
    self.query = query
    cased = GrowingBuffer(capacity: 256)
    lower = GrowingBuffer(capacity: 256)
  }

  // MARK: - Passes

  /// The lines whose terms all appear in order, scored.
  mutating func scanInOrder() -> ChunkResult {
    var candidates: [RankedCandidate] = []
    var matched = 0
    let (query, scorer) = (self.query, self.scorer)
    let checks = [ScanQuery.TermCheck](repeating: .full, count: query.terms.count)
    let caseSensitive = query.query.isCaseSensitive
    checks.withUnsafeBufferPointer { checks in
      forEachLine(
        key: query.inOrderKey, asciiMayMatch: query.inOrderKey != nil,
        skipsFolded: query.inOrderKeySkipsFolded
      ) { start, text in
        guard
          query.matchAll(
            checks, in: text.match(caseSensitive: caseSensitive), count: text.count,
            resumed: -1) != nil
        else { return }
        matched += 1
        let slice = text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
        guard let score = scorer.scoreInOrder(query, in: slice) else { return }
        candidates.append(
          RankedCandidate(index: start, score: score, length: text.count, typos: 0))
      }
    }
    return ChunkResult(candidates: candidates, matched: matched, survivors: nil)
  }

  /// The lines that match only with typos, scored.
  mutating func scanTypos() -> ChunkResult {
    var candidates: [RankedCandidate] = []
    let (query, scorer) = (self.query, self.scorer)
    let caseSensitive = query.query.isCaseSensitive
    let tables = ByteTables.shared
    let needles = query.needles
    let everyLine = query.typoKey == nil && query.asciiMayMatchWithTypos
    forEachLine(
      key: query.typoKey, asciiMayMatch: query.asciiMayMatchWithTypos,
      skipsFolded: query.typoKeySkipsFolded, everyLine: everyLine
    ) { start, text in
      let match = text.match(caseSensitive: caseSensitive)
      guard query.mayMatchWithTypos(mask: tables.mask(of: match, count: text.count)) else {
        return
      }
      let slice = text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
      var allInOrder = true
      for (offset, term) in query.terms.enumerated()
      where !query.containsInOrder(term, in: match, count: text.count) {
        allInOrder = false
        guard scorer.mayMatchLeavingOneOut(needles[offset], in: slice.match) else { return }
      }
      guard !allInOrder,
        let result = scorer.score(query.query, needles: needles, in: slice, allowingTypos: true),
        result.typos > 0
      else { return }
      candidates.append(
        RankedCandidate(
          index: start, score: result.score, length: text.count, typos: result.typos))
    }
    return ChunkResult(candidates: candidates, matched: candidates.count, survivors: nil)
  }

  // MARK: - Lines

  /// Calls `body` with the start and folded text of each line that holds a byte `key`
  /// matches or a byte that is not ASCII (only the latter unless `asciiMayMatch`; only the
  /// former with `skipsFolded`), or of every line with `everyLine`; lines come in order,
  /// each once.
  private mutating func forEachLine(
    key: ByteScan.Key?, asciiMayMatch: Bool, skipsFolded: Bool, everyLine: Bool = false,
    _ body: (Int, CandidateText) -> Void
  ) {
    var position = range.lowerBound
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
      guard hit < range.upperBound else { return }
      let start = ByteScan.last(0x0A, fold: 0, in: text, from: position, end: hit) + 1
      var (end, isASCII) = ByteScan.lineEnd(in: text, from: hit, end: range.upperBound)
      if skipsFolded && isASCII {
        // This scan passes over bytes that are not ASCII: look before the hit too.
        isASCII = ByteScan.lineEnd(in: text, from: start, end: hit).isASCII
      }
      if isASCII {
        body(start, CandidateText(cased: text + start, lower: nil, count: end - start))
      } else {
        body(start, fold(start..<end))
      }
      position = end + 1
    }
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
