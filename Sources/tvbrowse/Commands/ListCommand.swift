import ArgumentParser
import Reports
import ShowModel

/// `tvbrowse list KIND`: every entity of one kind.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the seasons, episodes, characters, people, credits, threads or sources.")

  @Argument(
    help: ArgumentHelp(
      "What to list: \(KindArgument.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "kind"))
  var kind: KindArgument

  @OptionGroup var source: PackOption

  @OptionGroup var spoilers: SpoilerOption

  @OptionGroup var common: CommonOptions

  @OptionGroup var color: ColorOption

  func run() throws {
    let (show, catalog) = try source.openShow()
    let shield = spoilers.shield(for: show, catalog: catalog, library: source.library)
    let entities = catalog.entities(of: kind.entityKind)
    if common.json {
      Output.json(JSONReport.list(entities, in: catalog, shield: shield))
    } else if entities.isEmpty {
      Output.write("No \(kind.rawValue): \(EntityDetails.notGiven).\n")
    } else {
      Output.write(
        Output.textReport(color: color).list(
          entities.map { entity in
            // A hidden entity's note (who plays it, what it is in) would say what it hides.
            shield.hiding(entity) == nil
              ? catalog.listRow(for: entity)
              : ListRow(entity: shield.shielded(entity), note: nil, detail: nil)
          }))
    }
  }
}
