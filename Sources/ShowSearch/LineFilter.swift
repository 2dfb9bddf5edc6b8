// MARK: - Line filter

/// Ranks the lines of newline-separated UTF-8 text against a query in one pass, without
/// building an index: the one-off search of a command-line filter.
///
/// It never splits all the text into lines. Eight bytes at a time it jumps to the next
/// occurrence of the query's rarest byte, or of a byte that is not ASCII; only the line
/// around it is read (folded first when it is not plain ASCII), matched and scored as
/// `SearchIndex` would, with the same folding, smart case and typo tolerance. The order is
/// the index's: best score first, then shorter, then earlier line.
public enum LineFilter {
  /// Texts larger than this many bytes are split into parts, searched on all cores.
  static let parallelByteThreshold = 1 << 20

  /// Where each matching line starts (a byte offset into `lines`), best first. An empty
  /// query matches every line, in order. A last line without a newline counts.
  public static func rank(_ query: SearchQuery, in lines: UnsafeBufferPointer<UInt8>) -> [Int] {
    let parts =
      lines.count > parallelByteThreshold ? ParallelChunks.indexCount : 1
    return rank(query, in: lines, parts: parts)
  }

  /// The line that starts at `start`, without its newline.
  public static func line(
    at start: Int, in lines: UnsafeBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8> {
    guard let base = lines.baseAddress, start < lines.count else {
      return UnsafeBufferPointer(start: lines.baseAddress, count: 0)
    }
    let end = ByteScan.next(0x0A, fold: 0, in: base, from: start, end: lines.count)
    return UnsafeBufferPointer(start: base + start, count: end - start)
  }

  /// `rank(_:in:)` in about `parts` parts.
  static func rank(
    _ query: SearchQuery, in lines: UnsafeBufferPointer<UInt8>, parts: Int
  ) -> [Int] {
    scan(query, in: lines, parts: parts).starts
  }

  /// `rank(_:in:)` in about `parts` parts, with the number of lines its passes read.
  static func scan(
    _ query: SearchQuery, in lines: UnsafeBufferPointer<UInt8>, parts: Int
  ) -> (starts: [Int], linesRead: Int) {
    guard let base = lines.baseAddress, !lines.isEmpty else { return ([], 0) }
    guard !query.isEmpty else { return (lineStarts(base, count: lines.count), 0) }
    let scan = ScanQuery(query)
    let address = UInt(bitPattern: base)
    let bounds = partBounds(base, count: lines.count, parts: parts)
    func run(_ pass: @escaping @Sendable (inout LineScan) -> [ChunkResult]) -> [[ChunkResult]] {
      ParallelChunks.map(tasks: bounds.count - 1) { part in
        var lineScan = LineScan(
          text: UnsafePointer(bitPattern: address)!, range: bounds[part]..<bounds[part + 1],
          query: scan)
        var results = pass(&lineScan)
        for index in results.indices {
          RankedCandidate.sortArrivedInIndexOrder(&results[index].candidates)
        }
        return results
      }
    }
    var found: [ChunkResult]
    if query.allowsTypos {
      // One pass finds both kinds; the typo matches count only while in-order ones are few.
      let tally = InOrderTally(threshold: SearchIndex.typoThreshold)
      let both = run { scan in
        let (inOrder, typos) = scan.scanInOrderAndTypos(tally)
        return [inOrder, typos]
      }
      found = both.map { $0[0] }
      if found.reduce(0, { $0 + $1.matched }) < SearchIndex.typoThreshold {
        found += both.map { $0[1] }
      }
    } else {
      found = run { [$0.scanInOrder()] }.map { $0[0] }
    }
    return (
      RankedCandidate.merge(found.map(\.candidates)).map(\.index),
      found.reduce(0) { $0 + $1.linesRead }
    )
  }

  /// Where every line starts.
  private static func lineStarts(_ base: UnsafePointer<UInt8>, count: Int) -> [Int] {
    var starts: [Int] = []
    var start = 0
    while start < count {
      starts.append(start)
      start = ByteScan.next(0x0A, fold: 0, in: base, from: start, end: count) + 1
    }
    return starts
  }

  /// About `parts` ranges that each start a line, from 0 to `count`.
  private static func partBounds(
    _ base: UnsafePointer<UInt8>, count: Int, parts: Int
  ) -> [Int] {
    var bounds = [0]
    for part in 1..<max(parts, 1) {
      let guess = max(count * part / parts, bounds.last!)
      let end = ByteScan.next(0x0A, fold: 0, in: base, from: guess, end: count) + 1
      if end > bounds.last! && end < count {
        bounds.append(end)
      }
    }
    bounds.append(count)
    return bounds
  }
}
