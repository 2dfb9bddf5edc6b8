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
  /// Each term's bytes, worked out once per search.
  let termBytes: [[UInt8]]
  /// True when a match must be one run of adjacent bytes per term in every string.
  let runsOnly: Bool

  /// The ranking of owners for one search of `query`.
  init(owners: StringOwners, groups: GroupSet?, query: SearchQuery, runsOnly: Bool) {
    self.owners = owners
    self.groups = groups
    self.termBytes = query.parsedTerms.map(\.pattern.bytes)
    self.terms = termBytes.count
    self.runsOnly = runsOnly
  }

  /// A rank class no candidate reaches: for a string whose group is skipped.
  static let skipped = 255

  /// The best rank class the string at `index` may reach (a match of words), or `skipped`.
  @inline(__always)
  func bestRank(of index: Int) -> Int {
    if let groups, !groups.contains(Int(owners.groups[index])) { return Self.skipped }
    return OwnerHit.rank(weight: Int(owners.weights[index]), matchClass: .words)
  }

  /// The best rank class any string may reach: a match of words in the string of the
  /// smallest weight.
  var bestRankOfAll: Int {
    OwnerHit.rank(weight: owners.smallestWeight, matchClass: .words)
  }

  /// The owner of the string at `index`.
  @inline(__always)
  func owner(of index: Int) -> Int32 { owners.owners[index] }

  /// The rank class of a match of the string at `index`, `text` folded, with `typos`, or nil
  /// when the string does not count as a match. A match without typos spells words when
  /// each term stands as one run in the text, or, in a short string outside prose, lies in
  /// order within one word or is spelled by runs that each start a word ("hanbak"); it is
  /// letters scattered over words otherwise, and no match in a long string or in prose. A
  /// typo in a short string outside prose is a typo; elsewhere its match positions must be
  /// a few runs (`MatchClass.judge`): only then are they worked out, counted in
  /// `positioned`.
  func rank(
    of index: Int, query: SearchQuery, text: FoldedSlice, typos: Int, scorer: CandidateScorer,
    positioned: inout Int
  ) -> Int? {
    let weight = Int(owners.weights[index])
    let confined = runsOnly || MatchClass.isLong(text.cased)
    if typos == 0 {
      if termBytes.allSatisfy({ Self.holds($0, in: text.match) }) {
        return OwnerHit.rank(weight: weight, matchClass: .words)
      }
      if confined { return nil }
      let spellsWords = termBytes.allSatisfy {
        MatchClass.liesInOneWord($0, in: text.match)
          || MatchClass.isSpelledByWordStarts($0, in: text.match)
      }
      return OwnerHit.rank(weight: weight, matchClass: spellsWords ? .words : .scattered)
    }
    if !confined { return OwnerHit.rank(weight: weight, matchClass: .typo) }
    positioned += 1
    let positions = scorer.bytePositions(query, in: text, allowingTypos: true).sorted()
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
