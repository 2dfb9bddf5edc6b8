import ShowModel
import TerminalCells

/// The Disagreements page: every point where the sources disagree, under the entity it is
/// about (a link), each side with its citations' quotes (Enter opens the reader on one).
enum DisagreementsView: PageView {
  static let pageID = DisagreementsPage.id
  static let title = DisagreementsPage.title
  static let keywords = ["sources disagree", "conflicting claims", "contradictions"]
  static let scope = KeyScope.disagreements
  static let hints = [
    KeyHint([.moveDown, .moveUp], "move"), KeyHint([.follow], "open"),
    KeyHint([.back], "close", showing: 2), KeyHint([.startSearch], "search"),
    KeyHint([.toggleHelp], "help"), KeyHint([.quit], "quit", preferring: .character("Q")),
  ]

  static func blocks(of catalog: Catalog, shield: SpoilerShield) -> [DetailBlock] {
    let points = catalog.disagreements().shielded(by: shield).points
    let count = points.count == 1 ? "1 point" : "\(points.count) points"
    var blocks = [
      DetailBlock(
        spans: [Span(count + " where the sources disagree", .heading)], indent: 0,
        hanging: 2, target: nil, isHeading: true, columns: nil)
    ]
    if points.isEmpty {
      blocks.append(block([Span("The sources agree on every fact.", .dim)], indent: 1))
    }
    for (index, point) in points.enumerated() {
      if index > 0 { blocks.append(block([Span(" ")], indent: 0, heading: true)) }
      blocks.append(
        DetailBlock(
          spans: [
            Span("→ ", .dim), Span(point.entity.name, .link),
            Span(point.spoiler == nil ? " › " : "", .dim), Span(point.label, .normal),
          ], indent: 1, hanging: 3, target: .entity(point.entity.id), isHeading: false,
          columns: nil))
      if let spoiler = point.spoiler {
        blocks.append(
          DetailBlock(
            spans: [Span(spoiler.line + " — press s to show", .dim)], indent: 3, hanging: 5,
            target: .spoiler(spoiler.key), isHeading: false, columns: nil))
        continue
      }
      // The point's link is what a move selects; its sides are read, their quotes opened.
      blocks += DetailBlocks.claimBlocks(point.claims, notes: .inline, sidesSelectable: false)
    }
    return blocks
  }

  /// "point 2/4": the point the selection is on or under, of all the points.
  static func position(selecting index: Int, of blocks: [DetailBlock]) -> String {
    linkPosition(selecting: index, of: blocks, unit: "point", none: "no points")
  }

  private static func block(_ spans: [Span], indent: Int, heading: Bool = false) -> DetailBlock {
    DetailBlock(
      spans: spans, indent: indent, hanging: indent + 2, target: nil, isHeading: heading,
      columns: nil)
  }
}
