import ArgumentParser
import ShowLibrary
import ShowModel

/// The show to open: the built-in show unless `--pack` names a file or `--show` a show of
/// the library. The root command and every subcommand declare this same group, so these
/// options reach a subcommand wherever they stand on the command line.
struct PackOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Open the show in this pack file instead of the built-in one.", valueName: "path"))
  var pack: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Let the pack's source files come from anywhere under this folder, which must hold the pack's folder (by default they must stay inside the pack's folder).",
      valueName: "dir"))
  var root: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Open this show of the library: its id, tvmaze:ID, imdb:ID, or its name.",
      valueName: "show"))
  var show: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The library file (default: TVBROWSE_LIBRARY, else $XDG_DATA_HOME/tvbrowse/library.sqlite).",
      valueName: "path"))
  var library: String?

  /// Opens the show; a `CommandFailure` with every problem when it cannot be opened.
  func openCatalog() throws -> Catalog {
    try openShow().catalog
  }

  /// Opens the show: `--show`'s from the library, else `--pack`'s file, else the show the
  /// browser last opened, else the built-in one. `show` is the library's line for it, nil
  /// for a pack file.
  func openShow() throws -> (show: LibraryShow?, catalog: Catalog) {
    try checkChoice()
    if let show { return try LibraryAccess(option: library).open(show) }
    try checkPath(pack)
    if pack == nil, let last = try LibraryAccess.lastOpened(option: library) {
      return last
    }
    do {
      let catalog = try PackLoader.catalog(path: pack, root: root)
      return (pack == nil ? LibraryAccess.builtInShow(catalog) : nil, catalog)
    } catch {
      throw CommandFailure(
        packProblems: error.problems, file: SafeText.echo(pack ?? PackLoader.builtInName))
    }
  }

  /// A usage error when `command`, which works on the library as a whole, is given a
  /// show or a pack to open.
  func checkOnlyLibrary(in command: String) throws {
    if pack != nil || show != nil || root != nil {
      throw ValidationError("\(command) works on the library: it takes no --pack, --show or --root")
    }
  }

  /// A usage error when both `--show` and `--pack` name the show to open.
  func checkChoice() throws {
    if show != nil && pack != nil {
      throw ValidationError("--show and --pack both name a show to open: give one of them")
    }
  }

  /// A `CommandFailure` when the pack path is empty; a usage error when `--root` is given
  /// without a pack file, or does not hold the folder of the pack at `packPath`.
  func checkPath(_ packPath: String?) throws {
    if packPath?.isEmpty == true { throw CommandFailure("the pack path is empty") }
    guard let root else { return }
    guard let packPath else {
      throw ValidationError("--root needs a pack file: it widens where that pack's files may be")
    }
    if let problem = PackLoader.rootProblem(root: root, packPath: packPath) {
      throw ValidationError(problem)
    }
  }
}

/// The options every subcommand takes besides the pack.
struct CommonOptions: ParsableArguments {
  @Flag(name: .long, help: "Print JSON instead of text.")
  var json = false
}

/// The kinds of entity that `list` and `search --kind` take, by their plural names.
enum KindArgument: String, ExpressibleByArgument, CaseIterable {
  case seasons, episodes, characters, people, credits, threads, sources

  init?(argument: String) {
    let lowered = argument.lowercased()
    guard
      let kind = KindArgument(rawValue: lowered)
        ?? KindArgument.allCases.first(where: { $0.entityKind.rawValue == lowered })
    else {
      return nil
    }
    self = kind
  }

  /// The entity kind this names.
  var entityKind: EntityKind {
    switch self {
    case .seasons: return .season
    case .episodes: return .episode
    case .characters: return .character
    case .people: return .person
    case .credits: return .credit
    case .threads: return .thread
    case .sources: return .source
    }
  }
}
