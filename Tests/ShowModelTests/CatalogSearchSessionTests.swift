import Testing

@testable import ShowModel

/// A search line's session gives what a fresh search gives, and a query typed after a
/// shorter one rescans only what that one matched.
@Suite struct CatalogSearchSessionTests {
  /// Queries typed one character at a time and deleted again.
  static let typed = [
    "hannah baker", "clay actor", "langfrod", "season two", "brice", "tyler gun", "disagree",
    "jensen", "cliffhanger", "Hannah B",
  ]

  @Test func typingAndDeletingGivesWhatAFreshSearchGives() throws {
    let catalog = try PackLoader.catalog(path: nil)
    for text in Self.typed {
      let session = CatalogSearchSession(catalog: catalog)
      let characters = Array(text)
      let steps =
        (1...characters.count).map { String(characters.prefix($0)) }
        + (1..<characters.count).reversed().map { String(characters.prefix($0)) }
      for step in steps {
        for limit in [5, 33] {
          #expect(
            session.search(step, limit: limit) == catalog.search(step, limit: limit),
            "\(step) limit \(limit)")
        }
      }
    }
  }

  @Test func theKindIsHonoured() throws {
    let catalog = try PackLoader.catalog(path: nil)
    let session = CatalogSearchSession(catalog: catalog)
    for step in ["h", "ha", "han", "hann"] {
      #expect(
        session.search(step, kind: .person, limit: 10)
          == catalog.search(step, kind: .person, limit: 10))
    }
  }

  @Test func typingANameRescansOnlyWhatTheShorterQueryMatched() {
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)]
    for index in 0..<10_000 {
      let name = index % 500 == 0 ? "Hannah Baker \(index)" : "Person \(index)"
      entities.append(Entity(id: "p\(index)", kind: .person, name: name, payload: .person))
    }
    let catalog = Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" }))
    let session = CatalogSearchSession(catalog: catalog)
    let text = Array("hannah baker")
    for length in 1...text.count {
      _ = session.search(String(text.prefix(length)), limit: 10)
    }
    // Afresh, each of the 12 keystrokes read every name, and the typo pass read them again
    // while fewer than 50 matched: over 12 times the names. Narrowing reads them a few times
    // over, for the first letters, then only the 20 Hannahs.
    #expect(session.candidatesScanned < 5 * entities.count, "\(session.candidatesScanned)")
    #expect(session.search("hannah baker", limit: 10) == catalog.search("hannah baker", limit: 10))
  }

  @Test func eachTierIsRankedOnceAKeystroke() {
    // Every summary's letters match scattered, which the catalog dropped after the engine
    // ranked them, so it asked the summaries' index for more four times over, for every
    // keystroke; the engine drops them itself.
    let catalog = Catalog.people(2_000) { "Hannah bought a kite early, day \($0)." }
    let session = CatalogSearchSession(catalog: catalog)
    var work = Catalog.SearchWork()
    _ = session.search("hannah bake", kind: nil, limit: 10, work: &work)
    #expect(work.tierSearches == 3, "\(work.tierSearches)")
    work = Catalog.SearchWork()
    let hits = session.search("hannah baker", kind: nil, limit: 10, work: &work)
    #expect(work.tierSearches == 3, "\(work.tierSearches) searches of 3 tiers")
    #expect(hits == catalog.search("hannah baker", limit: 10))
    // A query that does not extend the last one starts from a page again.
    work = Catalog.SearchWork()
    _ = session.search("person", kind: nil, limit: 10, work: &work)
    #expect(work.tierSearches == 1)
  }
}
