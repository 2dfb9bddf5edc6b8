import ArgumentParser
import Reports
import ShowModel

/// `tvbrowse ratings SHOW`: the show's ratings, a line per season.
struct RatingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ratings",
    abstract: "Print a show's episode ratings, one line per season.",
    discussion: """
      Each line is a season, "S01" then each numbered episode's rating in order, "–" where \
      it has none, each in four columns so that the seasons line up, wrapped to 80 \
      columns. `tvbrowse show ratings` prints the same for the show it opens. IMDb's shows carry ratings and votes; TVmaze's \
      carry ratings. --json prints {show, seasons: [{season, episodes: [{number, rating, \
      votes}]}]}.
      """)

  @Argument(
    help: ArgumentHelp(
      "The show: its library id, tvmaze:ID, imdb:ID, or its name.", valueName: "show"))
  var show: String

  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    try source.checkOnlyLibrary(in: "ratings")
  }

  func run() throws {
    let (line, catalog) = try LibraryAccess(option: source.library).open(show)
    Self.write(RatingsGrid(catalog: catalog), of: line.id, named: line.name, json: common.json)
  }

  /// Writes the grid of the show `id`, `name`, as `ratings` and `show ratings` print it.
  static func write(_ grid: RatingsGrid, of id: String, named name: String, json: Bool) {
    if json {
      Output.json(RatingsReport.json(grid, show: id))
    } else if grid.seasons.isEmpty {
      Output.write("\(SafeText.sanitize(name)) has no numbered episodes.\n")
    } else {
      Output.write(RatingsReport.lines(grid).joined(separator: "\n") + "\n")
    }
  }
}
