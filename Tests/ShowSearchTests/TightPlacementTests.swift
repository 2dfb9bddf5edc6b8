import Testing

@testable import ShowSearch

// MARK: - The typo placement's existence test

@Suite struct TightPlacementTests {
  /// Runs `body` on `candidate` folded as the scorer reads it for a query that ignores
  /// letter case, or, `caseSensitive`, one that keeps it.
  private static func withSlice<T>(
    _ candidate: String, caseSensitive: Bool = false, _ body: (FoldedSlice) -> T
  ) -> T {
    let (cased, lower) = TextFolding.fold(candidate)
    return cased.withUnsafeBufferPointer { cased in
      lower.withUnsafeBufferPointer { lower in
        body(FoldedSlice(match: caseSensitive ? cased : lower, cased: cased))
      }
    }
  }

  /// The test says yes exactly when the scoring program finds a typo placement, on texts
  /// with word starts of every kind, humps and characters of two and three bytes.
  @Test func agreesWithTheScoringProgram() {
    var generator = TestGenerator(state: 29)
    var placed = 0
    var refused = 0
    for _ in 0..<20_000 {
      let candidate = generator.text(
        from: Array("abcAB -/.xéж"), length: 1 + generator.next(30))
      let query = generator.text(from: Array("abcxA"), length: 1 + generator.next(5))
      // A capital makes the query keep letter case, as a search does.
      let caseSensitive = query.contains("A")
      let folded = TextFolding.fold(query)
      let pattern = Pattern(bytes: caseSensitive ? folded.cased : folded.lower)
      Self.withSlice(candidate, caseSensitive: caseSensitive) { text in
        let program = FuzzyScorer.score(pattern, in: text, placement: .typo, scratch: .init())
        let test = FuzzyScorer.mayPlaceTightly(pattern.view, in: text)
        #expect(test == (program != nil), "\(query) in \(candidate)")
        if program != nil {
          placed += 1
        } else if Array(text.match).isSubsequence(pattern.bytes) {
          refused += 1
        }
      }
    }
    // Both answers occur often among texts that hold the pattern in order.
    #expect(placed > 1_000)
    #expect(refused > 1_000)
  }

  /// A pattern that is not plain ASCII is left to the program.
  @Test func leavesOtherPatternsToTheProgram() {
    let pattern = Pattern(bytes: TextFolding.fold("жa").lower)
    Self.withSlice("moжeta") { text in
      // The program refuses it; the test does not decide.
      #expect(FuzzyScorer.score(pattern, in: text, placement: .typo, scratch: .init()) == nil)
      #expect(FuzzyScorer.mayPlaceTightly(pattern.view, in: text))
    }
  }

  /// A candidate whose misspelled term is in it only as scattered letters is refused before
  /// any score is worked out, also for the term that is in it in order.
  @Test func scatteredLettersRunNoScoringProgram() {
    let query = SearchQuery("hannah bake")
    let scorer = CandidateScorer()
    let needles = query.parsedTerms.map(\.pattern.bytes)
    let text = "Hannah Smith (as Ebba's neighbour)"
    let result = needles[0].withUnsafeBufferPointer { first in
      needles[1].withUnsafeBufferPointer { second in
        Self.withSlice(text) { slice in
          scorer.score(query, needles: [first, second], in: slice, allowingTypos: true)
        }
      }
    }
    #expect(result == nil)
    #expect(scorer.scratch.programsRun == 0)
  }

  /// A real typo is still scored: the test lets it through.
  @Test func aTypoIsStillScored() {
    let query = SearchQuery("hannah bkaer")
    let scorer = CandidateScorer()
    let needles = query.parsedTerms.map(\.pattern.bytes)
    let result = needles[0].withUnsafeBufferPointer { first in
      needles[1].withUnsafeBufferPointer { second in
        Self.withSlice("Hannah Baker") { slice in
          scorer.score(query, needles: [first, second], in: slice, allowingTypos: true)
        }
      }
    }
    #expect(result?.typos == 1)
  }
}

extension Array where Element == UInt8 {
  /// True when `needle` appears in order in the array.
  fileprivate func isSubsequence(_ needle: [UInt8]) -> Bool {
    var matched = 0
    for byte in self where matched < needle.count && byte == needle[matched] {
      matched += 1
    }
    return matched == needle.count
  }
}

// MARK: - A term in order, or with one character left out

@Suite struct TermPresenceTests {
  /// The one-pass test says what the in-order test and the leaving-one-out test say
  /// together, on generated texts and terms, for queries that ignore letter case and for
  /// queries that keep it.
  @Test func agreesWithTheTwoTests() {
    var generator = TestGenerator(state: 41)
    let letters = Array("abcAB é")
    var seen: [TermPresence: Int] = [:]
    for _ in 0..<20_000 {
      let text = String((0..<generator.next(16)).map { _ in generator.pick(letters) })
      let word = String((0..<1 + generator.next(5)).map { _ in generator.pick(Array("abcéB")) })
      let query = ScanQuery(SearchQuery(word))
      let scorer = CandidateScorer()
      let (cased, lower) = TextFolding.fold(text)
      // The scan reads plain ASCII in place, and the folded copy of other text unless the
      // query keeps letter case.
      let plain = lower.allSatisfy { $0 < 0x80 }
      let match = plain || query.query.isCaseSensitive ? cased : lower
      match.withUnsafeBufferPointer { bytes in
        guard let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1) else { return }
        let term = query.terms[0]
        let presence = scorer.presence(of: term, of: query, in: base, count: bytes.count)
        let expected: TermPresence =
          query.containsInOrder(term, in: base, count: bytes.count)
          ? .inOrder
          : scorer.mayMatchLeavingOneOut(term, of: query, in: base, count: bytes.count)
            ? .leavingOneOut : .absent
        #expect(presence == expected, "\(word) in \(text)")
        seen[presence, default: 0] += 1
      }
    }
    #expect(seen.values.allSatisfy { $0 > 1_000 } && seen.count == 3, "\(seen)")
  }
}
