import ArgumentParser
import Reports
import ShowLibrary
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

  @Flag(name: .long, help: "Search every show: the built-in one and the library's.")
  var all = false

  @OptionGroup var source: PackOption

  @OptionGroup var spoilers: SpoilerOption

  @OptionGroup var common: CommonOptions

  @OptionGroup var color: ColorOption

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    if query.allSatisfy(\.isWhitespace) { throw ValidationError("the query is empty") }
    if all && (source.pack != nil || source.show != nil) {
      throw ValidationError("--all searches every show: it takes no --pack or --show")
    }
  }

  func run() throws {
    if all { return try searchEveryShow() }
    let (show, catalog) = try source.openShow()
    let shield = spoilers.shield(for: show, catalog: catalog, library: source.library)
    let keeper = shield.search(in: catalog)
    let hits = catalog.search(query, kind: kind?.entityKind, limit: limit).map(keeper.shielded)
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

  /// Searches the built-in show and every show of the library, and ranks the hits of all
  /// together, in the order each catalog ranks its own; each names its show.
  private func searchEveryShow() throws {
    let access = try LibraryAccess(option: source.library)
    var found: [(hit: CatalogHit, show: LibraryShow)] = []
    try access.forEachCatalog { show, catalog in
      let shield = spoilers.shield(for: show, catalog: catalog, library: source.library)
      let keeper = shield.search(in: catalog)
      found += catalog.search(query, kind: kind?.entityKind, limit: limit).map {
        (keeper.shielded($0), show)
      }
      // Only the best `limit` so far are kept (the merge is stable, so the order of equal
      // hits is as if all had been kept).
      if let limit, found.count > limit { found = CrossShowRanking.merge(found, limit: limit) }
    }
    let ranked = CrossShowRanking.merge(found, limit: limit ?? Int.max)
    let hits = ranked.map(\.hit)
    if common.json {
      Output.json(JSONReport.search(hits, shows: ranked.map { ($0.show.id, $0.show.name) }))
      return
    }
    guard !hits.isEmpty else {
      Output.error("nothing matches \"\(SafeText.echo(query))\" in any show")
      throw ExitCode(1)
    }
    Output.write(Output.textReport(color: color).search(hits, shows: ranked.map(\.show.name)))
  }
}
