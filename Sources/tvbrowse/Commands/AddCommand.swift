import ArgumentParser
import Foundation
import Reports
import ShowLibrary
import ShowModel

/// `tvbrowse add FILE`: stores a show in the library, read from a pack or from a saved
/// TVmaze show response, validated once here so that opening it later needs neither.
struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a show to the library: from TVmaze, a pack, or a saved TVmaze show.",
    discussion: """
      SHOW is a file when one of that name exists: a pack when its "format" is \
      "tvbrowse-pack", else a TVmaze show saved from https://api.tvmaze.com/shows/ID?embed[]=seasons&embed[]=episodes&embed[]=cast&embed[]=crew. \
      Else SHOW is tvmaze:ID, imdb:ID (TVmaze looks it up), or a name: the show of that \
      name when TVmaze finds one, else a list to choose from (without a terminal, the list \
      and exit 1). Adding a show that is there already replaces it whole.
      """)

  @Argument(
    help: ArgumentHelp(
      "A pack or a saved TVmaze show response; else tvmaze:ID, imdb:ID, or a name to look up on TVmaze.",
      valueName: "show"))
  var file: String

  @OptionGroup var tvmaze: TVmazeOption

  @Flag(
    name: .long,
    help:
      "From TVmaze, fetch each episode's guest cast too: one request per episode, paced to TVmaze's limit."
  )
  var guests = false

  // The options the root command shares with every subcommand: `--root` and `--library`
  // are read here; a show to open has no place in `add`.
  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if guests && Self.namesAFile(file) {
      throw ValidationError("--guests asks TVmaze for each episode; a file is added as it is")
    }
    if source.pack != nil || source.show != nil {
      throw ValidationError("add takes the file to add as its argument, not --pack or --show")
    }
  }

  func run() throws {
    let access = try LibraryAccess(option: source.library)
    let (pack, show) =
      Self.namesAFile(file) ? try read() : try fetch()
    let library = try access.writable()
    let added: LibraryShow
    do {
      added = try library.add(pack, as: show)
    } catch {
      throw CommandFailure(error.message)
    }
    if common.json {
      Output.json(ShowsCommand.json(added))
    } else {
      Output.write(
        "Added \(SafeText.sanitize(added.name)) as \(SafeText.sanitize(added.id)) (\(ShowLine.plural(added.seasons, "season")), \(ShowLine.plural(added.episodes, "episode")))\n"
      )
    }
  }

  /// True when `argument` is to be read as a file: one exists by that name, or it looks
  /// like a path (a `/`, or a name ending in `.json`), which is never looked up on TVmaze.
  static func namesAFile(_ argument: String) -> Bool {
    argument.isEmpty || FileManager.default.fileExists(atPath: argument)
      || argument.contains("/") || argument.lowercased().hasSuffix(".json")
  }

  /// The show in the file, validated, and its line for the library.
  private func read() throws -> (Pack, LibraryShow) {
    if file.isEmpty { throw CommandFailure("the file path is empty") }
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(file, limit: Pack.maximumFileSize)
    } catch {
      throw CommandFailure("cannot read \(SafeText.echo(file)): \(error.message)")
    }
    // A pack names its format; the pack reader parses it (once) and says what else is
    // wrong with it. Anything else is parsed here as a TVmaze show.
    if Self.contains(bytes, "\"\(Pack.format)\"") {
      return try readPack()
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(bytes)
    } catch {
      throw CommandFailure(
        "\(SafeText.echo(file)): line \(error.line), column \(error.column): \(error.message)")
    }
    guard case .object = value, value["id"] != nil, value["name"] != nil else {
      throw CommandFailure(
        "\(SafeText.echo(file)): expected a tvbrowse pack (\"format\": \"\(Pack.format)\") or a saved TVmaze show (an object with \"id\" and \"name\")"
      )
    }
    return try readTVmaze(value)
  }

  /// True when `text` stands in `bytes`; linear in the bytes (a first-byte scan).
  static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard let first = needle.first, needle.count <= bytes.count else { return false }
    var index = 0
    while let found = bytes[index...].firstIndex(of: first) {
      if found + needle.count > bytes.count { return false }
      if bytes[found..<found + needle.count].elementsEqual(needle) { return true }
      index = found + 1
    }
    return false
  }

  private func readPack() throws -> (Pack, LibraryShow) {
    if let root = source.root, let problem = PackLoader.rootProblem(root: root, packPath: file) {
      throw ValidationError(problem)
    }
    let result = PackLoader.inspect(path: file, root: source.root)
    guard let pack = result.pack, result.problems.isEmpty else {
      throw CommandFailure(packProblems: result.problems, file: SafeText.echo(file))
    }
    let name = pack.entities.first?.name ?? file
    return (pack, LibraryShow(id: "", name: name, seasons: 0, episodes: 0, origin: .pack))
  }

  /// The show TVmaze has for the argument, validated, and its line for the library.
  private func fetch() throws -> (Pack, LibraryShow) {
    try checked(
      try TVmazeSource(option: tvmaze.apiURL).show(for: file, guests: guests),
      named: "TVmaze's show")
  }

  private func readTVmaze(_ value: JSONValue) throws -> (Pack, LibraryShow) {
    let show: TVmazeShow
    do {
      show = try TVmazeShow.read(value, fetched: TVmazeSource.today)
    } catch {
      let place = error.path.isEmpty ? "" : "\(error.path): "
      throw CommandFailure("\(SafeText.echo(file)): \(place)\(error.message)")
    }
    return try checked(show, named: file)
  }

  /// `show` validated as a pack, with its line for the library.
  private func checked(_ show: TVmazeShow, named file: String) throws -> (Pack, LibraryShow) {
    let problems = PackLoader.problems(in: show.pack, named: file)
    guard problems.isEmpty else {
      throw CommandFailure(packProblems: problems, file: SafeText.echo(file))
    }
    return (show.pack, LibraryShow(tvmaze: show))
  }
}
