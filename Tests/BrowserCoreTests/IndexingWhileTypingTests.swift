import Dispatch
import Glibc
import TerminalCells
import TestSupport
import Testing

@testable import BrowserCore
@testable import ShowModel

/// A typed character never waits for the index of the descriptions and quotes: the search
/// the terminal runs lists the names at once, the search line says the rest is indexed,
/// and the results once it is are those of a search with every index built. Keys are
/// answered meanwhile.
@Suite struct IndexingWhileTypingTests {
  /// Runs the searches `browser` waits for as the terminal does, without waiting for an
  /// index.
  static func runSearches(_ browser: inout Browser) {
    while let query = browser.pendingQuery { browser.adopt(browser.search(query)) }
  }

  /// Searches again, as the terminal does each frame, until the results lack no index, for
  /// at most 60 s (ten times that under a sanitizer).
  /// The wait holds its thread rather than yielding it: a full test run keeps the shared
  /// pool's threads busy, and a task that yields may not run again before the deadline.
  static func completeResults(_ browser: inout Browser) {
    let deadline = ContinuousClock.now + .seconds(60 * Sanitizers.slowdown)
    while browser.awaitsIndex && ContinuousClock.now < deadline {
      if browser.searchAgainOnceIndexed() {
        runSearches(&browser)
      } else {
        usleep(5_000)
      }
    }
    let awaits = browser.awaitsIndex
    #expect(!awaits, "results still incomplete after 60 s")
  }

  @Test(arguments: ["polaroid", "tyler gun", "hannah baker"])
  func theResultsOnceIndexedAreThoseOfASearchThatWaited(query: String) async throws {
    let catalog = try PackLoader.catalog(path: nil)
    var browser = BrowserHarness.browser(100, 30, catalog: catalog)
    _ = browser.receive(.key(.character("/")))
    Self.runSearches(&browser)
    var sawIndexing = false
    for character in query {
      _ = browser.receive(.key(.character(character)))
      Self.runSearches(&browser)
      if browser.awaitsIndex {
        sawIndexing = browser.render().lines.last?.contains("indexing…") ?? false
        Self.completeResults(&browser)
      }
    }
    #expect(sawIndexing)
    #expect(!(browser.render().lines.last?.contains("indexing…") ?? true))
    let waited = BrowserHarness.browser(
      100, 30, keys: [.character("/")] + BrowserHarness.typing(query),
      catalog: try PackLoader.catalog(path: nil))
    #expect(browser.state.results == waited.state.results)
    #expect(browser.render().lines == waited.render().lines)
  }

  @Test func keysAreAnsweredWhileTheIndexIsBuilt() async throws {
    // The build of the summaries' index is held until the keys are answered, so that they
    // are sent while it runs however fast the machine builds it; no name matches.
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)]
    for index in 0..<2_000 {
      entities.append(
        Entity(
          id: "p\(index)", kind: .person, name: "Person \(index)",
          summary: "Seen on a polaroid, number \(index).", payload: .person))
    }
    let catalog = Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" }))
    // Every build waits on the gate (the related names' and the summaries'), until it opens.
    let gate = DispatchGroup()
    gate.enter()
    catalog.searchIndex.beforeBackgroundBuild.withLock { $0 = { gate.wait() } }
    var browser = BrowserHarness.browser(100, 30, catalog: catalog)
    _ = browser.receive(.key(.character("/")))
    Self.runSearches(&browser)
    let start = ContinuousClock.now
    for character in "polaroid" {
      _ = browser.receive(.key(.character(character)))
      Self.runSearches(&browser)
    }
    let awaits = browser.awaitsIndex
    #expect(awaits)
    // Esc closes the search line and `q` quits, before the index is built.
    #expect(browser.receive(.key(.escape)) == .redraw)
    #expect(browser.state.search == nil)
    #expect(browser.receive(.key(.character("q"))) == .quit)
    let answeredWhileIndexing = browser.state.searchSession.isIndexing
    #expect(answeredWhileIndexing)
    #expect(ContinuousClock.now - start < .seconds(5 * Sanitizers.slowdown))
    gate.leave()
    Self.completeResults(&browser)
  }
}
