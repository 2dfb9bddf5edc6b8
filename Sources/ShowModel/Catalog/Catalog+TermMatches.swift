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
  /// The longest term is looked for in every field; each other term only in the fields of
  /// the entities found so far, so that a short term ("b") costs no more than they hold.
  /// A one-term query is matched by the ranking of whole fields; here it adds only what
  /// those fields cannot: the words of kinds, roles and marks, and number words.
  func termMatches(of query: SearchQuery, kind: EntityKind?) -> [Int: [TermMatch]] {
    var work = TermMatchWork()
    return termMatches(
      of: query, kind: kind, through: .text, work: &work, fetchTerm: fetchTermAfresh)
  }

  /// What finding term matches did, for tests that check it reads no more than it needs.
  struct TermMatchWork {
    /// The fields matched one by one (those of the entities the longest term found).
    var fieldsMatched = 0
    /// The entities whose keywords were read one by one.
    var keywordEntities = 0
    /// How many times a tier's index was searched for a term.
    var tierSearches = 0
    /// Each tier's hits for each spelling of a term searched so far, so that the passes of
    /// one search through the tiers never search one tier for one term twice.
    var hits: [String: [MatchTier: [SearchHit]]] = [:]
  }

  /// `termMatches(of:kind:)`, counting its work into `work`. The longest term is looked for
  /// in the fields `fetchTerm` gives: for a search with a limit, the best field of each of
  /// the entities its ranking alone lists, so that a query of several words costs what a
  /// list of results needs, not what every field holding its longest word would ("hannah
  /// b" on a pack of thousands of Hannahs). Only the tiers up to `through` are read, so that
  /// a search whose names fill the list builds no later tier's index: an entity whose every
  /// term matches in those tiers is found as it would be with all of them, since each
  /// term's best match is in its most direct tier.
  func termMatches(
    of query: SearchQuery, kind: EntityKind?, through: MatchTier,
    work: inout TermMatchWork, fetchTerm: TermFetch
  ) -> [Int: [TermMatch]] {
    let tiers = [MatchTier.name, .related, .text].filter { $0 <= through }
    let terms = query.terms
    guard !terms.isEmpty else { return [:] }
    // Longest first, then in the order typed.
    let order = terms.indices.sorted { (terms[$0].count, $1) > (terms[$1].count, $0) }
    var found: [Int: [TermMatch?]]?
    for position in order {
      let term = terms[position]
      let spellings = [term] + (NumberWords.digits[term].map { [$0] } ?? [])
      var best: [Int: TermMatch] = [:]
      func offer(_ entity: Int, _ match: TermMatch) {
        if let kind, entities[entity].kind != kind { return }
        if match.tier > through { return }
        if let known = best[entity],
          known.tier < match.tier || (known.tier == match.tier && known.score >= match.score)
        {
          return
        }
        best[entity] = match
      }
      for (offset, spelling) in spellings.enumerated() {
        // Every keyword is less direct than a name.
        let keywords = KeywordMatcher(term: through > .name ? spelling : "", in: self)
        let single = SearchQuery(spelling, allowsTypos: false)
        if let candidates = found {
          for entity in candidates.keys {
            for tier in tiers {
              let tierIndex = searchIndex.index(of: tier, in: self)
              for field in Self.fields(of: entity, in: tierIndex) {
                work.fieldsMatched += 1
                guard let match = tierIndex.index.match(single, at: field) else { continue }
                offerField(field, match, of: tier, in: tierIndex, to: offer)
              }
            }
            work.keywordEntities += 1
            keywords.forEachMatch(of: entity) { offer(entity, $0) }
          }
        } else {
          if terms.count > 1 || offset > 0 {
            for tier in tiers {
              let tierIndex = searchIndex.index(of: tier, in: self)
              let hits =
                work.hits[spelling]?[tier]
                ?? {
                  work.tierSearches += 1
                  let hits = fetchTerm(tier, spelling)
                  work.hits[spelling, default: [:]][tier] = hits
                  return hits
                }()
              for hit in hits {
                offerField(hit.index, hit.match, of: tier, in: tierIndex, to: offer)
              }
            }
          }
          for place in keywords.candidates() {
            work.keywordEntities += 1
            keywords.forEachMatch(of: place) { offer(place, $0) }
          }
        }
      }
      if var narrowed = found {
        for entity in Array(narrowed.keys) {
          if let match = best[entity] {
            narrowed[entity]?[position] = match
          } else {
            narrowed[entity] = nil
          }
        }
        found = narrowed
      } else {
        var first: [Int: [TermMatch?]] = [:]
        for (entity, match) in best {
          var matches = [TermMatch?](repeating: nil, count: terms.count)
          matches[position] = match
          first[entity] = matches
        }
        found = first
      }
    }
    return (found ?? [:]).compactMapValues { matches in
      let all = matches.compactMap { $0 }
      return all.count == terms.count ? all : nil
    }
  }

  /// Offers the match of one term on the field at `field` of a tier's index, if the term
  /// is one run of letters there.
  private func offerField(
    _ field: Int, _ match: Match, of tier: MatchTier, in tierIndex: CatalogSearchIndex.TierIndex,
    to offer: (Int, TermMatch) -> Void
  ) {
    guard Self.isCompact(match, terms: 1) else { return }
    // A field equal to one term is not equal to the query.
    let score =
      match.score >= SearchIndex.exactCandidateBonus
      ? match.score - SearchIndex.exactCandidateBonus : match.score
    offer(
      Int(tierIndex.fields[field].entity),
      TermMatch(
        tier: tier, score: score, label: tierIndex.label(field), text: tierIndex.text(field),
        positions: match.positions))
  }

  /// The places in a tier's index of the fields of the entity at `entity`: the fields are in
  /// entity order, so a binary search finds them.
  static func fields(of entity: Int, in tierIndex: CatalogSearchIndex.TierIndex) -> Range<Int> {
    let fields = tierIndex.fields
    func firstField(after limit: Int) -> Int {
      var low = 0
      var high = fields.count
      while low < high {
        let middle = (low + high) / 2
        if Int(fields[middle].entity) < limit { low = middle + 1 } else { high = middle }
      }
      return low
    }
    return firstField(after: entity)..<firstField(after: entity + 1)
  }

  /// The keywords of entities that a term begins a word of: their kinds, the role of a
  /// person who plays a character, a thread's mark, and the labels of facts. They are read
  /// from the entities as each search needs them, so that no search keeps them.
  struct KeywordMatcher {
    let catalog: Catalog
    let term: String
    let kinds: [(EntityKind, SearchKeyword, [Int])]
    let role = SearchKeyword(tier: .related, label: "role", text: "actor, actress, cast")
    let rolePositions: [Int]?
    let mark = SearchKeyword(tier: .related, label: "marked", text: "cliffhanger")
    let markPositions: [Int]?
    let relations: Relations?
    /// The catalog's fact labels, each folded once.
    let keywordPlaces: KeywordPlaces?
    /// The positions of the term in each fact label it begins a word of, by label.
    let factLabels: [String: (keyword: SearchKeyword, positions: [Int])]

    /// Matches `term`, which matches nothing when it is shorter than
    /// `SearchKeyword.shortestPrefix`.
    init(term: String, in catalog: Catalog) {
      self.catalog = catalog
      self.term = term.count >= SearchKeyword.shortestPrefix ? term : ""
      let term = self.term
      kinds = EntityKind.allCases.compactMap { kind -> (EntityKind, SearchKeyword, [Int])? in
        let keyword = SearchKeyword(tier: .related, label: "kind", text: kind.label)
        return keyword.positions(ofPrefix: term).map { (kind, keyword, $0) }
      }
      rolePositions = role.positions(ofPrefix: term)
      markPositions = mark.positions(ofPrefix: term)
      relations = rolePositions == nil ? nil : catalog.relations
      keywordPlaces = term.isEmpty ? nil : catalog.searchIndex.keywordPlaces(of: catalog)
      var factLabels: [String: (keyword: SearchKeyword, positions: [Int])] = [:]
      for label in keywordPlaces?.factLabels ?? [] {
        if let positions = label.keyword.positions(ofPrefix: term) {
          factLabels[label.keyword.text] = (label.keyword, positions)
        }
      }
      self.factLabels = factLabels
    }

    /// The places of the entities that may have a keyword the term begins a word of, in
    /// order: those of the kinds it names, the people who play a character, the marked
    /// threads, and the entities with a fact whose label it names. None when no keyword
    /// can match, so that most terms read no entity here.
    func candidates() -> [Int] {
      guard let keywordPlaces else { return [] }
      var places: [UInt32] = []
      let kinds = Set(self.kinds.map(\.0))
      if !kinds.isEmpty {
        for place in catalog.entities.indices where kinds.contains(catalog.entities[place].kind) {
          places.append(UInt32(place))
        }
      }
      if rolePositions != nil, let relations {
        places += relations.creditsByPerson.ownerPlaces
      }
      if markPositions != nil { places += keywordPlaces.markedThreads }
      for label in keywordPlaces.factLabels where factLabels[label.keyword.text] != nil {
        places += label.places
      }
      var seen = Set<UInt32>()
      return places.filter { seen.insert($0).inserted }.sorted().map(Int.init)
    }

    /// Calls `body` with the match of each keyword of the entity at `place` (none for a
    /// credit, which its person and character stand for).
    func forEachMatch(of place: Int, _ body: (TermMatch) -> Void) {
      guard !term.isEmpty else { return }
      let entity = catalog.entities[place]
      guard entity.kind != .credit else { return }
      func report(_ keyword: SearchKeyword, _ positions: [Int]) {
        body(
          TermMatch(
            tier: keyword.tier, score: Catalog.KeywordWeights.keyword, label: keyword.label,
            text: keyword.text, positions: positions))
      }
      for (kind, keyword, positions) in kinds where entity.kind == kind {
        report(keyword, positions)
      }
      if let rolePositions, let relations, playsACharacter(place, in: relations) {
        report(role, rolePositions)
      }
      if let markPositions, case .thread(_, _, true) = entity.payload {
        report(mark, markPositions)
      }
      guard !factLabels.isEmpty else { return }
      for fact in entity.facts {
        if let label = factLabels[fact.label] { report(label.keyword, label.positions) }
      }
    }

    /// True when the entity at `place` is a person credited with a character.
    private func playsACharacter(_ place: Int, in relations: Relations) -> Bool {
      relations.creditsByPerson.members(of: place).contains { credit in
        guard case .credit(_, let character, _, _) = catalog.entities[Int(credit)].payload else {
          return false
        }
        return character != nil
      }
    }
  }

  /// The score of a term that begins a word of a keyword: a whole-word match's bonus.
  enum KeywordWeights {
    static let keyword = 2.5
  }
}
