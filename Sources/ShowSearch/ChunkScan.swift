// MARK: - Chunk scan

/// What scanning one chunk found: its best candidates, how many matched, and (when asked
/// for) the candidates a longer query may still match.
struct ChunkResult: Sendable {
  /// The chunk's best candidates: in index order without a limit, in heap order with one.
  var candidates: [RankedCandidate]
  /// How many candidates matched in a way that counts toward the typo threshold: with owners,
  /// only strings of kept groups that get a rank class (exact while under the threshold).
  var matched: Int
  /// The candidates that passed, when kept.
  var survivors: SurvivorList?
  /// How many lines a scan of `LineFilter` read (found, bounded and looked at).
  var linesRead = 0
  /// How many candidates' match positions were worked out to rank them.
  var positioned = 0
  /// How many candidates were scored.
  var scored = 0
  /// How many candidates' score bounds were worked out from their summaries.
  var bounded = 0
}

/// Scans the candidates of one chunk for one query, on one thread.
///
/// Without summaries (a one-off search), a scan of the whole chunk jumps from one
/// occurrence of the query's rarest byte to the next, eight bytes at a time. With summaries,
/// each candidate's byte mask is tested first; a scan of an earlier query's survivors also
/// skips the terms they are known to hold and resumes the last term where its match ended.
/// Then the in-order byte test runs on the folded text, read in place (plain ASCII folds
/// case on the fly). Only candidates that pass are scored; and once `limit` candidates are
/// kept, a candidate is scored only when a bound on its score, from its word starts and
/// length, says it could still beat the worst kept.
struct ChunkScan {
  let chunk: FoldedChunk
  let view: FoldedChunk.View
  let query: ScanQuery
  let scorer: CandidateScorer
  /// The chunk's summaries, when built.
  let summaries: ChunkSummaries.View?
  /// Whether the query matches letter case.
  let caseSensitive: Bool
  /// A scan that finds more survivors than this stops keeping them.
  let survivorCap: Int
  /// With owners: the scan keeps each owner's best string, ranked by its rank class.
  let ownership: OwnerRanking?
  /// What a candidate must outrank to be kept, from the chunks that finished before this
  /// one (`SharedFloor`), if they fill the list.
  let floor: RankedCandidate?

  /// A scan of one chunk (through `view`) for a prepared query.
  init(
    chunk: FoldedChunk, view: FoldedChunk.View, query: ScanQuery, scorer: CandidateScorer,
    summaries: ChunkSummaries.View?, survivorCap: Int = .max, ownership: OwnerRanking? = nil,
    floor: RankedCandidate? = nil
  ) {
    self.floor = floor
    self.survivorCap = survivorCap
    self.ownership = ownership
    self.chunk = chunk
    self.view = view
    self.query = query
    self.scorer = scorer
    self.summaries = summaries
    self.caseSensitive = query.query.isCaseSensitive
  }

  // MARK: - In-order matches

  /// Finds the candidates whose terms all appear in order: among `base`, checking terms as
  /// `checks` says, or among all candidates (then every check must be `.full`).
  func scanInOrder(
    _ base: SurvivorList?, checks: UnsafeBufferPointer<ScanQuery.TermCheck>, limit: Int?,
    keepsSurvivors: Bool
  ) -> ChunkResult {
    var found = Found(
      limit: limit, keepsSurvivors: keepsSurvivors, cap: survivorCap,
      keepsOwners: ownership != nil, floor: floor)
    guard let summaries else {
      forEachCandidate(nil, key: query.inOrderKey, asciiMayMatch: query.inOrderKey != nil) {
        visit($0, resumed: -1, checks: checks, into: &found)
      }
      return found.result()
    }
    scanSummarized(base, summaries: summaries, checks: checks, into: &found)
    return found.result()
  }

  /// The scan with summaries: a byte mask test, then, once the typo question is settled and
  /// the list is full, candidates whose summary bound cannot reach it pass unverified, their
  /// text unread. The rest are gathered in small batches whose first bytes are loaded
  /// together, so that the waits for memory overlap, then matched in order.
  private func scanSummarized(
    _ base: SurvivorList?, summaries: ChunkSummaries.View,
    checks: UnsafeBufferPointer<ScanQuery.TermCheck>, into found: inout Found
  ) {
    let indices = base?.indices.base
    let count = base?.count ?? chunk.count
    let required = query.requiredBits
    let exact = query.maskIsExact
    let passing = scorer.scratch.passing
    let batch = scorer.scratch.batch
    // Every survivor passes the byte mask: when more candidates pass it than may be kept,
    // none is gathered, and the bounds that deferred them are not worked out.
    if found.keepsSurvivors && count > found.survivorCap
      && countPassing(count, of: indices, holding: required, summaries: summaries)
        > found.survivorCap
    {
      found.dropSurvivors()
    }
    var pending = 0
    var block = 0
    while block < count {
      let blockEnd = min(block + ScoringScratch.passingSize, count)
      // First the positions whose mask passes, without a branch per candidate: once the
      // list is full, also the word starts its bound needs.
      let starts = requiredStarts(found)
      let passed = passingPositions(
        block..<blockEnd, of: indices, holding: required, starts: starts,
        summaries: summaries, into: passing)
      for item in 0..<passed {
        let position = passing[item]
        let candidate = indices.map { Int($0[position]) } ?? position
        var entry = position
        // The match count must be exact while it may stay under the typo threshold.
        if exact || found.matched >= SearchIndex.typoThreshold,
          let worst = found.selection.threshold,
          boundFallsShort(candidate, of: worst, summaries: summaries, bounded: &found.bounded)
        {
          // Cannot make the list: passes unread (a mask-exact query needs no check at all).
          guard found.keepsSurvivors else {
            found.matched &+= exact && countsMaskMatch(candidate) ? 1 : 0
            continue
          }
          entry |= Self.deferred
        }
        batch[pending] = entry
        pending += 1
        if pending == ScoringScratch.batchSize {
          flush(batch, pending, base: base, checks: checks, into: &found)
          pending = 0
        }
      }
      block = blockEnd
    }
    flush(batch, pending, base: base, checks: checks, into: &found)
  }

  /// Marks a batch entry that passes without its text being read.
  private static let deferred = 1 << 62

  /// Loads the first text byte of the batch's candidates that will be read, then handles the
  /// batch in order.
  @inline(__always)
  private func flush(
    _ batch: UnsafeMutablePointer<Int>, _ count: Int, base: SurvivorList?,
    checks: UnsafeBufferPointer<ScanQuery.TermCheck>, into found: inout Found
  ) {
    let indices = base?.indices.base
    var sink: UInt8 = 0
    for item in 0..<count where batch[item] & Self.deferred == 0 {
      let text = view.text(indices.map { Int($0[batch[item]]) } ?? batch[item])
      if text.count > 0 {
        sink ^= text.cased[0]
      }
    }
    scorer.scratch.sink ^= sink
    for item in 0..<count {
      let position = batch[item] & ~Self.deferred
      let candidate = indices.map { Int($0[position]) } ?? position
      if batch[item] & Self.deferred != 0 {
        found.matched += query.maskIsExact && countsMaskMatch(candidate) ? 1 : 0
        found.keep(candidate, end: query.maskIsExact ? -1 : -2)
      } else if query.maskIsExact {
        found.matched += countsMaskMatch(candidate) ? 1 : 0
        found.keep(candidate, end: -1)
        consider(candidate, text: view.text(candidate), into: &found)
      } else {
        visit(
          candidate, resumed: base?.resumeOffset(at: position) ?? -1, checks: checks,
          into: &found)
      }
    }
  }

  /// A margin under the worst kept score: rounding in the scorer's sums never drops a
  /// candidate whose bound it shaves.
  static let margin = 1e-6

  /// Matches one candidate's terms as `checks` says; records and considers it if they match.
  @inline(__always)
  private func visit(
    _ local: Int, resumed: Int, checks: UnsafeBufferPointer<ScanQuery.TermCheck>,
    into found: inout Found
  ) {
    let text = view.text(local)
    guard
      let end = query.matchAll(
        checks, in: text.match(caseSensitive: caseSensitive), count: text.count,
        resumed: resumed)
    else { return }
    countMatch(local, text: text, into: &found)
    found.keep(local, end: end)
    consider(local, text: text, into: &found)
  }

  /// Counts an in-order match toward the typo threshold: with owners, only a string of a
  /// kept group that gets a rank class, worked out while the count is under the threshold
  /// (a string the ranking throws away must not hold the typo pass back).
  @inline(__always)
  private func countMatch(_ local: Int, text: CandidateText, into found: inout Found) {
    guard let ownership, found.matched < SearchIndex.typoThreshold else {
      found.matched += 1
      return
    }
    let index = chunk.base + local
    guard ownership.bestRank(of: index) != OwnerRanking.skipped else { return }
    let slice = text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
    var positioned = 0
    let rank = ownership.rank(
      of: index, query: query.query, text: slice, typos: 0, scorer: scorer,
      positioned: &positioned)
    found.matched += rank == nil ? 0 : 1
  }

  /// True when a match of a mask-exact query (one ASCII letter, which every string holding
  /// it spells as a word) counts toward the typo threshold: with owners, its group is kept.
  @inline(__always)
  private func countsMaskMatch(_ local: Int) -> Bool {
    guard let ownership else { return true }
    return ownership.bestRank(of: chunk.base + local) != OwnerRanking.skipped
  }

  /// Scores a candidate that matched in order and offers it to the selection, unless its
  /// bound says it cannot make the list (or its group is skipped).
  @inline(__always)
  private func consider(_ local: Int, text: CandidateText, into found: inout Found) {
    guard found.limit != 0 else { return }
    if let ownership, ownership.bestRank(of: chunk.base + local) == OwnerRanking.skipped {
      return
    }
    if let worst = found.selection.threshold, let summaries,
      !mayBeat(worst, local: local, text: text, summaries: summaries)
    {
      return
    }
    let slice = text.slice(caseSensitive: caseSensitive, scratch: scorer.scratch)
    found.scored += 1
    guard let score = scorer.scoreInOrder(query, in: slice) else { return }
    offer(local, score: score, typos: 0, text: slice, into: &found)
  }

  /// Offers a scored candidate to the selection: with owners, in its rank class, worked out
  /// from its match positions only when it could make the list.
  @inline(__always)
  func offer(_ local: Int, score: Double, typos: Int, text: FoldedSlice, into found: inout Found) {
    let index = chunk.base + local
    guard let ownership else {
      found.selection.insert(
        RankedCandidate(index: index, score: score, length: text.match.count, typos: typos))
      return
    }
    let best = ownership.bestRank(of: index) + (typos > 0 ? 1 : 0)
    guard best < OwnerRanking.skipped else { return }
    if let worst = found.selection.threshold,
      !RankedCandidate.ranksBefore(
        RankedCandidate(
          index: index, score: score, length: text.match.count, typos: typos, rank: best),
        worst)
    {
      return
    }
    guard
      let rank = ownership.rank(
        of: index, query: query.query, text: text, typos: typos, scorer: scorer,
        positioned: &found.positioned)
    else { return }
    found.selection.insert(
      RankedCandidate(
        index: index, score: score, length: text.match.count, typos: typos, rank: rank),
      owner: ownership.owner(of: index))
  }

  /// True when the candidate's score bound, from its summaries and length, cannot pass
  /// `worst`; counts the bound in `bounded`.
  @inline(__always)
  private func boundFallsShort(
    _ local: Int, of worst: RankedCandidate, summaries: ChunkSummaries.View, bounded: inout Int
  ) -> Bool {
    bounded &+= 1
    return query.bound(
      wordStarts: summaries.wordStarts[local], wordPairs: summaries.wordPairs[local],
      length: view.length(local)) < scoreNeeded(toBeat: worst, local: local)
  }

  /// The score a candidate must reach to pass `worst`: with owners, none when its best rank
  /// class comes before the worst's, and out of reach when it comes after.
  @inline(__always)
  func scoreNeeded(toBeat worst: RankedCandidate, local: Int) -> Double {
    guard let ownership else { return worst.score - Self.margin }
    let best = ownership.bestRank(of: chunk.base + local)
    if best != worst.rank { return best < worst.rank ? -.infinity : .infinity }
    return worst.score - Self.margin
  }

  /// False when the candidate's score cannot reach `worst`, judged first from its summary,
  /// then from its exact word bonuses.
  @inline(__always)
  private func mayBeat(
    _ worst: RankedCandidate, local: Int, text: CandidateText, summaries: ChunkSummaries.View
  ) -> Bool {
    let needed = scoreNeeded(toBeat: worst, local: local)
    let wordStarts = summaries.wordStarts[local]
    guard
      query.bound(
        wordStarts: wordStarts, wordPairs: summaries.wordPairs[local], length: text.count)
        >= needed
    else { return false }
    var bonuses = 0.0
    for index in 0..<query.terms.count {
      bonuses += query.wordBonus(index, in: text)
    }
    return query.bound(wordStarts: wordStarts, length: text.count, wordBonuses: bonuses) >= needed
  }

  // MARK: - Findings

  /// What a scan has found so far.
  struct Found: ~Copyable {
    var selection: TopSelection
    var matched = 0
    /// How many candidates' match positions were worked out to find their rank class.
    var positioned = 0
    /// How many candidates were scored.
    var scored = 0
    /// How many candidates' score bounds were worked out from their summaries.
    var bounded = 0
    let limit: Int?
    /// False from the start when no survivors are wanted, and from the moment there are
    /// more than `cap` of them.
    private(set) var keepsSurvivors: Bool
    private let cap: Int
    private var survivors = SurvivorList.Builder()

    init(
      limit: Int?, keepsSurvivors: Bool, cap: Int = .max, keepsOwners: Bool = false,
      floor: RankedCandidate? = nil
    ) {
      selection = TopSelection(limit: limit, keepsOwners: keepsOwners)
      selection.floor = limit == nil ? nil : floor
      self.limit = limit
      self.keepsSurvivors = keepsSurvivors
      self.cap = cap
    }

    /// The most survivors kept.
    var survivorCap: Int { cap }

    /// Keeps no survivors from now on.
    mutating func dropSurvivors() {
      keepsSurvivors = false
    }

    /// Keeps a survivor (see `SurvivorList.Builder.append`), unless there are too many.
    @inline(__always)
    mutating func keep(_ local: Int, end: Int) {
      guard keepsSurvivors else { return }
      if survivors.count >= cap {
        keepsSurvivors = false
        return
      }
      survivors.append(local, end: end)
    }

    consuming func result() -> ChunkResult {
      let kept = keepsSurvivors
      return ChunkResult(
        candidates: selection.items, matched: matched, survivors: kept ? survivors.finish() : nil,
        positioned: positioned, scored: scored, bounded: bounded)
    }
  }
}
