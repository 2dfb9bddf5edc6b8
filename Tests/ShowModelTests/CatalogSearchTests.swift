import ShowSearch
import Testing

@testable import ShowModel

/// Search ranking on the built-in show: names first, then related names, then text.
@Suite struct CatalogSearchTests {
  let catalog = try! PackLoader.catalog(path: nil)

  @Test func langfordFindsTheActorThenHerCharacter() {
    let hits = catalog.search("langford")
    #expect(hits.first?.entity.id == "katherine-langford")
    #expect(hits.dropFirst().first?.entity.id == "hannah-baker")
    #expect(hits.dropFirst().first?.tier == .related)
  }

  @Test func aTypoStillPutsTheNameFirst() {
    #expect(catalog.search("langfrod").first?.entity.id == "katherine-langford")
  }

  @Test func aTypoCountsInNamesButNotInProse() {
    // "jensen" is one letter from "ensen", whose letters "ensemble cast" holds.
    let hits = catalog.search("jensen")
    #expect(hits.first?.entity.id == "clay-jensen")
    #expect(hits.allSatisfy { $0.match.typos == 0 })
    // Then Justin Prentice, who plays him, before letters scattered over "brought to justice".
    let brice = catalog.search("brice").map(\.entity.id)
    #expect(brice.prefix(2) == ["bryce", "justin-prentice"])
  }

  @Test func wordsMayMatchDifferentFieldsOfOneEntityAndItsLinks() {
    // "clay" is the character Dylan Minnette plays, "actor" what he is.
    #expect(catalog.search("clay actor").first?.entity.id == "dylan-minnette")
    #expect(catalog.search("minnette character").first?.entity.id == "clay-jensen")
    // "release" is the label of one of Season 2's facts.
    #expect(catalog.search("season 2 release").prefix(3).map(\.entity.id).contains("season-2"))
  }

  @Test func aShortWordIsLookedForOnlyInTheEntitiesTheLongestWordFound() {
    // "b" is in most fields; "minnette", as one run of letters, in the fields of Dylan
    // Minnette and of the few entities that name or quote him. Only their fields are
    // matched against "b".
    let tiers = [MatchTier.name, .related, .text].map {
      catalog.searchIndex.index(of: $0, in: catalog)
    }
    let minnette = SearchQuery("minnette", allowsTypos: false)
    var found = Set<Int>()
    for tier in tiers {
      for hit in tier.index.search(minnette, limit: nil)
      where Catalog.isCompact(hit.match, terms: 1) {
        found.insert(Int(tier.fields[hit.index].entity))
      }
    }
    let theirFields = found.reduce(0) { count, entity in
      count + tiers.reduce(0) { $0 + Catalog.fields(of: entity, in: $1).count }
    }
    let allFields = tiers.reduce(0) { $0 + $1.fields.count }
    var work = Catalog.TermMatchWork()
    _ = catalog.termMatches(
      of: SearchQuery("minnette b", allowsTypos: false), kind: nil, through: .text,
      work: &work, fetchTerm: catalog.fetchTermAfresh)
    #expect(work.fieldsMatched > 0)
    #expect(work.fieldsMatched <= theirFields)
    #expect(theirFields * 4 < allFields)
  }

  @Test func aTermReadsOnlyTheEntitiesItsKeywordsLeadTo() {
    func keywordEntities(_ query: String) -> Int {
      var work = Catalog.TermMatchWork()
      _ = catalog.termMatches(
        of: SearchQuery(query, allowsTypos: false), kind: nil, through: .text,
        work: &work, fetchTerm: catalog.fetchTermAfresh)
      return work.keywordEntities
    }
    // The entities with a fact label that has a word beginning with `term`, or marked as a
    // cliffhanger when `marked`.
    func carrying(_ term: String, marked: Bool = false) -> Int {
      catalog.entities.filter { entity in
        guard entity.kind != .credit else { return false }
        if marked, case .thread(_, _, true) = entity.payload { return true }
        return entity.facts.contains { fact in
          fact.label.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .contains { $0.hasPrefix(term) }
        }
      }.count
    }
    // "langf" begins no kind, role, mark or fact label: no entity is read for keywords.
    #expect(keywordEntities("langf") == 0)
    // "han" begins a word of a few fact labels ("Hannah's mother"), and nothing else.
    #expect(carrying("han") > 0)
    #expect(keywordEntities("han") == carrying("han"))
    // "cliffhanger" is the mark of five threads and begins a word of two fact labels.
    #expect(keywordEntities("cliffhanger") == carrying("cliffhanger", marked: true))
    #expect(carrying("cliffhanger", marked: true) < catalog.entities.count / 4)
  }

  @Test func numberWordsMeetTheirDigits() {
    #expect(catalog.search("season two").first?.entity.id == "season-2")
    #expect(catalog.search("second season").first?.entity.id == "season-2")
    #expect(catalog.search("thirteen reasons why").first?.entity.id == "13-reasons-why")
  }

  @Test func cliffhangerFindsEveryThreadMarkedAsOne() {
    let marked = catalog.entities.filter { entity in
      if case .thread(_, _, true) = entity.payload { return true }
      return false
    }
    #expect(marked.count == 5)
    let found = catalog.search("cliffhanger").prefix(marked.count)
    #expect(Set(found.map(\.entity.id)) == Set(marked.map(\.id)))
    #expect(found.allSatisfy { $0.field == "marked" && $0.matchedText == "cliffhanger" })
  }

  @Test func gunFindsTheThreadThroughItsName() {
    let hits = catalog.search("gun", kind: .thread)
    #expect(hits.first?.entity.id == "tyler-cliffhanger")
  }

  @Test func fuzzyInitialsFindHannahBaker() {
    #expect(catalog.search("hanbak").first?.entity.id == "hannah-baker")
  }

  @Test func matchPositionsPointIntoTheMatchedText() throws {
    let hit = try #require(catalog.search("clay").first)
    #expect(hit.entity.id == "clay-jensen")
    let letters = hit.match.positions.map { Array(hit.matchedText)[$0] }
    #expect(String(letters).lowercased() == "clay")
  }

  @Test func kindAndLimitFilter() {
    let people = catalog.search("a", kind: .person, limit: 3)
    #expect(people.count == 3)
    #expect(people.allSatisfy { $0.entity.kind == .person })
  }

  @Test func eachEntityAppearsOnce() {
    let ids = catalog.search("hannah").map(\.entity.id)
    #expect(ids.count == Set(ids).count)
  }

  @Test func emptyQueryFindsNothing() {
    #expect(catalog.search("  ").isEmpty)
  }
}
