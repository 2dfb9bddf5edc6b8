import Foundation
import ShowSearch

extension Catalog {
  /// One term's best match on one entity: in which tier, with what score, and what it shows.
  struct TermMatch {
    var tier: MatchTier
    var score: Double
    var label: String
    var text: String
    var positions: [Int]
  }

  /// The entities whose fields and links hold every term of `query`, each term anywhere
  /// (its name, a linked name, a fact's label or value, a quote, or the words that say what
  /// it is): "clay actor" finds Dylan Minnette, who plays Clay and is an actor; "season two"
  /// finds Season 2. A term matches as typed, as a run of letters, or as the digits of a
  /// number word. For each entity found: the term matches, in the query's order.
  ///
  /// A one-term query is matched by the ranking of whole fields; here it adds only what
  /// those fields cannot: the words of kinds, roles and marks, and number words.
  func termMatches(of query: SearchQuery, kind: EntityKind?) -> [Int: [TermMatch]] {
    let terms = query.terms
    guard !terms.isEmpty else { return [:] }
    var found: [Int: [TermMatch?]] = [:]
    for (position, term) in terms.enumerated() {
      let spellings = [term] + (NumberWords.digits[term].map { [$0] } ?? [])
      var best: [Int: TermMatch] = [:]
      func offer(_ entity: Int, _ match: TermMatch) {
        if let kind, entities[entity].kind != kind { return }
        if let known = best[entity],
          known.tier < match.tier || (known.tier == match.tier && known.score >= match.score)
        {
          return
        }
        best[entity] = match
      }
      for (offset, spelling) in spellings.enumerated() where terms.count > 1 || offset > 0 {
        let single = SearchQuery(spelling, allowsTypos: false)
        for tier in [MatchTier.name, .related, .text] {
          let tierIndex = searchIndex.index(of: tier, in: self)
          for hit in tierIndex.index.search(single, limit: nil) {
            guard Self.isCompact(hit.match, terms: 1) else { continue }
            let entity = Int(tierIndex.fields[hit.index].entity)
            // A field equal to one term is not equal to the query.
            let score =
              hit.match.score >= SearchIndex.exactCandidateBonus
              ? hit.match.score - SearchIndex.exactCandidateBonus : hit.match.score
            offer(
              entity,
              TermMatch(
                tier: tier, score: score, label: tierIndex.label(hit.index),
                text: tierIndex.text(hit.index), positions: hit.match.positions))
          }
        }
      }
      for spelling in spellings where spelling.count >= SearchKeyword.shortestPrefix {
        forEachKeyword(startingWith: spelling) { entity, keyword, positions in
          offer(
            entity,
            TermMatch(
              tier: keyword.tier, score: ScoreWeights.keyword, label: keyword.label,
              text: keyword.text, positions: positions))
        }
      }
      if position == 0 {
        for (entity, match) in best {
          var matches = [TermMatch?](repeating: nil, count: terms.count)
          matches[0] = match
          found[entity] = matches
        }
      } else {
        for entity in Array(found.keys) {
          if let match = best[entity] {
            found[entity]?[position] = match
          } else {
            found[entity] = nil
          }
        }
      }
    }
    return found.compactMapValues { matches in
      let all = matches.compactMap { $0 }
      return all.count == terms.count ? all : nil
    }
  }

  /// Calls `body` with every entity but credits that has a keyword with a word starting
  /// with `term`, the keyword, and the positions of the term in it. The keywords are read
  /// from the entities as each search needs them, so that no search keeps them.
  private func forEachKeyword(
    startingWith term: String, _ body: (Int, SearchKeyword, [Int]) -> Void
  ) {
    let kinds = EntityKind.allCases.compactMap { kind -> (EntityKind, SearchKeyword, [Int])? in
      let keyword = SearchKeyword(tier: .related, label: "kind", text: kind.label)
      return keyword.positions(ofPrefix: term).map { (kind, keyword, $0) }
    }
    let role = SearchKeyword(tier: .related, label: "role", text: "actor, actress, cast")
    let rolePositions = role.positions(ofPrefix: term)
    let mark = SearchKeyword(tier: .related, label: "marked", text: "cliffhanger")
    let markPositions = mark.positions(ofPrefix: term)
    let relations = rolePositions == nil ? nil : self.relations
    var factLabels: [String: (keyword: SearchKeyword, positions: [Int]?)] = [:]
    for place in entities.indices where entities[place].kind != .credit {
      for (kind, keyword, positions) in kinds where entities[place].kind == kind {
        body(place, keyword, positions)
      }
      if let rolePositions, let relations, playsACharacter(place, in: relations) {
        body(place, role, rolePositions)
      }
      if let markPositions, case .thread(_, _, true) = entities[place].payload {
        body(place, mark, markPositions)
      }
      for fact in entities[place].facts {
        // Packs repeat a few labels over many entities: each is folded once a search.
        let label: (keyword: SearchKeyword, positions: [Int]?)
        if let known = factLabels[fact.label] {
          label = known
        } else {
          let keyword = SearchKeyword(tier: .text, label: "fact", text: fact.label)
          label = (keyword, keyword.positions(ofPrefix: term))
          factLabels[fact.label] = label
        }
        if let positions = label.positions { body(place, label.keyword, positions) }
      }
    }
  }

  /// True when the entity at `place` is a person credited with a character.
  private func playsACharacter(_ place: Int, in relations: Relations) -> Bool {
    relations.creditsByPerson.members(of: place).contains { credit in
      guard case .credit(_, let character, _, _) = entities[Int(credit)].payload else {
        return false
      }
      return character != nil
    }
  }

  /// The score of a term that begins a word of a keyword: a whole-word match's bonus.
  private enum ScoreWeights {
    static let keyword = 2.5
  }
}

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

  /// The positions in `text` of the first word that begins with `term`, or nil.
  func positions(ofPrefix term: String) -> [Int]? {
    guard let found = words.first(where: { $0.word.hasPrefix(term) }) else { return nil }
    return Array(found.offset..<found.offset + term.count)
  }

  /// Lowercased without diacritics, as query terms are folded.
  static func fold(_ word: String) -> String {
    word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
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
