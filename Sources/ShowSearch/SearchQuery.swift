// MARK: - Search query

/// A query parsed once: space-separated terms, folded; smart case.
///
/// Every term must match a candidate, in any order. Matching ignores letter case unless the
/// query holds an uppercase letter, and always ignores diacritics.
public struct SearchQuery: Sendable, Hashable {
  /// The text the query was parsed from.
  public let text: String
  /// True when the query holds an uppercase letter, so that case must match.
  public let isCaseSensitive: Bool
  /// The parsed terms, in the order they were typed.
  let parsedTerms: [QueryTerm]
  /// The folded terms joined by single spaces: a candidate equal to this is an exact match.
  let joined: [UInt8]
  /// For each term, whether it is long enough to match with a typo.
  let termAllowsTypos: [Bool]

  /// True when a term long enough may match with one typo.
  public let allowsTyposInTerms: Bool

  /// Parses a query: splits it at whitespace, folds each term, and decides case sensitivity.
  public init(_ text: String) {
    self.init(text, allowsTypos: true)
  }

  /// Parses a query; with `allowsTypos` false no term matches with a typo, for texts where
  /// a near miss is a different word rather than a misspelt name.
  public init(_ text: String, allowsTypos: Bool) {
    self.text = text
    self.allowsTyposInTerms = allowsTypos
    let caseSensitive = text.unicodeScalars.contains { $0.properties.isUppercase }
    var terms: [QueryTerm] = []
    var cased: [UInt8] = []
    var lower: [UInt8] = []
    func finishTerm() {
      let bytes = caseSensitive ? cased : lower
      if !bytes.isEmpty {
        terms.append(QueryTerm(bytes: bytes, allowsTypos: allowsTypos))
      }
      cased.removeAll(keepingCapacity: true)
      lower.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        finishTerm()
      } else {
        TextFolding.fold(scalar).append(cased: &cased, lower: &lower)
      }
    }
    finishTerm()
    self.isCaseSensitive = caseSensitive
    self.parsedTerms = terms
    self.joined = Array(terms.map(\.pattern.bytes).joined(separator: [0x20]))
    self.termAllowsTypos = terms.map(\.allowsTypos)
  }

  /// Calls `body` with each term's bytes as a buffer, for loops that must not retain arrays.
  func withNeedles<Result>(_ body: ([UnsafeBufferPointer<UInt8>]) -> Result) -> Result {
    joined.withUnsafeBufferPointer { joined in
      var needles: [UnsafeBufferPointer<UInt8>] = []
      var start = 0
      for term in parsedTerms {
        let end = start + term.pattern.bytes.count
        needles.append(UnsafeBufferPointer(rebasing: joined[start..<end]))
        start = end + 1
      }
      return body(needles)
    }
  }

  /// True when the query has no terms; an empty query matches everything.
  public var isEmpty: Bool { parsedTerms.isEmpty }

  /// The folded terms, as they are matched.
  public var terms: [String] {
    parsedTerms.map { String(decoding: $0.pattern.bytes, as: UTF8.self) }
  }

  /// Two queries are equal when they were parsed from the same text, with typos allowed
  /// or not alike.
  public static func == (left: SearchQuery, right: SearchQuery) -> Bool {
    left.text == right.text && left.allowsTyposInTerms == right.allowsTyposInTerms
  }

  /// Hashes the text the query was parsed from and whether it allows typos.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(allowsTyposInTerms)
  }

  /// True when at least one term is long enough to match with a typo.
  var allowsTypos: Bool { parsedTerms.contains(where: \.allowsTypos) }
}
