import Testing

@testable import ShowModel

/// A search for the browser's list asks each tier's index for its best hits only: when the
/// names fill the list, the quotes and summaries are neither folded nor judged.
@Suite struct CatalogSearchCostTests {
  /// A catalog of `named` characters called Hannah and `others` characters whose summaries
  /// mention her.
  static func catalog(named: Int, others: Int) -> Catalog {
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)]
    for index in 0..<named {
      entities.append(
        Entity(
          id: "hannah-\(index)", kind: .character, name: "Hannah \(index)", payload: .character))
    }
    for index in 0..<others {
      entities.append(
        Entity(
          id: "other-\(index)", kind: .character, name: "Person \(index)",
          summary: "Hannah said so, number \(index).", payload: .character))
    }
    return Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" }))
  }

  @Test func namesThatFillTheListEndTheSearch() {
    // Judging every hit judged the 10,000 summaries too, and folded them into an index.
    let catalog = Self.catalog(named: 30, others: 10_000)
    var work = Catalog.SearchWork()
    let hits = catalog.search("hannah", kind: nil, limit: 20, work: &work)
    #expect(hits.count == 20)
    #expect(hits.allSatisfy { $0.tier == .name && $0.entity.id.hasPrefix("hannah-") })
    #expect(work.received <= 20, "\(work.received) hits handed over for 20 results")
    #expect(catalog.searchIndex.builtTiers == [.name])
  }

  @Test func aQueryOfSeveralWordsMatchesTheFieldsOfTheBestHitsOnly() {
    // Every summary holds "hannah" and a "b" ("number"): the second word was matched against
    // the fields of all 10,000 entities whose summary holds the first.
    let catalog = Self.catalog(named: 0, others: 10_000)
    var work = Catalog.SearchWork()
    let hits = catalog.search("hannah b", kind: nil, limit: 20, work: &work)
    #expect(hits.count == 20)
    // The longest word is looked for among the best entities of its ranking alone; each
    // entity found has two fields (a name and a summary) in the tiers that hold them.
    let fetch = max(20 * 2, Catalog.smallestFetch)
    #expect(work.termMatching.fieldsMatched <= 3 * fetch * 2, "\(work.termMatching)")
  }

  @Test func aSecondWordReusesTheRankingOfTheFirst() {
    // Typing "hannah b" after "hannah" searched every name again for "hannah" alone, in a
    // search of its own, to match the words one by one.
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)]
    for index in 0..<10_000 {
      // Every name holds the letters of "hannah", most not in order: no list of the names
      // that may hold it is worth keeping.
      let name = index < 60 ? "Hannah Baker \(index)" : "Nathan Hale \(index)"
      entities.append(
        Entity(id: "person-\(index)", kind: .character, name: name, payload: .character))
    }
    let catalog = Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" }))
    let session = CatalogSearchSession(catalog: catalog)
    _ = session.search("hannah", limit: 20)
    let afterFirst = session.candidatesScanned
    let hits = session.search("hannah b", limit: 20)
    #expect(hits.first?.entity.name.hasPrefix("Hannah Baker") == true)
    // One pass over the names, for "hannah b" itself (it was two).
    #expect(session.candidatesScanned - afterFirst <= entities.count)
  }

  @Test func namesThatFillTheListEndASearchOfSeveralWords() {
    // Matching the words one by one read every tier, folding the 10,000 summaries.
    let catalog = Self.catalog(named: 30, others: 10_000)
    let hits = catalog.search("hannah 1", limit: 5)
    #expect(hits.count == 5)
    #expect(hits.allSatisfy { $0.tier == .name && $0.entity.id.hasPrefix("hannah-1") })
    #expect(catalog.searchIndex.builtTiers == [.name])
    // No keyword was looked for in the names' tier, so no person's credits were needed.
    #expect(!catalog.hasBuiltRelations)
  }

  @Test func eachTierIsSearchedOnceForAQuerysLongestWord() {
    // The names do not fill the list, so the words are matched through all three tiers;
    // each pass searched again every tier the passes before it had searched.
    let catalog = Self.catalog(named: 3, others: 100)
    var work = Catalog.SearchWork()
    let hits = catalog.search("hannah said", kind: nil, limit: 50, work: &work)
    #expect(hits.count == 50)
    #expect(work.termMatching.tierSearches == 3)
  }

  @Test func wordsMatchedAcrossFieldsAreFoundAtSmallLimits() throws {
    // With the longest word looked for among the `limit` best entities holding it alone,
    // these found nothing (or another entity first) at a limit of 5 and 1.
    let catalog = try PackLoader.catalog(path: nil)
    #expect(catalog.search("netflix variety", limit: 5).first?.entity.name == "Variety")
    #expect(catalog.search("navarro mantle", limit: 1).first?.entity.name == "Ross Butler")
    for query in ["netflix variety", "navarro mantle", "clay actor", "season 2 release"] {
      let full = catalog.search(query).map(\.entity.id)
      for limit in [1, 5, 25] {
        #expect(catalog.search(query, limit: limit).map(\.entity.id) == Array(full.prefix(limit)))
      }
    }
  }

  @Test(arguments: ["h", "ha", "hannah", "an", "bak", "hanbak", "langfrod", "gun", "e", "tape"])
  func theBestOfALimitedSearchAreTheFirstOfAFullOne(query: String) throws {
    let catalog = try PackLoader.catalog(path: nil)
    let full = catalog.search(query)
    for limit in [1, 3, 10, 40] {
      let limited = catalog.search(query, limit: limit)
      #expect(limited == Array(full.prefix(limit)), "limit \(limit)")
    }
  }

  @Test func whenNamesRunOutTheSummariesFillTheRest() {
    let catalog = Self.catalog(named: 3, others: 100)
    let hits = catalog.search("hannah", limit: 10)
    #expect(hits.count == 10)
    #expect(hits.prefix(3).allSatisfy { $0.tier == .name })
    #expect(hits.dropFirst(3).allSatisfy { $0.tier == .text && $0.field == "summary" })
    #expect(catalog.search("hannah").count == 103)
  }

  @Test func eachTierIsAskedOnceForItsRanking() {
    // The text tier's hits are letters scattered over each summary, which the catalog
    // dropped after the engine ranked them, so it asked for four times more until none were
    // left (64, 256, 1,024, then 2,000 hits, each with its positions worked out again). The
    // engine drops them itself, and each tier is asked once.
    let catalog = Catalog.people(2_000) { "Hannah bought a kite early, day \($0)." }
    var work = Catalog.SearchWork()
    let hits = catalog.search("hannah baker", kind: nil, limit: 10, work: &work)
    #expect(hits.isEmpty)
    #expect(work.tierSearches == 3)
    #expect(work.received == 0)
  }

  @Test func aSearchForOneKindRanksOnlyThatKind() {
    // The kind was applied after ranking every kind: 20 characters named Hannah filled the
    // list, and the one person came out only from a search for everything.
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)]
    for index in 0..<20 {
      entities.append(
        Entity(id: "c\(index)", kind: .character, name: "Hannah \(index)", payload: .character))
    }
    entities.append(
      Entity(id: "p", kind: .person, name: "Hannah Baker Jones", payload: .person))
    let catalog = Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" }))
    var work = Catalog.SearchWork()
    let hits = catalog.search("hannah", kind: .person, limit: 5, work: &work)
    #expect(hits.map(\.entity.id) == ["p"])
    #expect(work.received == 1)
  }
}
