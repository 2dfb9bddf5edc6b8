// MARK: - Matching

extension ScanQuery {
  /// How a scan of an earlier query's survivors checks one term.
  enum TermCheck: Sendable, Equatable {
    /// The term is the earlier query's term in its place: every survivor holds it in order.
    case verified
    /// The term extends the earlier query's last term: match its bytes from this one on,
    /// starting where each survivor's match of the earlier term ended.
    case resume(Int)
    /// Match the whole term.
    case full
  }

  /// How to check each term among the survivors of `earlier` (which this query narrows),
  /// or a full check of every term when there is no earlier query.
  func checks(after earlier: SearchQuery?) -> [TermCheck] {
    let old = earlier?.parsedTerms ?? []
    return (0..<terms.count).map { index in
      if index == old.count - 1 { return .resume(old[index].pattern.bytes.count) }
      if index < old.count && old[index].pattern.bytes == query.parsedTerms[index].pattern.bytes {
        return .verified
      }
      return .full
    }
  }

  /// Where the greedy in-order match of `term`'s bytes from `first` on ends (one past its
  /// last byte) when it starts at `offset` of the text, or nil when the bytes do not all
  /// appear.
  @inline(__always)
  func matchEnd(
    _ term: Term, fromByte first: Int = 0, in text: UnsafePointer<UInt8>, count: Int,
    startingAt start: Int = 0
  ) -> Int? {
    var wanted = term.start + first
    let end = term.start + term.count
    guard wanted < end else { return start }
    // The first byte is found eight at a time, and so is the last occurrence of the last:
    // the match must fit between them, so the rest is read one by one only there.
    var offset = ByteScan.next(
      bytes[wanted], fold: folds[wanted], in: text, from: start, end: count)
    guard offset < count else { return nil }
    wanted += 1
    offset += 1
    guard wanted < end else { return offset }
    let lastByte = ByteScan.last(
      bytes[end - 1], fold: folds[end - 1], in: text, from: offset, end: count)
    guard lastByte - offset >= end - 1 - wanted else { return nil }
    let limit = lastByte + 1
    var byte = bytes[wanted]
    var fold = folds[wanted]
    while offset < limit {
      if text[offset] | fold == byte {
        wanted += 1
        if wanted == end { return offset + 1 }
        byte = bytes[wanted]
        fold = folds[wanted]
      }
      offset += 1
    }
    return nil
  }

  /// True when `term`'s bytes appear in order in the text (folding ASCII case as allowed).
  @inline(__always)
  func containsInOrder(_ term: Term, in text: UnsafePointer<UInt8>, count: Int) -> Bool {
    matchEnd(term, in: text, count: count) != nil
  }

  /// Checks every term as `checks` says; returns where the last term's match ends (`resumed`
  /// is where the earlier query's last term ended, -1 when not known, -2 when the survivor
  /// was never checked, so that every term is checked in full), or nil when some term does
  /// not appear.
  @inline(__always)
  func matchAll(
    _ checks: UnsafeBufferPointer<TermCheck>, in text: UnsafePointer<UInt8>, count: Int,
    resumed: Int
  ) -> Int? {
    var last = 0
    for index in 0..<terms.count {
      let found: Int?
      switch resumed == -2 ? .full : checks[index] {
      case .verified:
        continue
      case .resume(let first) where resumed >= 0:
        found = matchEnd(
          terms[index], fromByte: first, in: text, count: count, startingAt: resumed)
      case .resume, .full:
        found = matchEnd(terms[index], in: text, count: count)
      }
      guard let found else { return nil }
      last = found
    }
    return last
  }

  /// True when a candidate with this byte mask might match every term with at most one of
  /// each term's characters missing (the most a typo leaves out).
  @inline(__always)
  func mayMatchWithTypos(mask: UInt32) -> Bool {
    !typoMaskMisses(mask)
  }

  /// The opposite of `mayMatchWithTypos(mask:)`, worked out without a branch: some term's
  /// repeated character, or two of its single ones, are missing from the mask.
  @inline(__always)
  func typoMaskMisses(_ mask: UInt32) -> Bool {
    var missing: UInt32 = 0
    for term in terms {
      missing |= term.repeatedBits & ~mask
      let singles = term.singleBits & ~mask
      missing |= singles & (singles &- 1)
    }
    return missing != 0
  }
}
