import ShowSearch
import Synchronization

/// The searches of one search line, one keystroke after another: each tier's index is
/// ranked through an `IncrementalSearch`, so that a query that extends the one before
/// rescans only what that one matched, and a query seen before (after Backspace) comes back
/// as it was. The hits are those of `Catalog.search` for the same query, kind and limit.
///
/// Safe to share between threads; one search runs at a time.
public final class CatalogSearchSession: Sendable {
  /// The catalog searched.
  public let catalog: Catalog
  private let searches: Mutex<TierSearches>

  /// Each tier's incremental search, made the first time the tier is searched.
  private final class TierSearches {
    var byTier: [MatchTier: IncrementalSearch] = [:]

    /// The incremental search of `tier` in `catalog`.
    func search(of tier: MatchTier, in catalog: Catalog) -> IncrementalSearch {
      if let search = byTier[tier] { return search }
      let search = IncrementalSearch(index: catalog.searchIndex.index(of: tier, in: catalog).index)
      byTier[tier] = search
      return search
    }
  }

  /// A session on `catalog` that remembers nothing yet.
  public init(catalog: Catalog) {
    self.catalog = catalog
    searches = Mutex(TierSearches())
  }

  /// Builds what the first search needs (`Catalog.prepareSearch`, and the summaries the
  /// names' narrowing reads), if not built yet: a browser calls it when the search line opens.
  public func prepare() {
    catalog.prepareSearch()
    searches.withLock { _ = $0.search(of: .name, in: catalog) }
  }

  /// `Catalog.search(_:kind:limit:)`, narrowing from the queries searched before.
  public func search(_ query: String, kind: EntityKind? = nil, limit: Int?) -> [CatalogHit] {
    var work = Catalog.SearchWork()
    return search(query, kind: kind, limit: limit, work: &work)
  }

  /// `search(_:kind:limit:)` without waiting for an index: the hits of the tiers whose
  /// indexes are built, and true for `isComplete` when those were all the search needed.
  /// Otherwise the indexes it needs are being built on another thread (`isIndexing`), and
  /// the same search once they are built gives the hits of `search(_:kind:limit:)`.
  public func searchBuiltTiers(_ query: String, kind: EntityKind? = nil, limit: Int?) -> (
    hits: [CatalogHit], isComplete: Bool
  ) {
    var work = Catalog.SearchWork()
    let hits = search(query, kind: kind, limit: limit, work: &work, waitsForIndexes: false)
    return (hits, work.awaitedTier == nil)
  }

  /// True while indexes a search asked for are built on another thread.
  public var isIndexing: Bool { catalog.searchIndex.isBuilding }

  /// `search(_:kind:limit:)`, counting the catalog's work into `work`.
  func search(
    _ query: String, kind: EntityKind?, limit: Int?, work: inout Catalog.SearchWork,
    waitsForIndexes: Bool = true
  ) -> [CatalogHit] {
    searches.withLock { searches in
      let tiers = searches
      return catalog.search(
        query, kind: kind, limit: limit, work: &work, waitsForIndexes: waitsForIndexes,
        rankTier: { tier, query, limit, groups in
          tiers.search(of: tier, in: self.catalog).searchOwners(
            query, limit: limit, groups: groups, runsOnly: tier == .text)
        })
    }
  }

  /// How many candidates the tiers' searches started from so far, in all (see
  /// `IncrementalSearch.candidatesScanned`).
  var candidatesScanned: Int {
    searches.withLock { $0.byTier.values.reduce(0) { $0 + $1.candidatesScanned } }
  }
}
