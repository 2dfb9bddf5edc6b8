/// How far a person is in a show: which of its episodes, in air order, they have watched.
public struct ShowProgress: Sendable {
  /// The show's episodes in air order (`EpisodeLine.episodes(of:)`).
  public let episodes: [EpisodeLine]
  /// The ids of the episodes watched.
  public let watched: Set<String>

  /// The progress through `episodes` when those whose ids are in `watched` are watched.
  public init(episodes: [EpisodeLine], watched: Set<String>) {
    self.episodes = episodes
    self.watched = watched
  }

  /// A season's count of episodes watched.
  public struct Season: Sendable, Equatable {
    /// The season's number.
    public let number: Int
    /// How many of its episodes are watched.
    public let watched: Int
    /// How many episodes it has.
    public let episodes: Int
  }

  /// How many episodes are watched.
  public var watchedCount: Int { episodes.lazy.filter { watched.contains($0.id) }.count }

  /// The place, in air order, of the latest episode watched: the watched point.
  public var watchedPoint: Int? { episodes.lastIndex { watched.contains($0.id) } }

  /// Each season's count, in order.
  public var seasons: [Season] {
    var seasons: [Season] = []
    for episode in episodes {
      let seen = watched.contains(episode.id) ? 1 : 0
      if let last = seasons.last, last.number == episode.season {
        seasons[seasons.count - 1] = Season(
          number: last.number, watched: last.watched + seen, episodes: last.episodes + 1)
      } else {
        seasons.append(Season(number: episode.season, watched: seen, episodes: 1))
      }
    }
    return seasons
  }

  /// The episode to watch next: the first one after the watched point that is not watched
  /// and has aired by `today` (YYYY-MM-DD). An episode without an air date counts as aired
  /// only in a show that gives no episode one. Nil before anything is watched.
  public func next(today: String) -> EpisodeLine? {
    guard let point = watchedPoint else { return nil }
    let datesKnown = episodes.contains { $0.airdate != nil }
    return episodes[(point + 1)...].first { episode in
      guard !watched.contains(episode.id) else { return false }
      guard let airdate = episode.airdate else { return !datesKnown }
      return airdate <= today
    }
  }

  /// The episodes `code` names: `S02E03` (or `s2e3`) one, `S02` a whole season; nil when
  /// `code` has neither form, empty when the show has no such episode or season.
  public func episodes(named code: String) -> [EpisodeLine]? {
    guard let (season, number) = Self.parse(code) else { return nil }
    return episodes.filter { $0.season == season && (number == nil || $0.number == number) }
  }

  /// Every episode up to and including the one whose id is `id`, in air order.
  public func episodes(through id: String) -> ArraySlice<EpisodeLine> {
    guard let place = episodes.firstIndex(where: { $0.id == id }) else { return [] }
    return episodes[...place]
  }

  /// "S01E01 to S02E05": the first and last episode, for a message; nil without episodes.
  public var range: String? {
    guard let first = episodes.first, let last = episodes.last else { return nil }
    return first == last ? first.code : "\(first.code) to \(last.code)"
  }

  /// The season and episode numbers of `S02E03` or `S02` (any case, any number of digits).
  private static func parse(_ code: String) -> (season: Int, number: Int?)? {
    let upper = code.uppercased()
    guard upper.first == "S" else { return nil }
    let parts = upper.dropFirst().split(separator: "E", omittingEmptySubsequences: false)
    guard parts.count <= 2, let season = number(parts[0]) else { return nil }
    if parts.count == 1 { return (season, nil) }
    guard let episode = number(parts[1]) else { return nil }
    return (season, episode)
  }

  /// A number of one to four ASCII digits.
  private static func number(_ text: Substring) -> Int? {
    guard (1...4).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    return Int(text)
  }
}
