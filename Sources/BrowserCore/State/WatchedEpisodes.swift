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
/// that a row of the list costs a lookup. Made once per show off the loop's thread (its
/// episodes are put in air order, a pass over the catalog), then `replacing` the marks
/// each time they are read again.
public struct WatchedEpisodes: Sendable {
  /// The name the library keeps the show's marks under.
  public let key: String
  /// The ids of the episodes watched.
  public private(set) var ids: Set<String> = []
  /// The show's episodes in air order (`EpisodeLine.episodes(of:)`), and each one's
  /// place in it by id.
  let airOrder: [EpisodeLine]
  private let places: [String: Int]
  /// Each season's number of episodes, by the season's number.
  private let seasonTotals: [Int: Int]
  /// Each season's number of episodes watched, by the season's number.
  private var seasonWatched: [Int: Int] = [:]

  /// The marks of `catalog`'s show.
  public init(_ marks: ShowMarks, catalog: Catalog) {
    key = marks.key
    airOrder = EpisodeLine.episodes(of: catalog)
    var places: [String: Int] = [:]
    var totals: [Int: Int] = [:]
    for (place, episode) in airOrder.enumerated() {
      places[episode.id] = place
      totals[episode.season, default: 0] += 1
    }
    self.places = places
    seasonTotals = totals
    set(Array(marks.watched), watched: true)
  }

  /// The same show with the marks `marks` instead, read again: its air order is kept.
  public func replacing(_ marks: ShowMarks) -> WatchedEpisodes {
    var replaced = self
    replaced.ids = []
    replaced.seasonWatched = [:]
    replaced.set(Array(marks.watched), watched: true)
    return replaced
  }

  /// The place of the episode `id` in air order; nil for one without a season.
  func place(of id: String) -> Int? { places[id] }

  /// True when the episode `id` is watched.
  public func isWatched(_ id: String) -> Bool { ids.contains(id) }

  /// Season `number`'s episodes watched and in all, when it has any.
  public func count(ofSeason number: Int) -> (watched: Int, episodes: Int)? {
    guard let total = seasonTotals[number] else { return nil }
    return (seasonWatched[number] ?? 0, total)
  }

  /// Marks the episodes `episodes` (ids) watched or unwatched; an id that is no episode of
  /// the show is left out.
  mutating func set(_ episodes: [String], watched: Bool) {
    for id in episodes where ids.contains(id) != watched {
      guard let place = places[id] else { continue }
      let season = airOrder[place].season
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
