import ShowSearch

/// A word or words an entity may be found by that no field of it spells: its kind, the
/// role of a person who plays a character, a thread's mark, a fact's label.
struct SearchKeyword: Sendable {
  /// Terms shorter than this match no keyword: "c" would find every character.
  static let shortestPrefix = 3

  /// How directly the keyword belongs to the entity.
  var tier: MatchTier
  /// What the keyword is ("kind", "role", "fact").
  var label: String
  /// The keyword as shown.
  var text: String
  /// Its words, folded and lowercased, with the character offset each starts at.
  var words: [(word: String, offset: Int)]

  /// A keyword shown as `text`.
  init(tier: MatchTier, label: String, text: String) {
    self.tier = tier
    self.label = label
    self.text = text
    var words: [(String, Int)] = []
    var current = ""
    var start = 0
    for (offset, character) in text.enumerated() {
      if character.isLetter || character.isNumber {
        if current.isEmpty { start = offset }
        current.append(character)
      } else if !current.isEmpty {
        words.append((Self.fold(current), start))
        current = ""
      }
    }
    if !current.isEmpty { words.append((Self.fold(current), start)) }
    self.words = words
  }

  /// The positions in `text` of the first word that begins with `term`, or nil (always for
  /// an empty term).
  func positions(ofPrefix term: String) -> [Int]? {
    guard !term.isEmpty else { return nil }
    guard let found = words.first(where: { $0.word.hasPrefix(term) }) else { return nil }
    return Array(found.offset..<found.offset + term.count)
  }

  /// Lowercased without diacritics, as query terms are folded.
  static func fold(_ word: String) -> String {
    SearchQuery(word.lowercased(), allowsTypos: false).terms.first ?? ""
  }
}

/// The digits that number words and ordinals stand for, one to twenty.
enum NumberWords {
  /// "two" and "second" → "2", up to "twenty" and "twentieth".
  static let digits: [String: String] = {
    let cardinals = [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty",
    ]
    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]
    var digits: [String: String] = [:]
    for (offset, word) in cardinals.enumerated() { digits[word] = String(offset + 1) }
    for (offset, word) in ordinals.enumerated() { digits[word] = String(offset + 1) }
    return digits
  }()
}
