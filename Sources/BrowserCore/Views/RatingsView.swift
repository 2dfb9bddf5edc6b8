import ShowModel
import TerminalCells

/// The Ratings page: the show's ratings grid, a season a row and an episode a cell in
/// order, each cell coloured by its rating with the number written in it ("–" where an
/// episode has none); Enter on a season opens its page.
enum RatingsView: PageView {
  static let pageID = RatingsGrid.pageID
  static let title = RatingsGrid.title
  static let keywords = ["ratings grid", "episode ratings", "votes", "imdb"]
  static let scope = KeyScope.ratings
  static let hints = [
    KeyHint([.moveDown, .moveUp], "move"), KeyHint([.follow], "season"),
    KeyHint([.back], "close", showing: 2), KeyHint([.startSearch], "search"),
    KeyHint([.toggleHelp], "help"), KeyHint([.quit], "quit", preferring: .character("Q")),
  ]

  /// The width of the season's label ("S01", "S100").
  private static let labelWidth = 4
  /// A space (U+2007, as wide as a digit) that pads a cell and is never a place to break a
  /// line. The space between two cells takes the first one's colour, so that the cells of
  /// a row meet as one band.
  private static let pad: Character = "\u{2007}"

  static func blocks(of catalog: Catalog, shield: SpoilerShield) -> [DetailBlock] {
    let grid = RatingsGrid(catalog: catalog)
    let rated = grid.ratedCount
    var blocks = [
      block(
        [Span(rated == 1 ? "1 rated episode" : "\(rated) rated episodes", .heading)], indent: 0,
        heading: true)
    ]
    if grid.seasons.isEmpty {
      blocks.append(block([Span("No numbered episode has a rating.", .dim)], indent: 1))
      return blocks
    }
    for season in grid.seasons {
      // The cells wrap at the pane's width under the first one, each as wide as the next.
      let label = RatingsGrid.label(season.number)
      var spans = [
        Span(label + String(repeating: pad, count: max(0, labelWidth - label.count)), .link)
      ]
      for episode in season.episodes {
        spans.append(Span(" "))
        spans.append(cell(episode.rating))
      }
      blocks.append(
        DetailBlock(
          spans: spans, indent: 1, hanging: 2 + labelWidth, target: .entity(season.id),
          isHeading: false, columns: nil))
    }
    blocks.append(block([Span(" ")], indent: 0, heading: true))
    var key = [Span("Key: ", .dim)]
    for band in RatingBand.allCases.reversed() {
      key += [Span(band.floor, .rating(band)), Span(" ")]
    }
    blocks.append(block(key + [Span("– none", .dim)], indent: 1, heading: true))
    return blocks
  }

  /// A cell (`RatingsGrid.cell`) in its band's style.
  static func cell(_ rating: EpisodeRating?) -> Span {
    Span(RatingsGrid.cell(rating, pad: pad), rating.map { .rating(RatingBand($0.rating)) } ?? .dim)
  }

  /// "season 2/5": the season the selection is on, of all the seasons.
  static func position(selecting index: Int, of blocks: [DetailBlock]) -> String {
    linkPosition(selecting: index, of: blocks, unit: "season", none: "no seasons")
  }

  private static func block(_ spans: [Span], indent: Int, heading: Bool = false) -> DetailBlock {
    DetailBlock(
      spans: spans, indent: indent, hanging: indent + 2, target: nil, isHeading: heading,
      columns: nil)
  }
}
