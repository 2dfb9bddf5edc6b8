import ArgumentParser
import Foundation
import Reports
import ShowLibrary
import ShowModel

/// `tvbrowse show ID-OR-NAME`: everything the browser shows on a details page.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract:
      "Show one entity: its fields, relations, facts with each source's claim, and citations.")

  @Argument(
    help: ArgumentHelp(
      "An id (hannah-baker), a name or alias (\"Hannah\"), or \"disagreements\" for every point where the sources disagree.",
      valueName: "id-or-name"))
  var target: String

  @Flag(
    name: .long,
    help: "Print an article's own text, wrapped to 80 columns (with --json: {id, text}).")
  var text = false

  @OptionGroup var source: PackOption

  @OptionGroup var spoilers: SpoilerOption

  @OptionGroup var common: CommonOptions

  @OptionGroup var color: ColorOption

  /// Refuses `--text` on the Disagreements page before any pack is read: that follows from
  /// the arguments alone.
  func validate() throws {
    if text && target.lowercased() == DisagreementsPage.id {
      throw ValidationError("--text needs an article; the Disagreements page is not one")
    }
    if text && target.lowercased() == RatingsGrid.pageID {
      throw ValidationError("--text needs an article; the Ratings page is not one")
    }
  }

  func run() throws {
    let (show, catalog, shield) = try openShow()
    if target.lowercased() == DisagreementsPage.id {
      let page = catalog.disagreements().shielded(by: shield)
      if common.json {
        Output.json(JSONReport.disagreements(page))
      } else {
        Output.write(Output.textReport(color: color).disagreements(page))
      }
      return
    }
    if target.lowercased() == RatingsGrid.pageID && catalog.entity(target) == nil {
      RatingsCommand.write(
        RatingsGrid(catalog: catalog), of: show?.id ?? catalog.show.id, named: catalog.show.name,
        json: common.json)
      return
    }
    switch catalog.resolve(target) {
    case .found(let entity) where text:
      if let spoiler = shield.hiding(entity) {
        // An article that reveals what is still to come is hidden whole.
        if common.json {
          Output.json(
            .object([("id", .string(entity.id)), ("text", JSONReport.hidden(spoiler))]))
        } else {
          Output.write(spoiler.line + " (--spoilers shows it)\n")
        }
        return
      }
      guard case .source(.article, let articleText?) = entity.payload else {
        throw ValidationError(
          "--text needs an article; \"\(SafeText.echo(entity.id))\" is a \(entity.kind.label.lowercased())"
            + (entity.kind == .source ? " without text of its own" : ""))
      }
      // Its passages that reveal what comes after the watched point stand hidden.
      let shown = catalog.text(ofSource: entity.id, shield: shield) ?? articleText
      if common.json {
        Output.json(JSONReport.article(id: entity.id, text: shown))
      } else {
        Output.write(Output.textReport(color: color).article(shown))
      }
    case .found(let entity):
      guard var details = catalog.details(of: entity.id, shield: shield) else {
        throw CommandFailure("no details for \"\(SafeText.echo(entity.id))\"")
      }
      if entity.kind == .person {
        details = details.adding(otherShows(of: entity, in: show?.id ?? ""))
      }
      if common.json {
        Output.json(JSONReport.details(details))
      } else {
        Output.write(Output.textReport(color: color).details(details))
      }
    case .ambiguous(let entities):
      throw CommandFailure(
        "\"\(SafeText.echo(target))\" fits several entities; name one by its id:",
        candidates: entities.map(shield.shielded))
    case .notFound(let suggestions):
      throw CommandFailure(
        "no entity has the id, name or alias \"\(SafeText.echo(target))\"",
        candidates: suggestions.map(shield.shielded), heading: "closest matches:")
    }
  }

  /// The show, its catalog and the spoiler shield over it. The catalog holds the few
  /// entities the target's page needs when the target is the exact id of an entity of a
  /// stored show (`Library.neighbourhood`), and the shield then places the watched point
  /// on the episodes the library keeps in air order (`Library.airOrder`); else the
  /// catalog is the whole show's.
  private func openShow() throws -> (show: LibraryShow?, catalog: Catalog, shield: SpoilerShield) {
    try source.checkChoice()
    let id = target.trimmingCharacters(in: .whitespaces)
    if source.pack == nil, source.root == nil, id.lowercased() != DisagreementsPage.id,
      let (show, catalog) = try LibraryAccess.neighbourhood(
        of: id, inShow: source.show, option: source.library)
    {
      let watched = spoilers.watched(of: show, library: source.library)
      if watched?.isEmpty ?? true {
        return (show, catalog, SpoilerShield())
      }
      if let airOrder = LibraryAccess.airOrder(of: show, option: source.library) {
        return (show, catalog, spoilers.shield(watched: watched) { airOrder })
      }
    }
    let (show, catalog) = try source.openShow()
    return (show, catalog, spoilers.shield(for: show, catalog: catalog, library: source.library))
  }

  /// The other shows of the library that `person`, of the show `id`, is in; none when
  /// there is no library or it cannot be read.
  private func otherShows(of person: Entity, in id: String) -> OtherShows {
    let key = OtherShows.personKey(person.name)
    guard !key.isEmpty, let access = try? LibraryAccess(option: source.library),
      let library = try? access.existing(),
      let found = try? library.otherShows(ofPeople: [person.id: key], in: id)
    else { return OtherShows() }
    return found
  }
}
