import ArgumentParser
import ShowModel

/// The pack to open: the built-in show unless `--pack` names a file. The root command and
/// every subcommand declare this same group, so `--pack` reaches a subcommand wherever it
/// stands on the command line.
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

  /// Opens the pack; a `CommandFailure` with every problem when it cannot be opened.
  func openCatalog() throws -> Catalog {
    try checkPath(pack)
    do {
      return try PackLoader.catalog(path: pack, root: root)
    } catch {
      throw CommandFailure(
        packProblems: error.problems, file: SafeText.echo(pack ?? PackLoader.builtInName))
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
