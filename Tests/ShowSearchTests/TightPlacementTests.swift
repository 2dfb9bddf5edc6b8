import Testing

@testable import ShowSearch

// MARK: - The typo placement's existence test

@Suite struct TightPlacementTests {
  /// Runs `body` on `candidate` folded as the scorer reads it.
  private static func withSlice<T>(_ candidate: String, _ body: (FoldedSlice) -> T) -> T {
    let (cased, lower) = TextFolding.fold(candidate)
    return cased.withUnsafeBufferPointer { cased in
      lower.withUnsafeBufferPointer { lower in
        body(FoldedSlice(match: lower, cased: cased))
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
      let query = generator.text(from: Array("abcx"), length: 1 + generator.next(5))
      let pattern = Pattern(bytes: TextFolding.fold(query).lower)
      Self.withSlice(candidate) { text in
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
    let pattern = Pattern(bytes: TextFolding.fold("éa").lower)
    Self.withSlice("x é y a") { text in
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
  /// together, on generated texts and terms, in either letter case.
  @Test func agreesWithTheTwoTests() {
    var generator = TestGenerator(state: 41)
    let letters = Array("abcAB é")
    var seen: [TermPresence: Int] = [:]
    for _ in 0..<20_000 {
      let text = String((0..<generator.next(16)).map { _ in generator.pick(letters) })
      let word = String((0..<1 + generator.next(5)).map { _ in generator.pick(Array("abcé")) })
      let query = ScanQuery(SearchQuery(word))
      let scorer = CandidateScorer()
      let (cased, lower) = TextFolding.fold(text)
      let match = cased.count == lower.count && lower.allSatisfy({ $0 < 0x80 }) ? cased : lower
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
