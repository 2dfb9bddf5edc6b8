import ArgumentParser
import Reports
import ShowLibrary
import ShowModel

/// `tvbrowse shows`: the built-in show and every show of the library, one line each.
struct ShowsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shows", abstract: "List the shows: the built-in one and the library's.")

  // The options the root command shares with every subcommand; `--library` is read here.
  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    try source.checkOnlyLibrary(in: "shows")
  }

  func run() throws {
    let access = try LibraryAccess(option: source.library)
    var shows = [LibraryAccess.builtInShow(try LibraryAccess.builtInCatalog())]
    if let library = try access.existing() {
      do {
        shows += try library.shows()
      } catch {
        throw CommandFailure(error.message)
      }
      if let note = LibraryAccess.imdbNote(library) { Output.error(note) }
    }
    if common.json {
      Output.json(.array(shows.map(Self.json)))
    } else {
      Output.write(ShowLine.table(shows).map { $0 + "\n" }.joined())
    }
  }

  /// One show as `shows --json` writes it; absent values are null.
  static func json(_ show: LibraryShow) -> JSONValue {
    func number(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
    return .object([
      ("id", .string(show.id)),
      ("name", .string(show.name)),
      ("start", number(show.start)),
      ("end", number(show.end)),
      ("seasons", number(show.seasons)),
      ("episodes", number(show.episodes)),
      ("source", .string(show.origin.rawValue)),
      ("tvmaze", number(show.tvmaze)),
      ("imdb", show.imdb.map(JSONValue.string) ?? .null),
    ])
  }
}

/// `tvbrowse remove SHOW`: takes a show out of the library.
struct RemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: "Remove a show from the library.")

  @Argument(
    help: ArgumentHelp("The show: its id, tvmaze:ID, imdb:ID, or its name.", valueName: "show"))
  var show: String

  // The options the root command shares with every subcommand; `--library` is read here.
  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    try source.checkOnlyLibrary(in: "remove")
  }

  func run() throws {
    let access = try LibraryAccess(option: source.library)
    let library = try access.existingToWrite()
    let found = try access.find(show, in: library)
    guard found.origin != .builtin, let library else {
      throw CommandFailure("the built-in show cannot be removed")
    }
    // IMDb's shows are in the import's own file, which only the next import replaces.
    if found.origin == .imdb {
      throw CommandFailure(
        "\(SafeText.echo(found.id)) comes from IMDb's datasets: it stays until an import no longer holds it"
      )
    }
    do {
      _ = try library.remove(id: found.id)
    } catch {
      throw CommandFailure(error.message)
    }
    if common.json {
      Output.json(ShowsCommand.json(found))
    } else {
      Output.write("Removed \(SafeText.sanitize(found.id)) (\(SafeText.sanitize(found.name)))\n")
    }
  }
}
