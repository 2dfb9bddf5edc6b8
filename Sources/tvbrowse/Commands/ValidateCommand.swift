import ArgumentParser
import Reports
import ShowLibrary
import ShowModel

/// `tvbrowse validate [PACK]`: every problem in a pack, one line each.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a pack: schema, ids, references, reach, and every quote against its source.")

  @Argument(
    help: ArgumentHelp(
      "The pack to check (default: --pack, or the built-in pack).", valueName: "pack"))
  var file: String?

  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if file != nil && source.pack != nil {
      throw ValidationError("give the pack to check once: as an argument or with --pack")
    }
    if file != nil && source.show != nil {
      throw ValidationError("give one thing to check: a pack as an argument, or a show with --show")
    }
    try source.checkChoice()
  }

  func run() throws {
    let path = file ?? source.pack
    try source.checkPath(path)
    var result: PackLoader.Result
    var name = path ?? PackLoader.builtInName
    let show =
      source.show ?? (path == nil ? LibraryAccess.lastOpenedID(option: source.library) : nil)
    if let show,
      case (let line, let pack?) = try LibraryAccess(option: source.library).storedPack(show)
    {
      // A stored show was validated when it was added; this checks it again as stored.
      name = line.id
      result = PackLoader.Result(pack: pack, problems: PackLoader.problems(in: pack, named: name))
    } else {
      result =
        path.map { PackLoader.inspect(path: $0, root: source.root) } ?? PackLoader.inspectBuiltIn()
    }
    if common.json {
      Output.json(JSONReport.validation(file: name, problems: result.problems))
    } else if result.problems.isEmpty {
      let count = result.pack?.entities.count ?? 0
      Output.write(
        "\(SafeText.sanitize(name)): valid (\(count) \(count == 1 ? "entity" : "entities"))\n")
    } else {
      Output.problems(result.problems)
      Output.error(
        "\(result.problems.count) problem\(result.problems.count == 1 ? "" : "s") in \(SafeText.echo(name))"
      )
    }
    if !result.problems.isEmpty { throw ExitCode(1) }
  }
}
