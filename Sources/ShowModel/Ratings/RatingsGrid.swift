/// A show's ratings, season by season: each numbered season's numbered episodes, in
/// order, each with the rating its "Rating" fact gives, if any.
public struct RatingsGrid: Equatable, Sendable {
  /// The browser's page of the grid: its id and title.
  public static let pageID = "ratings"
  /// The page's title.
  public static let title = "Ratings"

  /// One season's row.
  public struct Season: Equatable, Sendable {
    /// The season's entity id.
    public let id: String
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
    var ids: [Int: String] = [:]
    for season in catalog.entities(of: .season) {
      guard case .season(let number) = season.payload else { continue }
      numbers[season.id] = number
      if ids[number] == nil { ids[number] = season.id }
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
      Season(
        id: ids[number] ?? "", number: number,
        episodes: bySeason[number]!.sorted { $0.number < $1.number })
    }
  }

  /// How many episodes have a rating.
  public var ratedCount: Int {
    seasons.reduce(0) { $0 + $1.episodes.lazy.filter { $0.rating != nil }.count }
  }

  /// True when some episode of `catalog` has a rating: the show's page links to the grid.
  /// Looked for once per catalog, not each time the show's page is built.
  public static func hasRatings(_ catalog: Catalog) -> Bool {
    catalog.foundRatings.withLock { found in
      if let found { return found }
      let rated = catalog.entities.contains { entity in
        entity.kind == .episode && entity.facts.contains { $0.label == EpisodeRating.label }
      }
      found = rated
      return rated
    }
  }

  /// The columns a cell takes: "10.0", the widest rating.
  public static let cellWidth = 4

  /// A cell's text: the rating with one decimal, or "–" without one, after `pad` to
  /// `cellWidth`, so that the cells of every season line up.
  public static func cell(_ rating: EpisodeRating?, pad: Character = " ") -> String {
    let text = rating.map { EpisodeRating.oneDecimal($0.rating) } ?? "–"
    return String(repeating: pad, count: max(0, cellWidth - text.count)) + text
  }

  /// "S01": a season's label in the grid.
  public static func label(_ season: Int) -> String {
    season >= 0 && season < 10 ? "S0\(season)" : "S\(season)"
  }
}
