// MARK: - Owner ranking

/// What a scan needs to rank owners rather than strings: the table of owners, the groups
/// kept, and how many terms the query has.
struct OwnerRanking: Sendable {
  /// Each string's owner, weight and group.
  let owners: StringOwners
  /// The groups kept (nil: all).
  let groups: GroupSet?
  /// How many terms the query has.
  let terms: Int
  /// True when a match must be one run of adjacent bytes per term in every string.
  let runsOnly: Bool

  /// A rank class no candidate reaches: for a string whose group is skipped.
  static let skipped = 255

  /// The best rank class the string at `index` may reach (a match of words), or `skipped`.
  @inline(__always)
  func bestRank(of index: Int) -> Int {
    if let groups, !groups.contains(Int(owners.groups[index])) { return Self.skipped }
    return OwnerHit.rank(weight: Int(owners.weights[index]), matchClass: .words)
  }

  /// The owner of the string at `index`.
  @inline(__always)
  func owner(of index: Int) -> Int32 { owners.owners[index] }

  /// The rank class of a match of the string at `index`, `text` folded, with `typos`, or nil
  /// when the string does not count as a match (`MatchClass.judge`). The match positions
  /// are worked out only when the class needs them: a match without typos whose every term
  /// stands as one run in the text spells words, and a typo in a short string (outside prose)
  /// is a typo whatever its runs. Counts in `positioned` the positions worked out.
  func rank(
    of index: Int, query: SearchQuery, text: FoldedSlice, typos: Int, scorer: CandidateScorer,
    positioned: inout Int
  ) -> Int? {
    let weight = Int(owners.weights[index])
    if typos == 0 && query.parsedTerms.allSatisfy({ Self.holds($0.pattern.bytes, in: text.match) })
    {
      return OwnerHit.rank(weight: weight, matchClass: .words)
    }
    if typos > 0 && !runsOnly && !MatchClass.isLong(text.cased) {
      return OwnerHit.rank(weight: weight, matchClass: .typo)
    }
    positioned += 1
    let positions = scorer.bytePositions(query, in: text, allowingTypos: typos > 0).sorted()
    guard
      let matchClass = MatchClass.judge(
        positions: positions, in: text.cased, terms: terms, typos: typos, runsOnly: runsOnly)
    else { return nil }
    return OwnerHit.rank(weight: weight, matchClass: matchClass)
  }

  /// True when `needle` stands in `text` as one run of bytes: each place of its first byte
  /// is compared with the rest of it, at most 64 bytes (a query's length).
  static func holds(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first else { return true }
    guard needle.count <= text.count else { return false }
    var start = 0
    let last = text.count - needle.count
    while start <= last {
      if text[start] == first {
        var offset = 1
        while offset < needle.count && text[start + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      start += 1
    }
    return false
  }
}
