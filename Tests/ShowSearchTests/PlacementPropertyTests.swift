import Testing

@testable import ShowSearch

// MARK: - Placements on generated text

@Suite struct PlacementPropertyTests {
  static let alphabet = Array("abAB -/.xéж東")

  /// The score of one placement (start byte of each character), added up by hand.
  static func score(
    of starts: [Int], lengths: [Int], in cased: UnsafeBufferPointer<UInt8>
  ) -> Double {
    var total = 0.0
    var previousEnd = -1
    for (start, length) in zip(starts, lengths) {
      let bonus = ScoreWeights.bonus(at: start, in: cased)
      if previousEnd < 0 {
        total += Double(start) * ScoreWeights.gapLeading + bonus
      } else if start == previousEnd + 1 {
        total += ScoreWeights.consecutive
      } else {
        total += ScoreWeights.gapInner * Double(start - previousEnd - 1) + bonus
      }
      previousEnd = start + length - 1
    }
    return total + ScoreWeights.gapTrailing * Double(cased.count - 1 - previousEnd)
  }

  /// The best score over every in-order placement, by trying them all.
  static func bestScore(_ pattern: Pattern, in text: FoldedSlice) -> Double {
    let characters = pattern.characters
    func search(_ character: Int, from: Int, starts: [Int]) -> Double {
      guard character < characters.count else {
        return score(of: starts, lengths: pattern.lengths, in: text.cased)
      }
      var best = -Double.infinity
      let bytes = Array(characters[character])
      var start = from
      while start + bytes.count <= text.match.count {
        if Array(text.match[start..<start + bytes.count]) == bytes {
          best = max(
            best, search(character + 1, from: start + bytes.count, starts: starts + [start]))
        }
        start += 1
      }
      return best
    }
    return search(0, from: 0, starts: [])
  }

  @Test func tracedPlacementIsInOrderAndScoresTheOptimum() {
    var generator = TestGenerator(state: 13)
    var matched = 0
    for _ in 0..<3_000 {
      let candidate = generator.text(from: Self.alphabet, length: 1 + generator.next(24))
      let query = generator.text(from: Array("abé xж東"), length: 1 + generator.next(4))
      let pattern = Pattern(bytes: TextFolding.fold(query).lower)
      let (cased, lower) = TextFolding.fold(candidate)
      cased.withUnsafeBufferPointer { cased in
        lower.withUnsafeBufferPointer { lower in
          let text = FoldedSlice(match: lower, cased: cased)
          let score = FuzzyScorer.score(pattern, in: text, placement: .fuzzy, scratch: .init())
          let starts = FuzzyScorer.positions(pattern, in: text, placement: .fuzzy)
          let naive = Array(lower).isSubsequence(pattern.bytes)
          #expect((score != nil) == naive, "\(query) in \(candidate)")
          #expect((starts != nil) == naive, "\(query) in \(candidate)")
          guard let score, let starts else { return }
          matched += 1
          #expect(starts == starts.sorted() && Set(starts).count == starts.count)
          for (character, start) in starts.enumerated() {
            let bytes = pattern.characters[character]
            #expect(Array(lower[start..<start + bytes.count]) == Array(bytes))
          }
          #expect(
            abs(Self.score(of: starts, lengths: pattern.lengths, in: cased) - score) < 1e-9,
            "\(query) in \(candidate)")
          if lower.count <= 14 {
            let best = Self.bestScore(pattern, in: text)
            #expect(abs(best - score) < 1e-9, "\(query) in \(candidate)")
          }
        }
      }
    }
    #expect(matched > 500)
  }
}

extension Array where Element == UInt8 {
  /// True when `needle`'s bytes appear in order, each multi-byte character kept whole.
  fileprivate func isSubsequence(_ needle: [UInt8]) -> Bool {
    let characters = Pattern(bytes: needle).characters
    var from = 0
    for character in characters {
      var found = false
      while from + character.count <= count {
        if Array(self[from..<from + character.count]) == Array(character) {
          found = true
          from += character.count
          break
        }
        from += 1
      }
      if !found { return false }
    }
    return true
  }
}
