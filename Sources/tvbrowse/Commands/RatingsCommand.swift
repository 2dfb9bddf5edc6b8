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
      it has none, wrapped to 80 columns. IMDb's shows carry ratings and votes; TVmaze's \
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
    let grid = RatingsGrid(catalog: catalog)
    if common.json {
      Output.json(RatingsReport.json(grid, show: line.id))
    } else if grid.seasons.isEmpty {
      Output.write("\(SafeText.sanitize(line.name)) has no numbered episodes.\n")
    } else {
      Output.write(RatingsReport.lines(grid).joined(separator: "\n") + "\n")
    }
  }
}
