import ArgumentParser
import ShowLibrary
import ShowModel

/// `tvbrowse watched SHOW EPISODE`: marks an episode, a season, or everything up to an
/// episode, watched or unwatched.
struct WatchedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watched", abstract: "Mark an episode (S02E03) or a season (S02) watched.",
    discussion: """
      The marks are kept in the library, apart from the show's data: updating or adding \
      the show again keeps them. Marking what is marked already changes nothing.
      """)

  @Argument(
    help: ArgumentHelp("The show: its id, tvmaze:ID, imdb:ID, or its name.", valueName: "show"))
  var show: String

  @Argument(
    help: ArgumentHelp(
      "The episode, S02E03 or its id (a special's), or a whole season, S02.",
      valueName: "episode"))
  var episode: String

  @Flag(help: "Mark every episode up to and including this one, in air order.")
  var until = false

  @Flag(help: "Mark unwatched instead.")
  var unmark = false

  // The options the root command shares with every subcommand; `--library` is read here.
  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    try source.checkOnlyLibrary(in: "watched")
  }

  func run() throws {
    let access = try LibraryAccess(option: source.library)
    let marked = try MarkedShow.open(show, access: access)
    let progress = marked.progress
    // An episode's id names it too: a special has no S01E03 of its own.
    let byID = progress.episodes.filter { $0.id == episode }
    guard let named = byID.isEmpty ? progress.episodes(named: episode) : byID else {
      throw ValidationError(
        "\"\(SafeText.sanitize(SafeText.echo(episode)))\" is not an episode: give one like S02E03, its id, or a season like S02"
      )
    }
    guard let last = named.last else {
      let name = SafeText.sanitize(marked.show.name)
      throw CommandFailure(
        progress.range.map {
          "no \(isSeason ? "season" : "episode") \(SafeText.echo(episode.uppercased())) in \(name) (\($0))"
        } ?? "\(name) has no episodes to mark")
    }
    let chosen = until ? Array(progress.episodes(through: last.id)) : named
    let watched = !unmark
    let at = MarkFile.now()
    // Only what changes is written, so that a mark keeps the time it was first made.
    let changed = chosen.filter { progress.watched.contains($0.id) != watched }.map {
      EpisodeMark(key: marked.show.markKey, episode: $0, watched: watched, at: at)
    }
    do {
      try access.writable().record(changed)
    } catch let error as LibraryError {
      throw CommandFailure(error.message)
    }
    if common.json {
      Output.json(
        .object([
          ("show", marked.showJSON), ("watched", .bool(watched)),
          // Episodes marked unwatched may now lie after the watched point: their titles are
          // hidden, as the text says them by their codes alone.
          ("episodes", .array(chosen.map { MarkedShow.json($0, hidingTitle: !watched) })),
          ("changed", .number(String(changed.count))),
        ]))
    } else if byID.isEmpty && isSeason && !until {
      Output.write(
        EpisodeLine.markSummary(ofSeason: last.season, episodes: chosen.count, watched: watched)
          + "\n")
    } else {
      Output.write(
        EpisodeLine.markSummary(of: last, before: chosen.count - 1, watched: watched) + "\n")
    }
  }

  /// True when the episode argument, as a code, names a whole season (`S02`); an
  /// episode's id may have no "E" either, and is looked for first.
  private var isSeason: Bool { !episode.uppercased().contains("E") }
}
