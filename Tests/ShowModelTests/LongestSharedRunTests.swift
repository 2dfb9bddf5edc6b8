import Testing

@testable import ShowModel

/// The longest run a quote shares with its article: right against a brute-force oracle,
/// linear in the article, and worded in the validator's "quote not found".
@Suite struct LongestSharedRunTests {
  /// The longest shared run by trying every pair of starts.
  static func oracle(_ quote: [UInt8], _ text: [UInt8]) -> Int {
    var best = 0
    for start in quote.indices {
      for other in text.indices {
        var length = 0
        while start + length < quote.count && other + length < text.count
          && quote[start + length] == text[other + length]
        {
          length += 1
        }
        best = max(best, length)
      }
    }
    return best
  }

  @Test func agreesWithTheOracleOnSmallAlphabets() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let quote = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        UInt8.random(in: 97...99, using: &generator)
      }
      let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
        UInt8.random(in: 97...99, using: &generator)
      }
      var steps = 0
      let run = LongestSharedRun.find(quote: quote, in: text, steps: &steps)
      #expect(run.length == Self.oracle(quote, text), "\(quote) in \(text)")
      if run.length > 0 {
        #expect(
          quote[run.quoteStart..<run.quoteStart + run.length]
            == text[run.textStart..<run.textStart + run.length], "\(quote) in \(text)")
      }
      let uncounted = LongestSharedRun.find(quote: quote, in: text)
      #expect(
        [uncounted.quoteStart, uncounted.textStart, uncounted.length]
          == [run.quoteStart, run.textStart, run.length], "\(quote) in \(text)")
    }
  }

  /// Articles that make naive searches quadratic: one letter repeated, a repeated phrase.
  static func article(_ name: String, size: Int) -> [UInt8] {
    name == "one letter"
      ? Array(repeating: UInt8(ascii: "a"), count: size)
      : Array(String(repeating: "ab", count: size / 2).utf8)
  }

  @Test(arguments: ["one letter", "a phrase"])
  func workGrowsLinearlyWithTheArticle(_ name: String) {
    let quote = Array(
      (String(repeating: "a", count: 2_000) + "b" + String(repeating: "ab", count: 500)).utf8)
    var previous = 0
    for size in [100_000, 200_000, 400_000] {
      var steps = 0
      _ = LongestSharedRun.find(quote: quote, in: Self.article(name, size: size), steps: &steps)
      #expect(steps <= 4 * (size + quote.count), "\(name), \(size): \(steps) steps")
      if previous > 0 {
        #expect(
          Double(steps) <= 2.2 * Double(previous), "\(name), \(size): \(steps) after \(previous)")
      }
      previous = steps
    }
  }

  @Test func theMessageShowsThePassageAndTheFirstDifference() {
    let folded = QuoteLocator.folded("Hannah Baker (Katherine Langford) left 13 tapes.")
    let mismatch = QuoteMismatch(
      quote: "Katherine Langford plays Hannah", folded: folded)
    #expect(
      mismatch.description
        == "; closest passage: \"Katherine Langford) left 13 tap\", which differs at character 19: \" \" in the quote, \")\" in the article"
    )
  }

  @Test func aQuoteRunningPastTheArticlesEndSaysSo() {
    let folded = QuoteLocator.folded("It ends with Clay")
    let mismatch = QuoteMismatch(quote: "with Clay Jensen", folded: folded)
    #expect(
      mismatch.description
        == "; closest passage: \"with Clay\", which differs at character 10: \" \" in the quote, the article's end"
    )
  }

  @Test func aQuoteSharingNothingSaysSo() {
    let mismatch = QuoteMismatch(
      quote: "xyz", folded: QuoteLocator.folded("abc"))
    #expect(mismatch.description == "; the article shares no character with it")
  }

  @Test func theDifferenceIsAWholeCharacter() {
    let mismatch = QuoteMismatch(
      quote: "Zoë said", folded: QuoteLocator.folded("Zoé said"))
    #expect(
      mismatch.description.hasSuffix(
        "differs at character 3: \"ë\" in the quote, \"é\" in the article"))
  }
}

/// A pack with many quotes missing from one long article: only the first few are each
/// compared with the whole article, so the check stays linear in the pack.
@Suite struct QuoteMismatchBoundTests {
  @Test func onlyTheFirstQuotesNotFoundInAnArticleAreExplained() {
    let missing = 3 * QuoteMismatch.perArticle
    let citations = (0..<missing).map { Citation(source: "a", quote: "absent quote \($0)") }
    let show = Entity(
      id: "show", kind: .show, name: "Show", citations: citations, payload: .show)
    let article = Entity(
      id: "a", kind: .source, name: "A",
      payload: .source(
        kind: .article, text: String(repeating: "words of the article ", count: 1_000)))
    let problems = PackValidator.problems(
      in: Pack(entities: [show, article], paths: ["show", "sources[0]"])
    )
    .filter { $0.message.hasPrefix("quote not found") }
    #expect(problems.count == missing)
    #expect(
      problems.filter { $0.message.contains("closest passage") }.count
        == QuoteMismatch.perArticle)
  }
}
