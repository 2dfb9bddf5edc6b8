extension Catalog {
  /// Builds every relation in one pass over the entities, each reference looked up once.
  /// An entity is listed once under each source it cites: its citations are visited
  /// together, so the last member listed under a source tells whether it is there already.
  static func relations(of entities: [Entity], indexByID: [String: Int]) -> Relations {
    entities.withUnsafeBufferPointer { entities in
      relations(of: entities, indexByID: indexByID)
    }
  }

  /// `relations(of:indexByID:)` reading the entities in place, never copying one.
  private static func relations(
    of entities: UnsafeBufferPointer<Entity>, indexByID: [String: Int]
  ) -> Relations {
    let count = entities.count
    // Citations name a few sources many times: a table of the sources alone stays in the
    // processor's cache where the table of every id does not.
    var sourcesByID: [String: Int] = [:]
    for place in entities.indices where entities[place].kind == .source {
      if indexByID[entities[place].id] == place { sourcesByID[entities[place].id] = place }
    }
    func sourcePlace(_ id: String) -> Int? { sourcesByID[id] ?? indexByID[id] }
    var creditsByPerson = RelationTable.Builder(ownerLimit: count)
    var creditsByCharacter = RelationTable.Builder(ownerLimit: count)
    var threadsByCharacter = RelationTable.Builder(ownerLimit: count)
    var threadsBySeason = RelationTable.Builder(ownerLimit: count)
    var episodesBySeason = RelationTable.Builder(ownerLimit: count)
    var supportedBySource = RelationTable.Builder(ownerLimit: count)
    var articlesByOutlet = RelationTable.Builder(ownerLimit: count)
    var outletsByArticle = RelationTable.Builder(ownerLimit: count)
    var lastSupported = [Int32](repeating: -1, count: count)
    // The (outlet, article) pairs listed so far, as two places in one number.
    var reported = Set<UInt64>()
    for place in entities.indices {
      switch entities[place].payload {
      case .credit(let person, let character, _, _):
        if let owner = indexByID[person] { creditsByPerson.add(place, to: owner) }
        if let character, let owner = indexByID[character] {
          creditsByCharacter.add(place, to: owner)
        }
      case .thread(let characters, let seasons, _):
        for character in characters {
          if let owner = indexByID[character] { threadsByCharacter.add(place, to: owner) }
        }
        for season in seasons {
          if let owner = indexByID[season] { threadsBySeason.add(place, to: owner) }
        }
      case .episode(let season, _):
        if let owner = indexByID[season] { episodesBySeason.add(place, to: owner) }
      default:
        break
      }
      func support(by source: Int) {
        guard lastSupported[source] != Int32(place) else { return }
        lastSupported[source] = Int32(place)
        supportedBySource.add(place, to: source)
      }
      entities[place].forEachCitation { citation in
        let article = sourcePlace(citation.source)
        if let article { support(by: article) }
        guard let via = citation.via, let outlet = sourcePlace(via) else { return }
        support(by: outlet)
        guard let article, reported.insert(UInt64(outlet) << 32 | UInt64(article)).inserted
        else { return }
        articlesByOutlet.add(article, to: outlet)
        outletsByArticle.add(outlet, to: article)
      }
    }
    return Relations(
      creditsByPerson: creditsByPerson.build(), creditsByCharacter: creditsByCharacter.build(),
      threadsByCharacter: threadsByCharacter.build(), threadsBySeason: threadsBySeason.build(),
      episodesBySeason: episodesBySeason.build(), supportedBySource: supportedBySource.build(),
      articlesByOutlet: articlesByOutlet.build(), outletsByArticle: outletsByArticle.build())
  }

  /// The names of the entities related to the one at `place`, each with how it is related:
  /// the actors of a character, the characters and jobs of a person, the characters of a
  /// plot thread, in pack order.
  func relatedNames(of place: Int, _ body: (_ label: String, _ name: String) -> Void) {
    for credit in relations.creditsByCharacter.members(of: place) {
      guard case .credit(let person, _, _, _) = entities[Int(credit)].payload else { continue }
      body("played by", name(of: person))
    }
    for credit in relations.creditsByPerson.members(of: place) {
      guard case .credit(_, let character, let job, _) = entities[Int(credit)].payload else {
        continue
      }
      if let character { body("plays", name(of: character)) }
      if let job { body("job", job) }
    }
    if case .thread(let characters, _, _) = entities[place].payload {
      for character in characters { body("character", name(of: character)) }
    }
  }
}

extension Entity {
  /// Calls `body` with every citation it carries, its own then those of its facts' claims:
  /// `allCitations` without building the array.
  func forEachCitation(_ body: (Citation) -> Void) {
    for citation in citations { body(citation) }
    for fact in facts {
      for claim in fact.claims {
        for citation in claim.citations { body(citation) }
      }
    }
  }
}
