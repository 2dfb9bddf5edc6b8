import ArgumentParser
import Foundation
import ShowLibrary
import ShowModel
import TVmazeClient

/// `tvbrowse update [SHOW]`: refreshes the library's TVmaze shows, replacing only those
/// TVmaze has changed since they were fetched, each whole in one transaction.
struct UpdateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Refresh the library's TVmaze shows (only those TVmaze has changed).",
    discussion: "A pack is replaced by adding it again.")

  @Argument(
    help: ArgumentHelp(
      "The show to refresh (default: every TVmaze show): its id, tvmaze:ID, imdb:ID, or its name.",
      valueName: "show"))
  var show: String?

  @OptionGroup var tvmaze: TVmazeOption

  // The options the root command shares with every subcommand; `--library` is read here.
  @OptionGroup var source: PackOption

  func validate() throws {
    try source.checkOnlyLibrary(in: "update")
  }

  func run() throws {
    let access = try LibraryAccess(option: source.library)
    let library = try access.existingToWrite()
    var shows: [LibraryShow] = []
    if let show {
      let found = try access.find(show, in: library)
      guard found.origin == .tvmaze, library != nil else {
        throw CommandFailure(
          found.origin == .builtin
            ? "the built-in show is not from TVmaze"
            : found.origin == .imdb
              ? "\(SafeText.echo(found.id)) comes from IMDb's datasets: import them again to update it"
              : "\(SafeText.echo(found.id)) is a pack: add it again to replace it")
      }
      shows = [found]
    } else if let library {
      do {
        shows = try library.shows().filter { $0.origin == .tvmaze }
      } catch {
        throw CommandFailure(error.message)
      }
    }
    guard let library, !shows.isEmpty else { return }
    let client = try TVmazeSource(option: tvmaze.apiURL)
    // A show that cannot be refreshed is reported and the others are still done; when
    // TVmaze cannot be reached at all, one line says so and the rest are not tried.
    var failed = 0
    for (index, show) in shows.enumerated() {
      do {
        try refresh(show, in: library, through: client)
      } catch let failure as CommandFailure {
        failed += 1
        Output.error("\(SafeText.echo(show.id)): \(failure.message)")
      } catch let unreachable as TVmazeError {
        let left = shows.count - index
        throw CommandFailure(
          unreachable.message
            + (shows.count > 1 ? " (\(ShowLine.plural(left, "show")) not updated)" : ""))
      }
    }
    if failed > 0 { throw ExitCode(1) }
  }

  /// Asks TVmaze when `show` last changed, and replaces it whole when it did.
  private func refresh(_ show: LibraryShow, in library: Library, through client: TVmazeSource)
    throws
  {
    guard let id = show.tvmaze else { return }
    let updated: Int?
    do {
      updated = try client.api.updated(id: id)
    } catch {
      if error.isUnreachable { throw error }
      throw CommandFailure(error.message)
    }
    if let updated, updated == show.updated {
      Output.write("\(SafeText.sanitize(show.id)): unchanged\n")
      return
    }
    let fetched = try client.show(for: "tvmaze:\(id)")
    guard fetched.tvmazeID == id else {
      throw CommandFailure("TVmaze answered with show \(fetched.tvmazeID) for show \(id)")
    }
    let problems = PackLoader.problems(in: fetched.pack, named: "TVmaze's show \(id)")
    guard problems.isEmpty else {
      throw CommandFailure("TVmaze's show \(id) has \(problems.count) problems: \(problems[0])")
    }
    let stored: LibraryShow
    do {
      stored = try library.add(fetched.pack, as: LibraryShow(tvmaze: fetched))
    } catch {
      throw CommandFailure(error.message)
    }
    Output.write(
      "\(SafeText.sanitize(stored.id)): updated (\(ShowLine.plural(stored.seasons, "season")), \(ShowLine.plural(stored.episodes, "episode")))\n"
    )
  }
}
