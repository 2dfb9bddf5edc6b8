import Testing

@testable import ShowSearch

// MARK: - Narrowing while typing

@Suite struct IncrementalSearchTests {
  static let words = [
    "Hannah", "Baker", "Clay", "Jensen", "Zoë", "Søren", "Lucía", "Núñez", "Langford", "hanna",
    "Bakerson", "HannahBaker", "tape", "side", "S1E01", "山田", "Анна", "Иванова", "(as",
    "Jessica)", "é", "Hanah",
  ]

  /// A few thousand deterministic candidates, with repeats, case and diacritics.
  static let candidates: [String] = {
    var shuffler = TestGenerator(state: 4)
    return (0..<1_500).map { _ in
      (0..<(1 + shuffler.next(4))).map { _ in shuffler.pick(words) }.joined(separator: " ")
    }
  }()

  static let index = SearchIndex(candidates, parallelThreshold: 0, chunks: 3)

  /// Queries typed one character at a time and deleted again, as a person would.
  static let typed = [
    "hannah baker", "Hannah B", "hanbak", "langfrod", "zoe", "søren núñez", "tape side",
    "s1e0", "анна ив", "hannnah", "bakre han", "HB", "山田", "a b c", "jessica)", "xyzzy",
    "hannah  baker", "Hana",
  ]

  @Test func typingAndDeletingGivesWhatAFreshSearchGives() {
    for text in Self.typed {
      let typing = IncrementalSearch(index: Self.index)
      let characters = Array(text)
      let steps =
        (0...characters.count).map { String(characters.prefix($0)) }
        + (0..<characters.count).reversed().map { String(characters.prefix($0)) }
      for step in steps {
        for limit in [nil, 7] {
          let query = SearchQuery(step)
          #expect(
            typing.search(query, limit: limit) == Self.index.search(query, limit: limit),
            "\(step) limit \(String(describing: limit))")
        }
      }
    }
  }

  @Test func randomPrefixesNarrowLikeFreshSearches() {
    var shuffler = TestGenerator(state: 99)
    let alphabet = Array("hanbkerlcyjsöøzeüíu Hé1山анд")
    for _ in 0..<60 {
      let typing = IncrementalSearch(index: Self.index)
      var text = ""
      for _ in 0..<(2 + shuffler.next(9)) {
        if !text.isEmpty && shuffler.next(5) == 0 {
          text.removeLast()
        } else {
          text.append(shuffler.pick(alphabet))
        }
        let query = SearchQuery(text)
        let limit = shuffler.next(3) == 0 ? nil : 1 + shuffler.next(20)
        #expect(
          typing.search(query, limit: limit) == Self.index.search(query, limit: limit),
          "\(text)")
      }
    }
  }

  @Test func narrowsOnlyWhenEveryEarlierTermStartsTheNewOne() {
    let narrows = { (new: String, old: String) in
      IncrementalSearch.narrows(SearchQuery(new), from: SearchQuery(old))
    }
    #expect(narrows("hann", "han"))
    #expect(narrows("hannah b", "hannah"))
    #expect(narrows("hannah b", "han"))
    #expect(!narrows("han", "hann"))
    #expect(!narrows("Hann", "han"))
    #expect(!narrows("bak han", "han"))
    #expect(IncrementalSearch.sameTerms(SearchQuery("hannah "), SearchQuery(" hannah")))
    #expect(!IncrementalSearch.sameTerms(SearchQuery("ab"), SearchQuery("a b")))
  }

  @Test func typoMatchesSurviveNarrowing() {
    let typing = IncrementalSearch(index: Self.index)
    for step in ["l", "la", "lan", "lang", "langf", "langfr", "langfro", "langfrod"] {
      let query = SearchQuery(step)
      #expect(typing.search(query, limit: 10) == Self.index.search(query, limit: 10))
    }
    #expect(typing.search(SearchQuery("langfrod"), limit: 10).contains { $0.match.typos == 1 })
  }

  /// A query that admits no typo is not answered with the hits of the same words that
  /// admitted them: a catalog asks one index for both.
  @Test func aQueryWithoutTyposIsNotAnsweredFromOneWithThem() {
    let typing = IncrementalSearch(index: Self.index)
    let tolerant = typing.search(SearchQuery("langfrod"), limit: 10)
    #expect(tolerant.contains { $0.match.typos == 1 })
    let strict = SearchQuery("langfrod", allowsTypos: false)
    #expect(typing.search(strict, limit: 10) == Self.index.search(strict, limit: 10))
    #expect(typing.search(strict, limit: 10).allSatisfy { $0.match.typos == 0 })
  }

  /// A longer query reads only what the shorter one kept; a query seen before reads nothing.
  @Test func aLongerQueryScansOnlyTheSurvivorsOfTheShorterOne() {
    let names = (0..<1_000).map { $0 % 100 == 0 ? "Hannah Baker \($0)" : "Person \($0)" }
    let index = SearchIndex(names)
    let typing = IncrementalSearch(index: index)
    _ = typing.search(SearchQuery("hannah"), limit: 7)
    // Ten lines match in order, under the typo threshold: the typo pass read every line too.
    let first = typing.candidatesScanned
    #expect(first == 2_000)
    let hits = typing.search(SearchQuery("hannah b"), limit: 7)
    #expect(hits == index.search(SearchQuery("hannah b"), limit: 7))
    #expect(typing.candidatesScanned - first <= 100)
    let narrowed = typing.candidatesScanned
    _ = typing.search(SearchQuery("hannah"), limit: 7)
    #expect(typing.candidatesScanned == narrowed)
  }

  /// Typed a letter at a time, a query narrows its typo pass from the last query that had
  /// one: the first short query's survivors, which had none, made every later typo pass
  /// read every line again.
  @Test func theTypoPassNarrowsFromTheLastQueryThatRanOne() {
    let names = (0..<1_000).map { $0 % 100 == 0 ? "Hannah Baker \($0)" : "Person \($0)" }
    let index = SearchIndex(names)
    let typing = IncrementalSearch(index: index)
    var scanned: [Int] = []
    for length in 1...6 {
      let before = typing.candidatesScanned
      let query = SearchQuery(String("hannah".prefix(length)))
      #expect(typing.search(query, limit: 7) == index.search(query, limit: 7))
      scanned.append(typing.candidatesScanned - before)
    }
    // "hann" is the first to admit a typo; from "hanna" on, both passes narrow.
    #expect(scanned[4] <= 100, "\(scanned)")
    #expect(scanned[5] <= 100, "\(scanned)")
  }
}
