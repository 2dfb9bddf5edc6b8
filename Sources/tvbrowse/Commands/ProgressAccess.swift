import ShowLibrary
import ShowModel

/// A show's progress as the commands read it: the show, its episodes in air order, and
/// which of them the library marks watched.
struct MarkedShow {
  /// The show's line.
  let show: LibraryShow
  /// Its episodes and what is watched.
  let progress: ShowProgress

  /// The show `argument` names, and its marks in the library `access` names. A stored
  /// show's episodes are read as the library keeps them in air order, without the show.
  static func open(_ argument: String, access: LibraryAccess) throws -> MarkedShow {
    let library = try access.existing()
    let (show, episodes) = try episodes(of: argument, in: library, access: access)
    return try MarkedShow(show: show, episodes: episodes, library: library)
  }

  /// The show `argument` names and its episodes in air order: as the library keeps them
  /// for a stored show, else from its catalog.
  private static func episodes(of argument: String, in library: Library?, access: LibraryAccess)
    throws -> (LibraryShow, [EpisodeLine])
  {
    let show = try access.find(argument, in: library)
    if show.origin != .builtin, let episodes = try? library?.airOrder(of: show.id, titled: true) {
      return (show, episodes)
    }
    let (found, catalog) = try access.open(argument)
    return (found, EpisodeLine.episodes(of: catalog))
  }

  /// Every show that has an episode marked watched, by name; the marks of shows no longer
  /// in the library are kept for when they come back, and left out here. Only the shows
  /// with marks are read.
  static func everyMarked(access: LibraryAccess) throws -> [MarkedShow] {
    guard let library = try access.existing() else { return [] }
    let counts: [String: Int]
    var shows = [LibraryAccess.builtInShow(try LibraryAccess.builtInCatalog())]
    do {
      counts = try library.watchedCounts()
      shows += try library.shows()
    } catch {
      throw CommandFailure(error.message)
    }
    var marked: [MarkedShow] = []
    for show in shows where counts[show.markKey] != nil {
      // A show that cannot be read is left out; marks that cannot be read say so.
      guard
        let (show, episodes) = try? episodes(
          of: argument(forKey: show.markKey), in: library, access: access)
      else { continue }
      marked.append(try MarkedShow(show: show, episodes: episodes, library: library))
    }
    return marked.sorted {
      ($0.show.name.lowercased(), $0.show.id) < ($1.show.name.lowercased(), $1.show.id)
    }
  }

  private init(show: LibraryShow, episodes: [EpisodeLine], library: Library?) throws {
    self.show = show
    let watched: Set<String>
    do {
      watched = try library?.watchedEpisodes(of: show.markKey) ?? []
    } catch {
      throw CommandFailure(error.message)
    }
    progress = ShowProgress(episodes: episodes, watched: watched)
  }

  /// The argument that finds the show a mark key names: `tvmaze:N` and `imdb:tt…` as they
  /// are, a pack's library id without its prefix.
  static func argument(forKey key: String) -> String {
    key.hasPrefix("pack:") ? String(key.dropFirst("pack:".count)) : key
  }

  /// Today in UTC, YYYY-MM-DD, the day an air date is compared with.
  static var today: String { String(MarkFile.now().prefix(10)) }

  /// An episode as the JSON outputs write it.
  /// With `hidingTitle`, a title is `{hidden: true, reveals}`, as the spoiler shield
  /// writes what it hides.
  static func json(_ episode: EpisodeLine, hidingTitle: Bool = false) -> JSONValue {
    let hidden = JSONValue.object([("hidden", .bool(true)), ("reveals", .string(episode.code))])
    return .object([
      ("season", .number(String(episode.season))),
      ("number", episode.number.map { .number(String($0)) } ?? .null),
      ("title", episode.title.map { hidingTitle ? hidden : .string($0) } ?? .null),
      ("airdate", episode.airdate.map(JSONValue.string) ?? .null),
    ])
  }

  /// The show as the JSON outputs name it.
  var showJSON: JSONValue {
    .object([("id", .string(show.id)), ("name", .string(show.name))])
  }
}
