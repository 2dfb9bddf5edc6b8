import ArgumentParser
import Reports
import ShowModel

/// `tvbrowse search QUERY`: every entity ranked against a fuzzy query.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search names and aliases, then related names, then descriptions and quotes.")

  @Argument(
    help: ArgumentHelp("What to look for; several words must all match.", valueName: "query"))
  var query: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only this kind: \(KindArgument.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "kind"))
  var kind: KindArgument?

  // Unconditional, so that "--limit -1" reaches validate() rather than being taken for an
  // option named "-1".
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("At most this many results.", valueName: "n"))
  var limit: Int?

  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  @OptionGroup var color: ColorOption

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    if query.allSatisfy(\.isWhitespace) { throw ValidationError("the query is empty") }
  }

  func run() throws {
    let catalog = try source.openCatalog()
    let hits = catalog.search(query, kind: kind?.entityKind, limit: limit)
    if common.json {
      Output.json(JSONReport.search(hits))
      return
    }
    guard !hits.isEmpty else {
      Output.error("nothing matches \"\(SafeText.echo(query))\"")
      throw ExitCode(1)
    }
    Output.write(Output.textReport(color: color).search(hits))
  }
}
