/// An episode as progress counts it: its place in its season, its title and air date.
public struct EpisodeLine: Sendable, Equatable {
  /// The episode's entity id.
  public let id: String
  /// The number of its season.
  public let season: Int
  /// Its number in the season; nil for a special.
  public let number: Int?
  /// Its title, when the show gives one.
  public private(set) var title: String?
  /// Its air date (YYYY-MM-DD), when the show gives one.
  public let airdate: String?
  /// The id of its season, when read from a catalog or kept with the show.
  public internal(set) var seasonID = ""

  /// Creates a line; `seasonID` is its season's entity id, when known.
  public init(
    id: String, season: Int, number: Int?, title: String?, airdate: String?, seasonID: String = ""
  ) {
    self.id = id
    self.season = season
    self.number = number
    self.title = title
    self.airdate = airdate
    self.seasonID = seasonID
  }

  /// `S02E03`, or `S01 special` for an episode without a number.
  public var code: String {
    let season = Self.twoDigits(self.season)
    guard let number else { return "S\(season) special" }
    return "S\(season)E\(Self.twoDigits(number))"
  }

  /// `S02`: its season's label.
  public var seasonCode: String { "S\(Self.twoDigits(season))" }

  /// `S02E04 "Title"`, or the label alone for an episode without a title; safe to print.
  public var label: String {
    guard let title else { return code }
    return "\(code) \"\(SafeText.sanitize(title))\""
  }

  /// What marking `episode` says, and with it the `before` episodes before it in air
  /// order (`W`, `--until`): "Marked S02E01 "The Storm" watched, and the 3 episodes
  /// before it".
  /// An episode marked unwatched is named by its code alone: it may now lie after the
  /// watched point, where its title is a spoiler.
  public static func markSummary(of episode: EpisodeLine, before: Int, watched: Bool) -> String {
    let state = watched ? "watched" : "unwatched"
    let name = watched ? episode.label : episode.code
    switch before {
    case 0: return "Marked \(name) \(state)"
    case 1: return "Marked \(name) \(state), and the episode before it"
    default: return "Marked \(name) \(state), and the \(before) episodes before it"
    }
  }

  /// What marking the `episodes` episodes of season `season` says: "Marked the 13
  /// episodes of season 2 watched".
  public static func markSummary(ofSeason season: Int, episodes: Int, watched: Bool) -> String {
    let count = episodes == 1 ? "the 1 episode" : "the \(episodes) episodes"
    return "Marked \(count) of season \(season) \(watched ? "watched" : "unwatched")"
  }

  /// True when `name` is an episode's label and nothing more: `S01E03`, any number of
  /// digits in each part.
  public static func isLabel(_ name: String) -> Bool {
    let parts = name.utf8.split(separator: UInt8(ascii: "E"), omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].first == UInt8(ascii: "S") else { return false }
    let season = parts[0].dropFirst()
    let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
    return !season.isEmpty && !parts[1].isEmpty && season.allSatisfy(isDigit)
      && parts[1].allSatisfy(isDigit)
  }

  /// The episodes of `catalog` in air order: season by season, and in a season in the
  /// order the show lists them (TVmaze lists them by air date, specials among them). An
  /// episode whose season is missing or has no number is left out.
  public static func episodes(of catalog: Catalog) -> [EpisodeLine] {
    episodes(in: catalog.entities) { catalog.entity($0)?.payload }
  }

  /// The episodes among `entities` (a show's, as a pack holds them) in air order, as
  /// `episodes(of:)` gives a catalog's.
  public static func episodes(in entities: [Entity]) -> [EpisodeLine] {
    var seasons: [String: EntityPayload] = [:]
    for entity in entities where entity.kind == .season { seasons[entity.id] = entity.payload }
    return episodes(in: entities) { seasons[$0] }
  }

  /// The episodes among `entities` in air order; `season` gives the payload of the season
  /// an id names.
  private static func episodes(in entities: [Entity], season payload: (String) -> EntityPayload?)
    -> [EpisodeLine]
  {
    var lines: [(line: EpisodeLine, place: Int)] = []
    for (place, entity) in entities.enumerated() {
      guard case .episode(let seasonID, let number) = entity.payload,
        case .season(let season)? = payload(seasonID)
      else { continue }
      var line = EpisodeLine(
        id: entity.id, season: season, number: number, title: nil,
        airdate: entity.facts.first { $0.label == "Air date" }?.claims.first?.value)
      line.title = title(of: entity.name, code: line.code)
      line.seasonID = seasonID
      lines.append((line, place))
    }
    // Sorting by place too keeps the order stable and total.
    lines.sort { ($0.line.season, $0.place) < ($1.line.season, $1.place) }
    return lines.map(\.line)
  }

  /// The title of an episode: its name without the label `code` that a TVmaze episode's
  /// name begins with ("S01E03 The Logbook", "S01 special (2019-05-02) Behind"), nil when
  /// nothing is left.
  private static func title(of name: String, code: String) -> String? {
    guard name.hasPrefix(code) else { return name.isEmpty ? nil : name }
    var rest = name.dropFirst(code.count)
    // The air date a special's label carries.
    if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")") {
      rest = rest[rest.index(after: close)...]
    }
    let title = rest.drop { $0 == " " }
    return title.isEmpty ? nil : String(title)
  }

  private static func twoDigits(_ value: Int) -> String {
    value >= 0 && value < 10 ? "0\(value)" : "\(value)"
  }
}
