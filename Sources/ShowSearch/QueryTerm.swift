// MARK: - Query term

/// One space-separated term of a query, with the spellings that are one typo away from it.
struct QueryTerm: Sendable {
  /// Terms shorter than this many characters never match with a typo.
  static let minimumTypoLength = 4

  /// The term as typed, folded.
  let pattern: Pattern
  /// Spellings one typo away: adjacent letters swapped first, then one letter left out (which
  /// also covers an extra or a wrong letter, since the rest may match anywhere in order).
  let typoVariants: [Pattern]

  /// Builds a term from its folded bytes; without `allowsTypos` it has no typo spellings.
  init(bytes: [UInt8], allowsTypos: Bool = true) {
    let pattern = Pattern(bytes: bytes)
    self.pattern = pattern
    guard allowsTypos, pattern.characterCount >= Self.minimumTypoLength else {
      typoVariants = []
      return
    }
    let characters = pattern.characters
    var seen: Set<[UInt8]> = [bytes]
    var variants: [Pattern] = []
    func add(_ candidate: [ArraySlice<UInt8>]) {
      let variant = Pattern(characters: candidate)
      if seen.insert(variant.bytes).inserted {
        variants.append(variant)
      }
    }
    for offset in 0..<(characters.count - 1) where characters[offset] != characters[offset + 1] {
      var swapped = characters
      swapped.swapAt(offset, offset + 1)
      add(swapped)
    }
    for offset in 0..<characters.count {
      var shortened = characters
      shortened.remove(at: offset)
      add(shortened)
    }
    typoVariants = variants
  }

  /// Whether this term may match with a typo.
  var allowsTypos: Bool { !typoVariants.isEmpty }
}
