// MARK: - Sorting many candidates

extension RankedCandidate {
  /// Below this many candidates, a comparison sort is faster than the radix sort.
  static let radixThreshold = 2_048

  /// The score as a key whose ascending order is descending score (minus zero reads as zero).
  @inline(__always)
  var scoreKey: UInt64 {
    let bits = (score + 0.0).bitPattern
    let ascending = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    return ~ascending
  }

  /// Sorts candidates that arrived in ascending index order into the result order, in time
  /// linear in their number: a stable least-significant-digit radix sort on the length, then
  /// on the score, skipping digits that are the same for all, then a stable split by rank
  /// class. Ties keep their order, which is the index order the result needs.
  static func sortArrivedInIndexOrder(_ candidates: inout [RankedCandidate]) {
    guard candidates.count >= radixThreshold else {
      candidates.sort()
      return
    }
    radixSort(&candidates)
    // Lower rank classes come first; a scan pass mostly finds one class, so this rarely
    // moves anything, and when it does it keeps each class in its order.
    guard let first = candidates.first, candidates.contains(where: { $0.rank != first.rank })
    else { return }
    var byRank = [[RankedCandidate]](repeating: [], count: 256)
    for candidate in candidates { byRank[candidate.rank].append(candidate) }
    candidates = Array(byRank.joined())
  }

  /// The radix sort of `sortArrivedInIndexOrder` on length and score alone.
  private static func radixSort(_ candidates: inout [RankedCandidate]) {
    var spare = candidates
    candidates.withUnsafeMutableBufferPointer { items in
      spare.withUnsafeMutableBufferPointer { spare in
        var source = items
        var target = spare
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: 1 << digitBits)
        defer { counts.deallocate() }
        let passes: [(shift: UInt64, isScore: Bool)] =
          (0..<3).map { (UInt64($0 * digitBits), false) }
          + (0..<6).map { (UInt64($0 * digitBits), true) }
        for pass in passes
        where distribute(
          from: source, into: target, counts: counts, shift: pass.shift, isScore: pass.isScore)
        {
          swap(&source, &target)
        }
        if source.baseAddress != items.baseAddress {
          items.baseAddress!.update(from: source.baseAddress!, count: items.count)
        }
      }
    }
  }

  private static let digitBits = 11

  /// One counting pass on a digit of the length or the score key; false (nothing moved) when
  /// every candidate has the same digit.
  private static func distribute(
    from source: UnsafeMutableBufferPointer<RankedCandidate>,
    into target: UnsafeMutableBufferPointer<RankedCandidate>,
    counts: UnsafeMutablePointer<Int>, shift: UInt64, isScore: Bool
  ) -> Bool {
    let mask = UInt64(1 << digitBits - 1)
    @inline(__always) func digit(_ candidate: RankedCandidate) -> Int {
      let key = isScore ? candidate.scoreKey : UInt64(candidate.length)
      return Int((key >> shift) & mask)
    }
    counts.initialize(repeating: 0, count: 1 << digitBits)
    for candidate in source {
      counts[digit(candidate)] += 1
    }
    if counts[digit(source[0])] == source.count { return false }
    var total = 0
    for bucket in 0..<(1 << digitBits) {
      let count = counts[bucket]
      counts[bucket] = total
      total += count
    }
    for candidate in source {
      let bucket = digit(candidate)
      target[counts[bucket]] = candidate
      counts[bucket] += 1
    }
    return true
  }

  // MARK: - Merging

  /// Merges runs that are each in result order into one list in result order.
  static func merge(_ runs: [[RankedCandidate]]) -> [RankedCandidate] {
    var runs = runs.filter { !$0.isEmpty }
    while runs.count > 1 {
      var merged: [[RankedCandidate]] = []
      for pair in stride(from: 0, to: runs.count, by: 2) {
        merged.append(pair + 1 < runs.count ? merge(runs[pair], runs[pair + 1]) : runs[pair])
      }
      runs = merged
    }
    return runs.first ?? []
  }

  private static func merge(
    _ first: [RankedCandidate], _ second: [RankedCandidate]
  ) -> [RankedCandidate] {
    [RankedCandidate](unsafeUninitializedCapacity: first.count + second.count) { out, count in
      first.withUnsafeBufferPointer { first in
        second.withUnsafeBufferPointer { second in
          var left = 0
          var right = 0
          var written = 0
          while left < first.count && right < second.count {
            if second[right] < first[left] {
              out[written] = second[right]
              right += 1
            } else {
              out[written] = first[left]
              left += 1
            }
            written += 1
          }
          while left < first.count {
            out[written] = first[left]
            left += 1
            written += 1
          }
          while right < second.count {
            out[written] = second[right]
            right += 1
            written += 1
          }
          count = written
        }
      }
    }
  }
}
