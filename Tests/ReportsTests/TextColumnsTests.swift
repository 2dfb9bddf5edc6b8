import Reports
import Testing

@testable import ShowModel

/// Text reports fit their width with or without colour, their columns line up, and their
/// counts agree with their nouns.
@Suite struct TextColumnsTests {
  let catalog = try! PackLoader.catalog(path: nil)

  /// The column where the text after the id column starts on each row's first line.
  func nameColumns(_ text: String, ids: [String]) -> Set<Int> {
    var columns: Set<Int> = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, line) in lines.enumerated() {
      guard let id = ids.first(where: { line.hasPrefix($0) }) else { continue }
      // A row whose id stands alone goes on on the next line.
      let rest = line.count == id.count ? lines[index + 1] : line
      columns.insert(rest.prefix { $0 == " " || id.contains($0) }.count)
    }
    return columns
  }

  @Test func creditNamesStartInOneColumn() {
    let credits = catalog.entities(of: .credit)
    let text = TextReport(width: 80).list(credits.map(catalog.listRow))
    #expect(nameColumns(text, ids: credits.map(\.id)).count == 1, "\(text)")
  }

  @Test func anIdWiderThanItsColumnStandsAloneAndNamesStillLineUp() {
    let long = Entity(
      id: String(repeating: "long-id-", count: 6) + "end", kind: .character, name: "Long",
      payload: .character)
    let short = Entity(id: "short", kind: .character, name: "Short", payload: .character)
    for style in [TextStyle.plain, .ansi] {
      let text = TextReport(width: 80, style: style).list([
        ListRow(entity: short), ListRow(entity: long),
      ])
      let lines = text.split(separator: "\n").map { TextStyle.stripCodes(String($0)) }
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(lines)")
      #expect(lines.contains(long.id))
      let shortName = lines[0].distance(
        from: lines[0].startIndex, to: lines[0].firstRange(of: "Short")!.lowerBound)
      let longName = lines[2].distance(
        from: lines[2].startIndex, to: lines[2].firstRange(of: "Long")!.lowerBound)
      #expect(shortName == longName, "\(lines)")
    }
  }

  @Test func searchKindsAndNamesStartInOneColumnEach() {
    let hits = catalog.search("hannah", kind: nil, limit: nil)
    let lines = TextReport(width: 80).search(hits).split(separator: "\n")
      .filter { !$0.hasPrefix("    ") }
    #expect(lines.count == hits.count)
    let kindColumns = Set(
      zip(lines, hits).map { line, hit -> Int in
        let kind = line.firstRange(of: "  " + hit.entity.kind.rawValue + " ")!
        return line.distance(from: line.startIndex, to: kind.lowerBound)
      })
    #expect(kindColumns.count == 1)
  }

  @Test func aLongFactLabelWrapsWithinTheWidthWithAndWithoutColour() {
    let label = "Label" + String(repeating: "w", count: 120) + " and more words"
    let claim = ClaimDetail(value: "v", note: nil, citations: [])
    let entity = Entity(id: "c", kind: .character, name: "C", payload: .character)
    let details = EntityDetails(
      entity: entity,
      sections: [
        DetailSection(
          title: "Facts", items: [.fact(label: label, claims: [claim, claim])])
      ])
    for style in [TextStyle.plain, .ansi] {
      let text = TextReport(width: 80, style: style).details(details)
      for line in text.split(separator: "\n") {
        #expect(TextStyle.visibleWidth(String(line)) <= 80, "\(line)")
      }
      #expect(TextStyle.stripCodes(text).contains("sources disagree"))
    }
  }

  @Test func aSeasonWithOneThreadSaysOneThread() {
    let show = Entity(id: "show", kind: .show, name: "Show", payload: .show)
    let season = Entity(id: "s1", kind: .season, name: "Season 1", payload: .season(number: 1))
    let thread = Entity(
      id: "t", kind: .thread, name: "T",
      payload: .thread(characters: [], seasons: ["s1"], cliffhanger: false))
    let entities = [show, season, thread]
    let catalog = Catalog(pack: Pack(entities: entities, paths: entities.map(\.id)))
    #expect(catalog.listNote(for: season) == "episodes not given in the sources, 1 thread")
  }
}
