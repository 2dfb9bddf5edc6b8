import ShowModel

/// The sections of the browser's first pane, in order; 1–6 jump to them.
public enum Section: Int, CaseIterable, Sendable {
  /// The six sections, in the order of the sections pane.
  case show, seasons, characters, people, threads, sources

  /// The section's title as the sections pane shows it.
  public var title: String {
    switch self {
    case .show: return "Show"
    case .seasons: return "Seasons & episodes"
    case .characters: return "Characters"
    case .people: return "Cast & crew"
    case .threads: return "Plot threads"
    case .sources: return "Sources"
    }
  }

  /// A short title for narrow screens.
  public var shortTitle: String {
    switch self {
    case .show: return "Show"
    case .seasons: return "Seasons"
    case .characters: return "Chars"
    case .people: return "Cast"
    case .threads: return "Threads"
    case .sources: return "Sources"
    }
  }

  /// The entities the section lists: a season is followed by its episodes.
  public func entities(in catalog: Catalog) -> [Entity] {
    switch self {
    case .show: return [catalog.show]
    case .seasons:
      return catalog.entities(of: .season).flatMap { [$0] + catalog.episodes(of: $0.id) }
    case .characters: return catalog.entities(of: .character)
    case .people: return catalog.entities(of: .person) + catalog.entities(of: .credit)
    case .threads: return catalog.entities(of: .thread)
    case .sources: return catalog.entities(of: .source)
    }
  }

  /// How many entities each section lists, in section order, for a show of `counts`: as
  /// `entities(in:)` lists them, without the show at hand.
  public static func counts(_ counts: ShowCounts) -> [Int] {
    allCases.map { section in
      switch section {
      case .show: return 1
      case .seasons: return counts.count(of: .season) + counts.listedEpisodes
      case .characters: return counts.count(of: .character)
      case .people: return counts.count(of: .person) + counts.count(of: .credit)
      case .threads: return counts.count(of: .thread)
      case .sources: return counts.count(of: .source)
      }
    }
  }

  /// The section an entity of `kind` is listed in.
  public static func containing(_ kind: EntityKind) -> Section {
    switch kind {
    case .show: return .show
    case .season, .episode: return .seasons
    case .character: return .characters
    case .person, .credit: return .people
    case .thread: return .threads
    case .source: return .sources
    }
  }
}
