/// What a show's first screen counts: its entities of each kind, the episodes listed under
/// a season of the show, and the facts that are disagreements. Kept with a stored show, so
/// that its first screen is drawn before the rest of it is read.
public struct ShowCounts: Sendable, Equatable {
  /// How many entities of each kind the show has.
  public var kinds: [EntityKind: Int]
  /// How many episodes belong to a season the show has (one of no such season is listed
  /// nowhere).
  public var listedEpisodes: Int
  /// How many facts have more than one claim.
  public var disagreements: Int

  /// Counts as given.
  public init(kinds: [EntityKind: Int], listedEpisodes: Int, disagreements: Int) {
    self.kinds = kinds
    self.listedEpisodes = listedEpisodes
    self.disagreements = disagreements
  }

  /// Counts `entities`, in two passes that read them in place.
  public init(of entities: [Entity]) {
    var kinds: [EntityKind: Int] = [:]
    var episodes: [String: Int] = [:]
    for place in entities.indices {
      kinds[entities[place].kind, default: 0] += 1
      if case .episode(let season, _) = entities[place].payload {
        episodes[season, default: 0] += 1
      }
    }
    // As the browser lists them: each season is followed by the episodes of its id.
    var listed = 0
    for place in entities.indices where entities[place].kind == .season {
      listed += episodes[entities[place].id] ?? 0
    }
    self.init(
      kinds: kinds, listedEpisodes: listed, disagreements: Catalog.disagreements(in: entities))
  }

  /// How many entities of `kind` the show has.
  public func count(of kind: EntityKind) -> Int { kinds[kind] ?? 0 }
}
