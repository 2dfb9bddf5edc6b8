/// Finds the show a SHOW argument names: a library id, `tvmaze:ID`, `imdb:tt…`, or a
/// name, compared without case and accents.
public enum ShowLookup {
  /// What an argument names.
  public enum Found: Equatable, Sendable {
    /// One show.
    case one(LibraryShow)
    /// No show.
    case none
    /// Several shows of that name.
    case several([LibraryShow])
  }

  /// The show `argument` names among `shows`.
  public static func find(_ argument: String, in shows: [LibraryShow]) -> Found {
    if let show = shows.first(where: { $0.id == argument }) { return .one(show) }
    if argument.hasPrefix("tvmaze:"), let id = Int(argument.dropFirst("tvmaze:".count)) {
      return found(shows.filter { $0.tvmaze == id })
    }
    if argument.hasPrefix("imdb:") {
      let id = argument.dropFirst("imdb:".count)
      return found(shows.filter { $0.imdb == String(id) })
    }
    let name = ShowSlug.folded(argument)
    return found(shows.filter { ShowSlug.folded($0.name) == name })
  }

  private static func found(_ shows: [LibraryShow]) -> Found {
    switch shows.count {
    case 0: return .none
    case 1: return .one(shows[0])
    default: return .several(shows)
    }
  }
}
