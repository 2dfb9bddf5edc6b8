// MARK: - A term in order, or with one character left out

/// How a term stands in a text: in order, in order only with one of its characters left
/// out (the most a typo leaves out), or neither.
enum TermPresence {
  case inOrder
  case leavingOneOut
  case absent
}

extension CandidateScorer {
  /// How a term of a prepared query stands in a text read in place (plain ASCII folded on
  /// the fly), as `ScanQuery.containsInOrder` and `mayMatchLeavingOneOut` would say
  /// together. A term of plain ASCII is followed in one pass: the longest prefix matched in
  /// order, and the longest matched with one character left out, which is either that
  /// prefix's next character or one left out earlier.
  @inline(__always)
  func presence(
    of term: ScanQuery.Term, of query: ScanQuery, in text: UnsafePointer<UInt8>, count: Int
  ) -> TermPresence {
    let length = term.count
    guard term.characters == length else {
      if query.containsInOrder(term, in: text, count: count) { return .inOrder }
      return mayMatchLeavingOneOut(term, of: query, in: text, count: count)
        ? .leavingOneOut : .absent
    }
    let bytes = query.bytes + term.start
    let folds = query.folds + term.start
    var exact = 0
    var oneOut = 1
    for offset in 0..<count {
      let byte = text[offset]
      var next = max(oneOut, exact + 1)
      if next < length && byte | folds[next] == bytes[next] {
        next += 1
      }
      if byte | folds[exact] == bytes[exact] {
        exact += 1
        if exact == length { return .inOrder }
      }
      oneOut = next
    }
    return max(oneOut, exact + 1) >= length ? .leavingOneOut : .absent
  }

  /// Whether every term of a prepared query appears in the text read in place, in order or
  /// with one character left out: nil when some term does not, else whether all are in
  /// order.
  @inline(__always)
  func allInOrder(
    _ query: ScanQuery, orLeavingOneOutIn text: UnsafePointer<UInt8>, count: Int
  ) -> Bool? {
    var allInOrder = true
    for index in 0..<query.terms.count {
      switch presence(of: query.terms[index], of: query, in: text, count: count) {
      case .inOrder: continue
      case .leavingOneOut: allInOrder = false
      case .absent: return nil
      }
    }
    return allInOrder
  }
}
