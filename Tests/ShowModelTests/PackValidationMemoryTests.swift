import Testing

@testable import ShowModel

/// What validating a pack keeps beside its entities: an index by id of 32-bit entity
/// indices, the citations grouped by article in one flat array, and each article's text
/// folded without the offsets that only showing a quote needs.
@Suite struct PackValidationMemoryTests {
  @Test func idIndexFindsTheFirstEntityOfEachIDAndReportsRepeats() {
    let ids = (0..<5_000).map { "entity-\($0 % 4_000)" }
    let entities = ids.map { Entity(id: $0, kind: .character, name: $0, payload: .character) }
    var index = EntityIDIndex(count: entities.count)
    var repeats: [Int: Int] = [:]
    for position in entities.indices {
      if let first = index.add(position, of: entities) { repeats[position] = first }
    }
    #expect(repeats.count == 1_000)
    #expect(repeats.allSatisfy { $0.key - $0.value == 4_000 })
    #expect(index.first("entity-3999", in: entities) == 3_999)
    #expect(index.first("entity-4000", in: entities) == nil)
    #expect(index.first("", in: entities) == nil)
  }

  @Test func idIndexTakesPlacesBeyondItsSlots() {
    // Entities without ids are not added, so a place can outrun what the table was sized
    // for; a slot keeps hash bits above the place, so the table grows to hold it.
    let entities = (0..<5_000).map {
      Entity(
        id: $0 % 1_000 == 999 ? "entity-\($0)" : "", kind: .character, name: "", payload: .character
      )
    }
    var index = EntityIDIndex(count: 4)
    for position in entities.indices where !entities[position].id.isEmpty {
      #expect(index.add(position, of: entities) == nil)
    }
    #expect(index.count == 5)
    for position in [999, 1_999, 4_999] {
      #expect(index.first("entity-\(position)", in: entities) == position)
    }
    #expect(index.first("entity-998", in: entities) == nil)
  }

  @Test func idIndexTakesAFewBytesAnEntity() {
    // A [String: Int] took about 64 bytes an entity (key, value and spare buckets): 13 MB
    // of the 200,000-entity pack's validation.
    let index = EntityIDIndex(count: 200_000)
    #expect(MemoryLayout<Int32>.stride * index.slotCount <= 16 * 200_000)
  }

  @Test func citationsAreGroupedByArticleInFileOrder() {
    func article(_ id: String) -> Entity {
      Entity(id: id, kind: .source, name: id, payload: .source(kind: .article, text: "x"))
    }
    let claim = Claim(
      value: "v", citations: [Citation(source: "b", quote: "q"), Citation(source: "a", quote: "q")])
    let entities = [
      Entity(id: "show", kind: .show, name: "Show", payload: .show),
      article("a"), article("b"),
      Entity(
        id: "c", kind: .character, name: "C", facts: [Fact(label: "l", claims: [claim])],
        citations: [
          Citation(source: "a", quote: "q"), Citation(source: "a", quote: ""),
          Citation(source: "nowhere", quote: "q"), Citation(source: "b", quote: "q"),
        ],
        payload: .character),
    ]
    let groups = CitationGroups(entities, ids: PackIDs(of: entities).index).groups
    #expect(groups.map(\.article) == [1, 2])
    let places = groups.map { $0.places.map { $0.place.path(from: "c") } }
    #expect(
      places == [
        ["c.citations[0]", "c.facts[0].claims[0].citations[1]"],
        ["c.citations[3]", "c.facts[0].claims[0].citations[0]"],
      ])
    #expect(groups[1].places.map { $0 } == groups[1].places.sorted())
  }

  @Test func aRepeatedIdGroupsCitationsUnderItsLastArticle() {
    // Ids repeat only in a pack that validation rejects, but its quotes are still checked:
    // against the last article with the id, also when a person has the id first.
    func article(_ id: String, _ text: String) -> Entity {
      Entity(id: id, kind: .source, name: id, payload: .source(kind: .article, text: text))
    }
    let entities = [
      Entity(id: "a", kind: .person, name: "A", payload: .person),
      article("a", "first"), article("b", "x"), article("a", "second"),
      Entity(
        id: "c", kind: .character, name: "C",
        citations: [Citation(source: "a", quote: "q"), Citation(source: "b", quote: "q")],
        payload: .character),
    ]
    let groups = CitationGroups(entities, ids: PackIDs(of: entities).index).groups
    #expect(groups.map(\.article) == [3, 2])
    #expect(groups.map { $0.places.map(\.index) } == [[0], [1]])
  }

  @Test func whitespaceIsUnicodesWhiteSpaceProperty() {
    // The quote check lists the property's scalars rather than looking each one up.
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(QuoteLocator.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(value)")
    }
  }

  @Test func foldedTextsFindWhatALocatorFinds() {
    let text = "Hannah\u{00A0}Baker’s  tapes,\n\u{2003}“thirteen” of them — é"
    let quotes = [
      "Baker's tapes", "Hannah Baker", "\"thirteen\" of", "them — é", "tapes, \"thirteen\"",
      "Baker’s tapes", "Baker s", "é é", "",
    ]
    let folded = QuoteLocator.folded(text)
    for quote in quotes {
      #expect(
        QuoteLocator.contains(Substring(quote), inFolded: folded)
          == QuoteLocator(text: text).contains(quote),
        "\(quote)")
    }
  }
}
