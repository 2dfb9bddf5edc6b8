/// What of a show stays hidden from a person who has watched it up to a point (the
/// latest episode watched in air order): the title, summary and guest cast of every
/// episode after that point, and whatever reveals one of those episodes or a season that
/// has one (a plot thread, a fact, a citation, an article marked `reveals`). With no
/// watched point nothing is hidden.
public struct SpoilerShield: Sendable, Equatable {
  /// Each point still to come, by the id of its episode or season: its label ("S01E13",
  /// "S02") is made when shown, not for each of thousands of episodes.
  private var ahead: [String: PointLabel] = [:]
  /// The ids of the seasons not begun: every episode after the watched point. Their
  /// titles and summaries are hidden; a season under way keeps its own.
  private var unbegun: Set<String> = []
  /// What the person chose to see anyway, by `key`.
  public private(set) var shown: Set<String> = []
  /// False once the person turned the shield off.
  public private(set) var isOn = true
  /// True while the person's marks are still being read: what reveals any point stays
  /// hidden until the watched point is known.
  public private(set) var isAwaitingMarks = false

  /// A shield that hides nothing.
  public init() {}

  /// The same shield while the marks are read again: everything marked as revealing a
  /// point is hidden, as "a later episode", until `following` places the watched point;
  /// what was shown stays shown, and a shield turned off stays off.
  public func awaitingMarks() -> SpoilerShield {
    var shield = self
    shield.isAwaitingMarks = true
    return shield
  }

  /// The same shield, the marks known to be unreadable: nothing is hidden but what it
  /// hid before they were awaited.
  public func notAwaitingMarks() -> SpoilerShield {
    var shield = self
    shield.isAwaitingMarks = false
    return shield
  }

  /// The shield of a show whose episodes in air order are `airOrder`
  /// (`EpisodeLine.episodes(of:)`), when those whose ids are in `watched` are watched.
  public init(airOrder: [EpisodeLine], watched: Set<String>) {
    // By index, reading fields in place: a loop over the lines would copy each one.
    guard !watched.isEmpty,
      let point = airOrder.indices.last(where: { watched.contains(airOrder[$0].id) })
    else { return }
    var begun = Set<String>()
    for index in airOrder.indices[...point] { begun.insert(airOrder[index].seasonID) }
    ahead.reserveCapacity(airOrder.count - point)
    for index in airOrder.indices[(point + 1)...] {
      let season = airOrder[index].season
      ahead[airOrder[index].id] = .episode(season: season, number: airOrder[index].number)
      let seasonID = airOrder[index].seasonID
      if ahead[seasonID] == nil {
        ahead[seasonID] = .season(season)
        if !begun.contains(seasonID) { unbegun.insert(seasonID) }
      }
    }
  }

  /// The same shield for the watched point of `watched` in `airOrder`: what the person
  /// chose to see stays shown, and a shield turned off stays off.
  public func following(airOrder: [EpisodeLine], watched: Set<String>) -> SpoilerShield {
    var shield = SpoilerShield(airOrder: airOrder, watched: watched)
    shield.shown = shown
    shield.isOn = isOn
    return shield
  }

  /// True when the shield is on and something is still to come.
  public var hidesAnything: Bool { isOn && (isAwaitingMarks || !ahead.isEmpty) }

  /// The label of `point` (a season or episode id) when what reveals it stays hidden:
  /// the shield is on, the point is still to come, and the item `key` was not shown.
  public func hides(_ point: String?, key: String) -> String? {
    guard isOn, let point, !shown.contains(key) else { return nil }
    return ahead[point]?.text ?? (isAwaitingMarks ? "a later episode" : nil)
  }

  /// Shows the item `key` from now on.
  public mutating func show(_ key: String) {
    shown.insert(key)
  }

  /// Turns the shield off: nothing is hidden from now on.
  public mutating func turnOff() {
    isOn = false
  }

  /// What hides `entity` as a whole, when it is hidden: a plot thread or an article that
  /// reveals a point still to come, or an episode after the watched point (its title).
  public func hiding(_ entity: borrowing Entity) -> Spoiler? {
    if let label = hides(entity.reveals, key: entity.id) {
      return Spoiler(
        reveals: label, key: entity.id, name: "\(entity.kind.label) (spoiler for \(label))")
    }
    if entity.kind == .episode, let label = hides(entity.id, key: entity.id) {
      return Spoiler(reveals: label, key: entity.id, name: "\(label) (title hidden)")
    }
    // A season not begun keeps its number, not its title or summary.
    if case .season(let number) = entity.payload, unbegun.contains(entity.id),
      let label = hides(entity.id, key: entity.id)
    {
      let plain = "Season \(number)"
      guard entity.name != plain || entity.summary != nil || !entity.aliases.isEmpty else {
        return nil
      }
      return Spoiler(reveals: label, key: entity.id, name: plain)
    }
    return nil
  }

  /// The name to show for `entity`: its own, or what stands for it while it is hidden.
  public func name(of entity: borrowing Entity) -> String {
    hiding(entity)?.name ?? entity.name
  }

  /// The key of fact `index` of the entity `id`, as `show` takes it.
  public static func factKey(_ id: String, _ index: Int) -> String { "\(id)#fact-\(index)" }

  /// The key of citation `index` of the entity `id`, as `show` takes it.
  public static func citationKey(_ id: String, _ index: Int) -> String { "\(id)#citation-\(index)" }
}

/// Something hidden by the shield: the point it reveals, the key that shows it, and what
/// stands for it where a name is shown.
public struct Spoiler: Sendable, Equatable {
  /// The label of the point it reveals ("S01E13", "S02").
  public var reveals: String
  /// The key that `SpoilerShield.show` takes to show it.
  public var key: String
  /// What a list or a link shows in its place ("Plot thread (spoiler for S01E13)").
  public var name: String

  /// Creates a spoiler.
  public init(reveals: String, key: String, name: String) {
    self.reveals = reveals
    self.key = key
    self.name = name
  }

  /// "spoiler for S01E13": the words every hidden line begins with.
  public var line: String { "spoiler for \(reveals)" }
}

extension SpoilerShield {
  /// `entity` as lists and links show it: a hidden one under what stands for it, without
  /// its aliases, its summary or (a thread) the characters it names.
  public func shielded(_ entity: Entity) -> Entity {
    guard let spoiler = hiding(entity) else { return entity }
    var shown = entity
    shown.name = spoiler.name
    shown.aliases = []
    shown.summary = nil
    if case .thread(_, _, let cliffhanger) = entity.payload {
      shown.payload = .thread(characters: [], seasons: [], cliffhanger: cliffhanger)
    }
    return shown
  }

  /// The shield's keeper for a `catalog`'s search results (`ShieldedSearch`).
  public func search(in catalog: Catalog) -> ShieldedSearch {
    ShieldedSearch(shield: self, catalog: catalog)
  }

  /// What hides the text of fact `index` of `entity`, if anything.
  func hidingFact(_ index: Int, of entity: Entity) -> String? {
    let fact = entity.facts[index]
    let key = Self.factKey(entity.id, index)
    if let label = hides(fact.reveals, key: key) { return label }
    for claim in fact.claims {
      for citation in claim.citations {
        if let label = hides(citation.reveals, key: key) { return label }
      }
    }
    return nil
  }
}

/// Search results as the spoiler shield lets them show: an entity found is kept, but a
/// hidden one under what stands for it, and a text that matched is never shown when it
/// is hidden (a fact, a citation, a hidden episode's title, a hidden thread's name met
/// on a related entity); the hit says which point it reveals instead.
public struct ShieldedSearch: Sendable {
  private let shield: SpoilerShield
  /// The names of the entities hidden whole, as related names would show them, and the
  /// label of the point each reveals.
  private let hiddenNames: [String: String]

  /// The keeper of `catalog`'s results under `shield`: one pass over the catalog, only
  /// when the shield hides anything.
  init(shield: SpoilerShield, catalog: Catalog) {
    self.shield = shield
    var names: [String: String] = [:]
    if shield.hidesAnything {
      for place in catalog.entities.indices {
        if let spoiler = shield.hiding(catalog.entities[place]) {
          names[catalog.entities[place].name] = spoiler.reveals
        }
      }
    }
    hiddenNames = names
  }

  /// `hit` as it may show.
  public func shielded(_ hit: CatalogHit) -> CatalogHit {
    guard shield.hidesAnything, let label = hiding(hit) else { return hit }
    var shown = hit
    shown.entity = shield.shielded(hit.entity)
    shown.spoiler = Spoiler(reveals: label, key: hit.entity.id, name: shown.entity.name)
    shown.matchedText = "spoiler for \(label)"
    shown.match.positions = []
    return shown
  }

  /// The label of the point the text `hit` matched reveals, when it is hidden.
  private func hiding(_ hit: CatalogHit) -> String? {
    let entity = hit.entity
    if let spoiler = shield.hiding(entity) { return spoiler.reveals }
    let text = hit.matchedText
    func holds(_ whole: String) -> Bool { whole.contains(text) || text.contains(whole) }
    for index in entity.facts.indices {
      guard let label = shield.hidingFact(index, of: entity) else { continue }
      let fact = entity.facts[index]
      let texts =
        [fact.label] + fact.claims.flatMap { [$0.value] + $0.citations.map(\.quote) }
      if texts.contains(where: holds) { return label }
    }
    for (index, citation) in entity.citations.enumerated() {
      let key = SpoilerShield.citationKey(entity.id, index)
      if let label = shield.hides(citation.reveals, key: key), holds(citation.quote) {
        return label
      }
    }
    return hit.tier == .name ? nil : hiddenNames[text]
  }
}

/// A point still to come, as a label is made from it: an episode (`S01E13`, `S01 special`)
/// or a season (`S02`).
private enum PointLabel: Sendable, Equatable {
  /// An episode of season `season`; `number` nil for a special.
  case episode(season: Int, number: Int?)
  /// A season.
  case season(Int)

  /// The label, as `EpisodeLine` writes it.
  var text: String {
    switch self {
    case .episode(let season, let number):
      return EpisodeLine(id: "", season: season, number: number, title: nil, airdate: nil).code
    case .season(let season):
      return EpisodeLine(id: "", season: season, number: nil, title: nil, airdate: nil)
        .seasonCode
    }
  }
}
