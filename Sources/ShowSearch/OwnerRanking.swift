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
  /// when the string does not count as a match (`MatchClass.judge`).
  func rank(
    of index: Int, query: SearchQuery, text: FoldedSlice, typos: Int, scorer: CandidateScorer
  ) -> Int? {
    let positions = scorer.bytePositions(query, in: text, allowingTypos: typos > 0).sorted()
    guard
      let matchClass = MatchClass.judge(
        positions: positions, in: text.cased, terms: terms, typos: typos, runsOnly: runsOnly)
    else { return nil }
    return OwnerHit.rank(weight: Int(owners.weights[index]), matchClass: matchClass)
  }
}
