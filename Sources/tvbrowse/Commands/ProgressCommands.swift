import ArgumentParser
import ShowLibrary
import ShowModel

/// `tvbrowse next`: the episode to watch next in each show that has one watched.
struct NextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "next", abstract: "List the next episode to watch in each show begun.",
    discussion: """
      One line per show with an episode marked watched and an episode after it, unwatched, \
      that has aired (by its air date, in UTC). Prints nothing when there is none.
      """)

  // The options the root command shares with every subcommand; `--library` is read here.
  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    try source.checkOnlyLibrary(in: "next")
  }

  func run() throws {
    let today = MarkedShow.today
    let next = try MarkedShow.everyMarked(access: LibraryAccess(option: source.library))
      .compactMap { marked in marked.progress.next(today: today).map { (marked, $0) } }
    if common.json {
      Output.json(
        .array(
          next.map { marked, episode in
            .object([("show", marked.showJSON), ("episode", MarkedShow.json(episode))])
          }))
      return
    }
    let idWidth = next.map { SafeText.sanitize($0.0.show.id).count }.max() ?? 0
    let codeWidth = next.map { $0.1.code.count }.max() ?? 0
    for (marked, episode) in next {
      let rest = [episode.title.map(SafeText.sanitize), episode.airdate].compactMap { $0 }
      var line = pad(SafeText.sanitize(marked.show.id), idWidth) + "  " + episode.code
      if !rest.isEmpty {
        line = pad(line, idWidth + 2 + codeWidth) + "  " + rest.joined(separator: "  ")
      }
      Output.write(line + "\n")
    }
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}

/// `tvbrowse progress [SHOW]`: how much of a show is watched, season by season.
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress", abstract: "Say how much of a show is watched, season by season.",
    discussion: "Without SHOW, one line for each show with an episode marked watched.")

  @Argument(
    help: ArgumentHelp("The show: its id, tvmaze:ID, imdb:ID, or its name.", valueName: "show"))
  var show: String?

  // The options the root command shares with every subcommand; `--library` is read here.
  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    try source.checkOnlyLibrary(in: "progress")
  }

  func run() throws {
    let access = try LibraryAccess(option: source.library)
    let today = MarkedShow.today
    guard let show else {
      let shows = try MarkedShow.everyMarked(access: access)
      if common.json {
        Output.json(.array(shows.map { json($0, today: today) }))
      } else {
        Output.write(shows.map { summary($0, today: today) + "\n" }.joined())
      }
      return
    }
    let marked = try MarkedShow.open(show, access: access)
    if common.json {
      Output.json(json(marked, today: today))
      return
    }
    var lines = [summary(marked, today: today)]
    for season in marked.progress.seasons {
      lines.append("Season \(season.number)  \(season.watched)/\(season.episodes)")
    }
    Output.write(lines.map { $0 + "\n" }.joined())
  }

  /// `Name: 12 of 26 watched; next S01E13 (2017-03-31)`.
  private func summary(_ marked: MarkedShow, today: String) -> String {
    let progress = marked.progress
    var line =
      "\(SafeText.sanitize(marked.show.name)): \(progress.watchedCount) of \(progress.episodes.count) watched"
    if let next = progress.next(today: today) {
      line += "; next \(next.code)"
      if let airdate = next.airdate { line += " (\(airdate))" }
    }
    return line
  }

  private func json(_ marked: MarkedShow, today: String) -> JSONValue {
    let progress = marked.progress
    return .object([
      ("show", marked.showJSON),
      ("watched", .number(String(progress.watchedCount))),
      ("episodes", .number(String(progress.episodes.count))),
      ("next", progress.next(today: today).map { MarkedShow.json($0) } ?? .null),
      (
        "seasons",
        .array(
          progress.seasons.map { season in
            .object([
              ("season", .number(String(season.number))),
              ("watched", .number(String(season.watched))),
              ("episodes", .number(String(season.episodes))),
            ])
          })
      ),
    ])
  }
}
