import ShowModel

/// The watched episodes of a show as the library keeps them: under which name, and which.
public struct ShowMarks: Sendable, Equatable {
  /// The name the library keeps the show's marks under.
  public var key: String
  /// The ids of the episodes watched.
  public var watched: Set<String>

  /// Marks kept under `key`.
  public init(key: String, watched: Set<String>) {
    self.key = key
    self.watched = watched
  }
}

/// Marks the browser asks to keep: the program writes them to the library, then hands
/// the request back (`Browser.confirm`), and only then does the screen show them.
public struct MarkRequest: Sendable, Equatable {
  /// The name the library keeps the show's marks under.
  public let key: String
  /// The episodes whose mark changes.
  public let episodes: [EpisodeLine]
  /// Watched, or unwatched.
  public let watched: Bool
  /// What the status line says once they are kept.
  public let summary: String
}

/// The watched episodes of the show open, with each season's counts kept up to date, so
/// that a row of the list costs a lookup.
public struct WatchedEpisodes: Sendable {
  /// The name the library keeps the show's marks under.
  public let key: String
  /// The ids of the episodes watched.
  public private(set) var ids: Set<String>
  /// Each season's number of episodes, by the season's id.
  private let seasonTotals: [String: Int]
  /// Each season's number of episodes watched, by the season's id.
  private var seasonWatched: [String: Int] = [:]
  /// The show's episodes in air order (`EpisodeLine.episodes(of:)`), and each one's
  /// place in it by id: worked out once, not on every `W`.
  let airOrder: [EpisodeLine]
  private let places: [String: Int]

  /// The marks of `catalog`'s show; its episodes are put in air order and its seasons
  /// counted once, when the marks are read after the first frame.
  init(_ marks: ShowMarks, catalog: Catalog) {
    key = marks.key
    ids = []
    var totals: [String: Int] = [:]
    for entity in catalog.entities {
      if case .episode(let season, _) = entity.payload { totals[season, default: 0] += 1 }
    }
    seasonTotals = totals
    airOrder = EpisodeLine.episodes(of: catalog)
    var places: [String: Int] = [:]
    for (place, episode) in airOrder.enumerated() { places[episode.id] = place }
    self.places = places
    set(Array(marks.watched), watched: true, in: catalog)
  }

  /// The place of the episode `id` in air order; nil for one without a season.
  func place(of id: String) -> Int? { places[id] }

  /// True when the episode `id` is watched.
  public func isWatched(_ id: String) -> Bool { ids.contains(id) }

  /// The season `id`'s episodes watched and in all, when it has any.
  public func count(ofSeason id: String) -> (watched: Int, episodes: Int)? {
    guard let total = seasonTotals[id], total > 0 else { return nil }
    return (seasonWatched[id] ?? 0, total)
  }

  /// Marks the episodes `episodes` (ids) watched or unwatched.
  mutating func set(_ episodes: [String], watched: Bool, in catalog: Catalog) {
    for id in episodes where ids.contains(id) != watched {
      guard case .episode(let season, _)? = catalog.entity(id)?.payload else { continue }
      if watched {
        ids.insert(id)
        seasonWatched[season, default: 0] += 1
      } else {
        ids.remove(id)
        seasonWatched[season, default: 0] -= 1
      }
    }
  }
}
