import Synchronization

/// A show opened for browsing: every entity by id, and the relations between them in both
/// directions, computed once, when first asked for.
public final class Catalog: Sendable {
  /// The show.
  public let show: Entity
  /// Every entity, the show first, then in pack order.
  public let entities: [Entity]
  /// The place of the first entity with each id: 4 bytes a slot, where a `[String: Int]`
  /// took about 64 an entity.
  let ids: EntityIDIndex
  /// The relations once built: see `relations`.
  private let builtRelations = Mutex<Relations?>(nil)
  /// How many facts of the pack are disagreements (more than one claim), for the show's
  /// link to the Disagreements page: counted once, as the catalog opens.
  let disagreementCount: Int
  /// The Disagreements page once built, and how many times it was: see `disagreements()`.
  let builtDisagreements = Mutex<(page: DisagreementsPage?, builds: Int)>((nil, 0))
  /// Whether an episode has a rating, once looked for: see `RatingsGrid.hasRatings`.
  let foundRatings = Mutex<Bool?>(nil)
  /// The index that `search` ranks with.
  let searchIndex = CatalogSearchIndex()
  /// The counts of the whole show, when this catalog holds only its outline (the show,
  /// its seasons and threads, and the sources the show cites): enough for its first
  /// screen, which is drawn from it while the rest is read. Nil for a whole show.
  public let outlineCounts: ShowCounts?

  /// Every relation of a catalog, each a table from an entity's place to places.
  struct Relations: Sendable {
    /// Credits by the person they credit.
    var creditsByPerson: RelationTable
    /// Credits by the character played.
    var creditsByCharacter: RelationTable
    /// Plot threads by the characters in them.
    var threadsByCharacter: RelationTable
    /// Plot threads by the seasons they run through.
    var threadsBySeason: RelationTable
    /// Episodes by their season.
    var episodesBySeason: RelationTable
    /// Entities by the sources (articles and outlets) they cite, each once.
    var supportedBySource: RelationTable
    /// Articles by the outlets they report from, each once.
    var articlesByOutlet: RelationTable
    /// Outlets by the articles that report from them, each once.
    var outletsByArticle: RelationTable
  }

  /// Opens a pack that has passed validation. Takes the pack over: its entities become the
  /// catalog's, named in place rather than copied, when the caller passes its last use.
  /// Relations are kept by place, and every id is looked up once where it is used.
  /// The reader's index by id is taken over when the pack has one.
  public convenience init(pack: consuming Pack) {
    self.init(pack: consume pack, creditNames: nil)
  }

  /// The outline of a show: `entities` are its show, seasons and threads and the sources
  /// the show cites, in the show's order, and `counts` those of the whole show.
  public convenience init(outline entities: [Entity], counts: ShowCounts) {
    self.init(pack: Pack(entities: entities, paths: []), creditNames: nil, outlineCounts: counts)
  }

  /// `init(pack:)` with the credits' names already made from the same pack, or nil to make
  /// them here.
  init(pack: consuming Pack, creditNames: CreditNames?, outlineCounts: ShowCounts? = nil) {
    var entities: [Entity] = []
    swap(&entities, &pack.entities)
    // The first entity of an id is the one kept.
    let ids = pack.ids?.index ?? PackIDs(of: entities).index
    let names = creditNames ?? CreditNames(of: entities, ids: ids)
    for (place, name) in zip(names.places, names.names) { entities[Int(place)].name = name }
    self.entities = entities
    show =
      entities.first { $0.kind == .show }
      ?? Entity(id: "show", kind: .show, name: "Untitled show", payload: .show)
    self.ids = ids
    disagreementCount = outlineCounts?.disagreements ?? Self.disagreements(in: entities)
    self.outlineCounts = outlineCounts
  }

  /// The names of the credits that have none in the pack, made from the person, character,
  /// job and work they name: "Dylan Minnette as Clay Jensen".
  struct CreditNames: Sendable {
    /// The places of the credits named, in entity order.
    var places: [Int32] = []
    /// Their names.
    var names: [String] = []

    /// The names of `pack`'s unnamed credits, reading its entities without changing them.
    init(of pack: borrowing Pack) {
      self.init(of: pack.entities, ids: pack.ids?.index ?? PackIDs(of: pack.entities).index)
    }

    /// The names of the unnamed credits among `entities`, whose id index is `ids`.
    init(of entities: [Entity], ids: EntityIDIndex) {
      for place in entities.indices
      where entities[place].kind == .credit && entities[place].name.isEmpty {
        places.append(Int32(truncatingIfNeeded: place))
        names.append(Catalog.creditName(entities[place].payload, entities: entities, ids: ids))
      }
    }
  }

  /// The relations, by place in `entities`: see `Relations`. Built by the first use, since
  /// the first frame (the show's page and the sections) needs none of them.
  var relations: Relations {
    builtRelations.withLock { built in
      if let built { return built }
      let relations = Self.relations(of: entities, ids: ids)
      built = relations
      return relations
    }
  }

  /// Builds the relations now, on whatever thread calls it, so that the first key that
  /// needs them (a character's page, a season's episodes) does not wait for them.
  public func prepareRelations() {
    _ = relations
  }

  /// True once the relations have been built, for tests that check the first frame does
  /// without them.
  var hasBuiltRelations: Bool { builtRelations.withLock { $0 != nil } }

  /// The facts of `entities` with more than one claim, counted in one pass that allocates
  /// nothing.
  static func disagreements(in entities: [Entity]) -> Int {
    var count = 0
    for place in entities.indices {
      for fact in entities[place].facts where fact.isDisagreement { count += 1 }
    }
    return count
  }

  fileprivate static func creditName(
    _ payload: EntityPayload, entities: [Entity], ids: EntityIDIndex
  ) -> String {
    guard case .credit(let person, let character, let job, let work) = payload else { return "" }
    func nameOf(_ id: String) -> String {
      ids.first(id, in: entities).map { entities[$0].name } ?? id
    }
    var name = nameOf(person)
    if let character { name += " as \(nameOf(character))" }
    if let job { name += character == nil ? ": \(job)" : " (\(job))" }
    if let work { name += ", in \(work)" }
    return name
  }

  // MARK: - Lookup

  /// The entity with `id`, if any.
  public func entity(_ id: String) -> Entity? {
    ids.first(id, in: entities).map { entities[$0] }
  }

  /// The place of the entity with `id` in `entities`, if any.
  public func place(of id: String) -> Int? {
    ids.first(id, in: entities)
  }

  /// The entities of one kind, in pack order.
  public func entities(of kind: EntityKind) -> [Entity] {
    // By index, not `filter`: its closure takes a copy of every entity it is shown.
    var found: [Entity] = []
    for place in entities.indices where entities[place].kind == kind {
      found.append(entities[place])
    }
    return found
  }

  /// The display name of the entity with `id`, or the id itself when there is none.
  public func name(of id: String) -> String {
    entity(id)?.name ?? id
  }

  // MARK: - Relations

  /// The entities at `places`, in that order.
  private func entities(at places: ArraySlice<UInt32>) -> [Entity] {
    places.map { entities[Int($0)] }
  }

  /// The members of the entity with `id` in `table`, or none when there is no such entity.
  private func members(of id: String, in table: RelationTable) -> ArraySlice<UInt32> {
    place(of: id).map { table.members(of: $0) } ?? []
  }

  /// The credits of a person, or of a character, in pack order.
  public func credits(of id: String) -> [Entity] {
    entities(at: members(of: id, in: relations.creditsByPerson))
      + entities(at: members(of: id, in: relations.creditsByCharacter))
  }

  /// The people who play a character.
  public func people(playing character: String) -> [Entity] {
    members(of: character, in: relations.creditsByCharacter).compactMap { credit in
      guard case .credit(let person, _, _, _) = entities[Int(credit)].payload else { return nil }
      return entity(person)
    }
  }

  /// The plot threads a character is in, or that run through a season.
  public func threads(of id: String) -> [Entity] {
    entities(at: members(of: id, in: relations.threadsByCharacter))
      + entities(at: members(of: id, in: relations.threadsBySeason))
  }

  /// The episodes of a season, in pack order.
  public func episodes(of season: String) -> [Entity] {
    entities(at: members(of: season, in: relations.episodesBySeason))
  }

  /// Every entity that cites a source (as the article or as the outlet reported from).
  public func entitiesSupported(by source: String) -> [Entity] {
    entities(at: members(of: source, in: relations.supportedBySource))
  }

  /// The articles that report from an outlet.
  public func articles(reportingFrom outlet: String) -> [Entity] {
    entities(at: members(of: outlet, in: relations.articlesByOutlet))
  }

  /// The outlets an article reports from, in pack order.
  public func outlets(reportedIn article: String) -> [Entity] {
    members(of: article, in: relations.outletsByArticle).sorted().map { entities[Int($0)] }
      .filter { $0.kind == .source }
  }

  /// The text of an article, when the pack holds it.
  public func text(ofSource id: String) -> String? {
    guard case .source(_, let text)? = entity(id)?.payload else { return nil }
    return text
  }
}
