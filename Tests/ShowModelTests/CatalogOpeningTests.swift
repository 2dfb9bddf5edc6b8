import Testing

@testable import ShowModel

/// Opening a catalog builds only what the browser's first frame needs: an index by id of
/// 4-byte slots, and the count of disagreements for the show's page; the relations wait for
/// the first page that shows one.
@Suite struct CatalogOpeningTests {
  /// A show with two seasons, a character played by a person, a plot thread, and a fact on
  /// which two articles disagree.
  static func catalog() -> Catalog {
    let claims = [
      Claim(value: "Returns", citations: [Citation(source: "article", quote: "back")]),
      Claim(value: "Not confirmed", citations: [Citation(source: "article", quote: "unknown")]),
    ]
    let entities = [
      Entity(id: "show", kind: .show, name: "Show", payload: .show),
      Entity(id: "season-1", kind: .season, name: "Season 1", payload: .season(number: 1)),
      Entity(id: "season-2", kind: .season, name: "Season 2", payload: .season(number: 2)),
      Entity(
        id: "hannah", kind: .character, name: "Hannah",
        facts: [
          Fact(label: "Return", claims: claims), Fact(label: "School", claims: [claims[0]]),
        ],
        payload: .character),
      Entity(id: "katherine", kind: .person, name: "Katherine", payload: .person),
      Entity(
        id: "credit", kind: .credit, name: "",
        payload: .credit(person: "katherine", character: "hannah", job: nil, work: nil)),
      Entity(
        id: "tapes", kind: .thread, name: "The tapes",
        payload: .thread(characters: ["hannah"], seasons: ["season-1"], cliffhanger: false)),
      Entity(
        id: "article", kind: .source, name: "Article",
        payload: .source(kind: .article, text: "back. unknown.")),
    ]
    return Catalog(pack: Pack(entities: entities, paths: entities.indices.map { "e[\($0)]" }))
  }

  @Test func indexByIDTakesFourBytesASlotAndFindsTheFirstEntityOfAnID() {
    // A `[String: Int]` took 24 bytes a bucket, at most three quarters full, the buckets a
    // power of two: 39 bytes an entity here, 63 (12.6 MB) for a 200,000-entity pack. A slot
    // of 4 bytes, at least two an entity, the slots a power of two: at most 16.
    let entities = (0..<10_000).map {
      Entity(id: "character-\($0)", kind: .character, name: "Character \($0)", payload: .character)
    }
    let duplicate = Entity(id: "character-7", kind: .person, name: "Second", payload: .person)
    let all =
      [Entity(id: "show", kind: .show, name: "Show", payload: .show)] + entities + [duplicate]
    let catalog = Catalog(pack: Pack(entities: all, paths: all.indices.map { "e[\($0)]" }))
    #expect(catalog.ids.slotCount * MemoryLayout<Int32>.size <= 16 * all.count)
    #expect(catalog.place(of: "character-7") == 8)
    #expect(catalog.entity("character-7")?.name == "Character 7")
    #expect(catalog.entity("character-9999")?.name == "Character 9999")
    #expect(catalog.entity("character-10000") == nil)
  }

  @Test func showPageCountsDisagreementsWithoutBuildingRelations() throws {
    let catalog = Self.catalog()
    let show = try #require(catalog.details(of: "show"))
    let pages = show.sections.first { $0.title == "Pages" }?.items
    #expect(
      pages == [.page(id: DisagreementsPage.id, title: DisagreementsPage.title, note: "1 point")])
    #expect(catalog.disagreementCount == catalog.disagreements().points.count)
    let seasons = show.sections.first { $0.title == "Seasons" }?.items.count
    #expect(seasons == 2)
    #expect(!catalog.hasBuiltRelations)
    // More than one point reads in the plural: the built-in show has several.
    let builtIn = try PackLoader.catalog(path: nil)
    let count = builtIn.disagreements().points.count
    #expect(count > 1)
    let builtInPages = try #require(builtIn.details(of: builtIn.show.id)).sections.first {
      $0.title == "Pages"
    }
    #expect(
      builtInPages?.items == [
        .page(id: DisagreementsPage.id, title: DisagreementsPage.title, note: "\(count) points")
      ])
  }

  @Test func relationsAreBuiltByTheFirstPageThatShowsOne() throws {
    let catalog = Self.catalog()
    #expect(!catalog.hasBuiltRelations)
    let hannah = try #require(catalog.details(of: "hannah"))
    #expect(catalog.hasBuiltRelations)
    let playedBy = hannah.sections.first { $0.title == "Played by" }?.items
    #expect(playedBy == [.link(id: "katherine", kind: .person, name: "Katherine", note: nil)])
    #expect(catalog.threads(of: "season-1").map(\.id) == ["tapes"])
    #expect(catalog.entity("credit")?.name == "Katherine as Hannah")
  }

  @Test func relationBuildersAreSizedOnceForEveryPairTheyGet() {
    // Every relation gets pairs here: an episode, and an article reported from an outlet.
    let reported = Citation(source: "article", quote: "back", via: "outlet")
    let entities =
      Self.catalog().entities + [
        Entity(
          id: "pilot", kind: .episode, name: "Pilot", citations: [reported],
          payload: .episode(season: "season-1", number: 1)),
        Entity(
          id: "outlet", kind: .source, name: "Outlet", payload: .source(kind: .outlet, text: nil)),
      ]
    let catalog = Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "e[\($0)]" }))
    var fills: [(room: Int, pairs: Int)] = []
    _ = Catalog.relations(of: catalog.entities, ids: catalog.ids, fills: &fills)
    #expect(fills.count == 8)
    // Sized for its pairs, a builder does not grow (growing kept up to as many again spare).
    for (relation, fill) in fills.enumerated() {
      #expect(fill.pairs > 0, "relation \(relation) got no pair to test")
      #expect(fill.pairs <= fill.room, "relation \(relation) grew: \(fill)")
    }
  }

  @Test func searchTiersWriteTheirTextsOnceIntoTheIndexAtTheirSize() {
    let entities = [
      Entity(id: "show", kind: .show, name: "Show", payload: .show),
      Entity(
        id: "hannah", kind: .character, name: "Hannah\nBaker", aliases: ["Han", "H. B."],
        summary: "A student", payload: .character),
      Entity(id: "clay", kind: .character, name: "Clay Jensen", payload: .character),
    ]
    let catalog = Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "e[\($0)]" }))
    let names = catalog.searchIndex.index(of: .name, in: catalog)
    // One field per text, in entity order, allocated at its size; a line break reads as a
    // space, so that each text stays one line of the index.
    #expect(names.fields.count == 5)
    #expect(
      (0..<names.fields.count).map { names.text($0) }
        == ["Show", "Hannah Baker", "Han", "H. B.", "Clay Jensen"])
    #expect(
      (0..<names.fields.count).map { names.label($0) } == [
        "name", "name", "alias", "alias", "name",
      ])
    #expect(names.fields.map(\.entity) == [0, 1, 1, 1, 2])
    #expect(catalog.search("baker").first?.entity.id == "hannah")
    #expect(catalog.search("baker").first?.matchedText == "Hannah Baker")
    #expect(catalog.search("jensen").first?.matchedText == "Clay Jensen")
  }

  @Test func searchTierFieldsAreAllocatedAtTheirCount() {
    // Grown by doubling, 2,201 fields took room for 4,096.
    let characters = (0..<1_100).map {
      Entity(
        id: "character-\($0)", kind: .character, name: "Character \($0)",
        aliases: ["Nick \($0)"], payload: .character)
    }
    let entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)] + characters
    let catalog = Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "e[\($0)]" }))
    let names = catalog.searchIndex.index(of: .name, in: catalog)
    #expect(names.fields.count == 2_201)
    #expect(names.fields.capacity < names.fields.count + names.fields.count / 8)
    #expect(names.index.count == names.fields.count)
  }
}
