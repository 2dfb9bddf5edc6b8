import ShowModel

/// One show as the Library view lists it: what tells shows apart at a glance.
public struct ShelfShow: Sendable, Equatable {
  /// The library id, the one `--show` takes.
  public var id: String
  /// The show's name.
  public var name: String
  /// The years it ran ("2016–2020", "2019–"), or "–" when they are not known.
  public var years: String
  /// Whether it still runs ("Running", "Ended"), if its source says.
  public var status: String?
  /// The network or web channel that shows it, if known.
  public var network: String?
  /// How many seasons it has.
  public var seasons: Int
  /// How many episodes it has.
  public var episodes: Int
  /// How many of its episodes are marked watched.
  public var watched: Int
  /// The episode to watch next ("S02E04"), once one is watched.
  public var next: String?
  /// How many episodes aired since the browser last opened the show.
  public var airedSinceOpened = 0

  /// Creates a show's row.
  public init(
    id: String, name: String, years: String, status: String? = nil, network: String? = nil,
    seasons: Int, episodes: Int, watched: Int = 0
  ) {
    self.id = id
    self.name = name
    self.years = years
    self.status = status
    self.network = network
    self.seasons = seasons
    self.episodes = episodes
    self.watched = watched
  }
}

/// A result of the search across every show: an entity, and the show it is in.
public struct ShelfHit: Sendable, Equatable {
  /// The show the entity is in.
  public var show: ShelfShow
  /// The entity and why it matched.
  public var hit: CatalogHit

  /// Creates a result.
  public init(show: ShelfShow, hit: CatalogHit) {
    self.show = show
    self.hit = hit
  }
}

/// A show the Library view asks to have opened: at one of its entities, or where it was.
public struct ShowRequest: Sendable, Hashable {
  /// The show's library id.
  public var show: String
  /// The entity to open it at, if any.
  public var entity: String?

  /// Creates a request.
  public init(show: String, entity: String? = nil) {
    self.show = show
    self.entity = entity
  }
}
