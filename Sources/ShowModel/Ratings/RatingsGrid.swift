/// A show's ratings, season by season: each numbered season's numbered episodes, in
/// order, each with the rating its "Rating" fact gives, if any.
public struct RatingsGrid: Equatable, Sendable {
  /// One season's row.
  public struct Season: Equatable, Sendable {
    /// The season's number.
    public let number: Int
    /// Its episodes, by number.
    public let episodes: [Episode]
  }

  /// One episode's cell.
  public struct Episode: Equatable, Sendable {
    /// The episode's number in its season.
    public let number: Int
    /// Its rating; nil when the sources give none.
    public let rating: EpisodeRating?
  }

  /// The seasons, by number.
  public let seasons: [Season]

  /// The grid of `catalog`'s show. Episodes with no number, and seasons with no numbered
  /// episode, have no place in it.
  public init(catalog: Catalog) {
    var numbers: [String: Int] = [:]
    for season in catalog.entities(of: .season) {
      if case .season(let number) = season.payload { numbers[season.id] = number }
    }
    var bySeason: [Int: [Episode]] = [:]
    for episode in catalog.entities(of: .episode) {
      guard case .episode(let seasonID, let number?) = episode.payload,
        let season = numbers[seasonID]
      else { continue }
      let rating = episode.facts.first { $0.label == EpisodeRating.label }?.claims.first
        .flatMap { EpisodeRating(text: $0.value) }
      bySeason[season, default: []].append(Episode(number: number, rating: rating))
    }
    seasons = bySeason.keys.sorted().map { number in
      Season(number: number, episodes: bySeason[number]!.sorted { $0.number < $1.number })
    }
  }

  /// "S01": a season's label in the grid.
  public static func label(_ season: Int) -> String {
    season >= 0 && season < 10 ? "S0\(season)" : "S\(season)"
  }
}
