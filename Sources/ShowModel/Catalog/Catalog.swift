/// A show opened for browsing: every entity by id, and the relations between them in both
/// directions, computed once when the pack is opened.
public final class Catalog: Sendable {
  /// The show.
  public let show: Entity
  /// Every entity, the show first, then in pack order.
  public let entities: [Entity]
  private let indexByID: [String: Int]
  private let creditsByPerson: [String: [String]]
  private let creditsByCharacter: [String: [String]]
  private let threadsByCharacter: [String: [String]]
  private let threadsBySeason: [String: [String]]
  private let episodesBySeason: [String: [String]]
  private let supportedBySource: [String: [String]]
  private let articlesByOutlet: [String: [String]]
  private let outletsByArticle: [String: [String]]
  /// The index that `search` ranks with.
  let searchIndex: CatalogSearchIndex

  /// Opens a pack that has passed validation. Takes the pack over: its entities become the
  /// catalog's, named in place rather than copied, when the caller passes its last use.
  public init(pack: consuming Pack) {
    var entities: [Entity] = []
    swap(&entities, &pack.entities)
    var names: [String: String] = [:]
    names.reserveCapacity(entities.count)
    for entity in entities where names[entity.id] == nil { names[entity.id] = entity.name }
    for index in entities.indices
    where entities[index].kind == .credit && entities[index].name.isEmpty {
      entities[index].name = Self.creditName(entities[index].payload, names: names)
    }
    self.entities = entities
    show =
      entities.first { $0.kind == .show }
      ?? Entity(id: "show", kind: .show, name: "Untitled show", payload: .show)
    indexByID = Dictionary(
      entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

    var creditsByPerson: [String: [String]] = [:]
    var creditsByCharacter: [String: [String]] = [:]
    var threadsByCharacter: [String: [String]] = [:]
    var threadsBySeason: [String: [String]] = [:]
    var episodesBySeason: [String: [String]] = [:]
    var supportedBySource: [String: [String]] = [:]
    var articlesByOutlet: [String: [String]] = [:]
    var outletsByArticle: [String: [String]] = [:]
    // The (list, id) pairs appended so far: a set, so that keeping each id once in its list
    // costs the same however many ids the list already holds.
    var appended = Set<ListedID>()
    var related: [String: [(String, String)]] = [:]
    for entity in entities {
      switch entity.payload {
      case .credit(let person, let character, let job, _):
        creditsByPerson[person, default: []].append(entity.id)
        if let character {
          creditsByCharacter[character, default: []].append(entity.id)
          related[character, default: []].append(("played by", names[person] ?? person))
          related[person, default: []].append(("plays", names[character] ?? character))
        }
        if let job { related[person, default: []].append(("job", job)) }
      case .thread(let characters, let seasons, _):
        for character in characters {
          threadsByCharacter[character, default: []].append(entity.id)
          related[entity.id, default: []].append(("character", names[character] ?? character))
        }
        for season in seasons { threadsBySeason[season, default: []].append(entity.id) }
      case .episode(let season, _):
        episodesBySeason[season, default: []].append(entity.id)
      default:
        break
      }
      for citation in entity.allCitations {
        if appended.insert(ListedID(list: .supported(by: citation.source), id: entity.id)).inserted
        {
          supportedBySource[citation.source, default: []].append(entity.id)
        }
        guard let via = citation.via else { continue }
        if appended.insert(ListedID(list: .supported(by: via), id: entity.id)).inserted {
          supportedBySource[via, default: []].append(entity.id)
        }
        if appended.insert(ListedID(list: .articles(of: via), id: citation.source)).inserted {
          articlesByOutlet[via, default: []].append(citation.source)
          outletsByArticle[citation.source, default: []].append(via)
        }
      }
    }
    self.creditsByPerson = creditsByPerson
    self.creditsByCharacter = creditsByCharacter
    self.threadsByCharacter = threadsByCharacter
    self.threadsBySeason = threadsBySeason
    self.episodesBySeason = episodesBySeason
    self.supportedBySource = supportedBySource
    self.articlesByOutlet = articlesByOutlet
    self.outletsByArticle = outletsByArticle
    searchIndex = CatalogSearchIndex(fields: Self.searchFields(for: entities, related: related))
  }

  /// An id in one of the relation lists built when the catalog is opened.
  private struct ListedID: Hashable {
    /// Which list.
    enum List: Hashable {
      case supported(by: String)
      case articles(of: String)
    }

    var list: List
    var id: String
  }

  private static func creditName(_ payload: EntityPayload, names: [String: String]) -> String {
    guard case .credit(let person, let character, let job, let work) = payload else { return "" }
    var name = names[person] ?? person
    if let character { name += " as \(names[character] ?? character)" }
    if let job { name += character == nil ? ": \(job)" : " (\(job))" }
    if let work { name += ", in \(work)" }
    return name
  }

  // MARK: - Lookup

  /// The entity with `id`, if any.
  public func entity(_ id: String) -> Entity? {
    indexByID[id].map { entities[$0] }
  }

  /// The place of the entity with `id` in `entities`, if any.
  public func place(of id: String) -> Int? {
    indexByID[id]
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

  /// The credits of a person, or of a character, in pack order.
  public func credits(of id: String) -> [Entity] {
    ((creditsByPerson[id] ?? []) + (creditsByCharacter[id] ?? [])).compactMap(entity)
  }

  /// The people who play a character.
  public func people(playing character: String) -> [Entity] {
    (creditsByCharacter[character] ?? []).compactMap { creditID in
      guard case .credit(let person, _, _, _)? = entity(creditID)?.payload else { return nil }
      return entity(person)
    }
  }

  /// The plot threads a character is in, or that run through a season.
  public func threads(of id: String) -> [Entity] {
    ((threadsByCharacter[id] ?? []) + (threadsBySeason[id] ?? [])).compactMap(entity)
  }

  /// The episodes of a season, in pack order.
  public func episodes(of season: String) -> [Entity] {
    (episodesBySeason[season] ?? []).compactMap(entity)
  }

  /// Every entity that cites a source (as the article or as the outlet reported from).
  public func entitiesSupported(by source: String) -> [Entity] {
    (supportedBySource[source] ?? []).compactMap(entity)
  }

  /// The articles that report from an outlet.
  public func articles(reportingFrom outlet: String) -> [Entity] {
    (articlesByOutlet[outlet] ?? []).compactMap(entity)
  }

  /// The outlets an article reports from, in pack order.
  public func outlets(reportedIn article: String) -> [Entity] {
    (outletsByArticle[article] ?? []).compactMap { indexByID[$0] }.sorted().map { entities[$0] }
      .filter { $0.kind == .source }
  }

  /// The text of an article, when the pack holds it.
  public func text(ofSource id: String) -> String? {
    guard case .source(_, let text)? = entity(id)?.payload else { return nil }
    return text
  }
}
