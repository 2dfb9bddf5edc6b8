import Glibc
import TestSupport
import Testing

@testable import ShowModel

/// A search that needs an index not built yet does not wait for it: it gives the hits of
/// the tiers that are ready, has the rest built on another thread, and once they are built
/// gives what a search with every index built gives.
@Suite struct BackgroundIndexingTests {
  /// Waits until `session` builds no index, for at most 60 s, ten times that under a
  /// sanitizer (a build here takes well under a second).
  /// The wait holds its thread rather than yielding it: a full test run keeps the shared
  /// pool's threads busy, and a task that yields may not run again before the deadline.
  static func waitForIndexes(of session: CatalogSearchSession) {
    let deadline = ContinuousClock.now + .seconds(60 * Sanitizers.slowdown)
    while session.isIndexing && ContinuousClock.now < deadline {
      usleep(5_000)
    }
    let indexing = session.isIndexing
    #expect(!indexing, "still indexing after 60 s")
  }

  @Test(arguments: ["hannah baker", "tyler gun", "polaroid", "langfrod", "clay actor"])
  func theHitsOnceIndexedAreThoseOfASearchWithEveryIndex(query: String) async throws {
    let catalog = try PackLoader.catalog(path: nil)
    let session = CatalogSearchSession(catalog: catalog)
    session.prepare()
    var typed = ""
    var incomplete: [String] = []
    for character in query {
      typed.append(character)
      let found = session.searchBuiltTiers(typed, limit: 20)
      if !found.isComplete { incomplete.append(typed) }
      Self.waitForIndexes(of: session)
      let again = session.searchBuiltTiers(typed, limit: 20)
      #expect(again.isComplete, "\(typed)")
      let fresh = try PackLoader.catalog(path: nil)
      #expect(again.hits == fresh.search(typed, limit: 20), "\(typed)")
    }
    // The built-in show has few names: some keystroke of each query needs a later tier.
    #expect(!incomplete.isEmpty)
  }

  @Test func aSearchThatNeedsALaterTierDoesNotWaitForItsIndex() async throws {
    // Thousands of summaries to index, and one name that matches.
    let hannah = Entity(id: "hannah", kind: .person, name: "Hannah", payload: .person)
    let catalog = Catalog.people(20_000, after: [hannah]) { "Met Hannah on day \($0)." }
    let session = CatalogSearchSession(catalog: catalog)
    session.prepare()
    let first = session.searchBuiltTiers("hannah", limit: 10)
    // The name came at once, from the only index built; the summaries' came later.
    #expect(!first.isComplete)
    #expect(first.hits.map(\.entity.id) == ["hannah"])
    Self.waitForIndexes(of: session)
    let done = session.searchBuiltTiers("hannah", limit: 10)
    #expect(done.isComplete)
    #expect(done.hits.count == 10)
    #expect(done.hits == catalog.search("hannah", limit: 10))
    #expect(catalog.searchIndex.builtTiers == [.name, .related, .text])
  }
}
