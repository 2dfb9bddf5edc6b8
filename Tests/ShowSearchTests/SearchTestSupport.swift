@testable import ShowSearch

// MARK: - Helpers

/// The candidates a fresh index returns for the query, best first.
func ranked(_ query: String, in candidates: [String], limit: Int? = nil) -> [String] {
  SearchIndex(candidates).search(SearchQuery(query), limit: limit).map { candidates[$0.index] }
}

/// The match of one candidate, in-order only.
func match(_ query: String, _ candidate: String) -> Match? {
  FuzzyMatcher.match(SearchQuery(query), in: candidate)
}

/// The match of one candidate, allowing one typo per term.
func typoMatch(_ query: String, _ candidate: String) -> Match? {
  FuzzyMatcher.matchAllowingTypos(SearchQuery(query), in: candidate)
}

/// The folded, lowercased spelling of a string.
func folded(_ text: String) -> String {
  String(decoding: TextFolding.fold(text).lower, as: UTF8.self)
}

/// The folded spelling of a string with letter case kept.
func foldedKeepingCase(_ text: String) -> String {
  String(decoding: TextFolding.fold(text).cased, as: UTF8.self)
}

/// A small deterministic generator, so that every run of a generated test checks the same
/// cases.
struct TestGenerator {
  var state: UInt64

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  /// One of `elements`.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[next(elements.count)]
  }

  /// `length` characters drawn from `alphabet`.
  mutating func text(from alphabet: [Character], length: Int) -> String {
    String((0..<length).map { _ in alphabet[next(alphabet.count)] })
  }
}
