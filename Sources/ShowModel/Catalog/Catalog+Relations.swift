extension Catalog {
  /// Builds every relation in one pass over the entities, each reference looked up once.
  /// An entity is listed once under each source it cites: its citations are visited
  /// together, so the last member listed under a source tells whether it is there already.
  static func relations(of entities: [Entity], ids: EntityIDIndex) -> Relations {
    var fills: [(room: Int, pairs: Int)] = []
    return relations(of: entities, ids: ids, fills: &fills)
  }

  /// `relations(of:ids:)`, appending to `fills` how many pairs each relation's builder was
  /// sized for and how many it got, in the order of `Relations`' members.
  static func relations(
    of entities: [Entity], ids: EntityIDIndex, fills: inout [(room: Int, pairs: Int)]
  ) -> Relations {
    entities.withUnsafeBufferPointer { buffer in
      relations(of: buffer, fills: &fills) { ids.first($0, in: entities) }
    }
  }

  /// `relations(of:ids:)` reading the entities in place, never copying one; `placeOf`
  /// finds the first entity with an id.
  private static func relations(
    of entities: UnsafeBufferPointer<Entity>, fills: inout [(room: Int, pairs: Int)],
    placeOf: (String) -> Int?
  ) -> Relations {
    let count = entities.count
    // Citations name a few sources many times: a table of the sources alone stays in the
    // processor's cache where the table of every id does not.
    var sourcesByID: [String: Int] = [:]
    for place in entities.indices where entities[place].kind == .source {
      if placeOf(entities[place].id) == place { sourcesByID[entities[place].id] = place }
    }
    func sourcePlace(_ id: String) -> Int? { sourcesByID[id] ?? placeOf(id) }
    let room = pairCapacities(of: entities)
    var creditsByPerson = RelationTable.Builder(ownerLimit: count, capacity: room.credits)
    var creditsByCharacter = RelationTable.Builder(ownerLimit: count, capacity: room.credits)
    var threadsByCharacter = RelationTable.Builder(
      ownerLimit: count, capacity: room.threadCharacters)
    var threadsBySeason = RelationTable.Builder(ownerLimit: count, capacity: room.threadSeasons)
    var episodesBySeason = RelationTable.Builder(ownerLimit: count, capacity: room.episodes)
    var supportedBySource = RelationTable.Builder(
      ownerLimit: count, capacity: room.citations + room.reported)
    var articlesByOutlet = RelationTable.Builder(ownerLimit: count, capacity: room.reported)
    var outletsByArticle = RelationTable.Builder(ownerLimit: count, capacity: room.reported)
    var lastSupported = [Int32](repeating: -1, count: count)
    // The (outlet, article) pairs listed so far, as two places in one number.
    var reported = Set<UInt64>()
    for place in entities.indices {
      switch entities[place].payload {
      case .credit(let person, let character, _, _):
        if let owner = placeOf(person) { creditsByPerson.add(place, to: owner) }
        if let character, let owner = placeOf(character) {
          creditsByCharacter.add(place, to: owner)
        }
      case .thread(let characters, let seasons, _):
        for character in characters {
          if let owner = placeOf(character) { threadsByCharacter.add(place, to: owner) }
        }
        for season in seasons {
          if let owner = placeOf(season) { threadsBySeason.add(place, to: owner) }
        }
      case .episode(let season, _):
        if let owner = placeOf(season) { episodesBySeason.add(place, to: owner) }
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
    fills += [
      creditsByPerson.fill, creditsByCharacter.fill, threadsByCharacter.fill,
      threadsBySeason.fill, episodesBySeason.fill, supportedBySource.fill,
      articlesByOutlet.fill, outletsByArticle.fill,
    ]
    return Relations(
      creditsByPerson: creditsByPerson.build(), creditsByCharacter: creditsByCharacter.build(),
      threadsByCharacter: threadsByCharacter.build(), threadsBySeason: threadsBySeason.build(),
      episodesBySeason: episodesBySeason.build(), supportedBySource: supportedBySource.build(),
      articlesByOutlet: articlesByOutlet.build(), outletsByArticle: outletsByArticle.build())
  }

  /// At most how many pairs each relation gets, counted without looking up an id, so that
  /// every builder is sized once: credits, the characters and seasons of plot threads,
  /// episodes, citations, and citations reported from an outlet.
  static func pairCapacities(of entities: UnsafeBufferPointer<Entity>) -> (
    credits: Int, threadCharacters: Int, threadSeasons: Int, episodes: Int, citations: Int,
    reported: Int
  ) {
    var room = (
      credits: 0, threadCharacters: 0, threadSeasons: 0, episodes: 0, citations: 0, reported: 0
    )
    for place in entities.indices {
      switch entities[place].payload {
      case .credit: room.credits += 1
      case .thread(let characters, let seasons, _):
        room.threadCharacters += characters.count
        room.threadSeasons += seasons.count
      case .episode: room.episodes += 1
      default: break
      }
      entities[place].forEachCitation { citation in
        room.citations += 1
        if citation.via != nil { room.reported += 1 }
      }
    }
    return room
  }

  /// Where one related name is read: the name of an entity, the job of a credit, or an id
  /// that names no entity, which then stands for its name.
  enum RelatedName {
    case entityName(Int)
    case job(ofCredit: Int)
    case id(String)
  }

  /// Calls `body` with the names of the entities related to each entity but credits, entity
  /// after entity in pack order, each with how it is related: the actors of a character,
  /// the characters and jobs of a person, the characters of a plot thread. The people and
  /// characters of credits are read from the places the relations hold; only a thread's
  /// characters, whose order the relations do not keep, and ids the relations could not
  /// place are looked up by id, each counted in `idLookups`.
  func forEachRelatedName(
    in relations: Relations, idLookups: inout Int,
    _ body: (_ place: Int, _ label: String, _ name: RelatedName) -> Void
  ) {
    let personOfCredit = relations.creditsByPerson.ownerOfMembers(count: entities.count)
    let characterOfCredit = relations.creditsByCharacter.ownerOfMembers(count: entities.count)
    var creditsOfCharacter = RelationTable.Walk(relations.creditsByCharacter)
    var creditsOfPerson = RelationTable.Walk(relations.creditsByPerson)
    func lookUp(_ id: String) -> RelatedName {
      idLookups += 1
      return place(of: id).map { .entityName($0) } ?? .id(id)
    }
    // Through a pointer, so that no entity is copied to read its payload.
    entities.withUnsafeBufferPointer { entities in
      for place in entities.indices where entities[place].kind != .credit {
        for member in creditsOfCharacter.members(of: place) {
          let credit = Int(member)
          if personOfCredit[credit] >= 0 {
            body(place, "played by", .entityName(Int(personOfCredit[credit])))
          } else if case .credit(let person, _, _, _) = entities[credit].payload {
            body(place, "played by", lookUp(person))
          }
        }
        for member in creditsOfPerson.members(of: place) {
          let credit = Int(member)
          guard case .credit(_, let character, let job, _) = entities[credit].payload else {
            continue
          }
          if let character {
            let found = characterOfCredit[credit]
            body(place, "plays", found >= 0 ? .entityName(Int(found)) : lookUp(character))
          }
          if job != nil { body(place, "job", .job(ofCredit: credit)) }
        }
        if entities[place].kind == .thread,
          case .thread(let characters, _, _) = entities[place].payload
        {
          for character in characters { body(place, "character", lookUp(character)) }
        }
      }
    }
  }

  /// The text of a related name.
  func text(of name: RelatedName) -> String {
    switch name {
    case .entityName(let place): return entities[place].name
    case .job(let credit):
      guard case .credit(_, _, let job?, _) = entities[credit].payload else { return "" }
      return job
    case .id(let id): return id
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
