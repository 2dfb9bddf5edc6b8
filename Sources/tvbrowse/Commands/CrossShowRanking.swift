import ShowModel

/// The hits of several shows in one ranking, as one show ranks its own.
enum CrossShowRanking {
  /// `found`, each hit with its show, ranked by `CatalogHit.ranksBefore`; hits of equal
  /// rank keep the order given (the shows' order, then each catalog's). At most `limit`.
  static func merge<Show>(_ found: [(hit: CatalogHit, show: Show)], limit: Int) -> [(
    hit: CatalogHit, show: Show
  )] {
    let ranked = found.enumerated().sorted { lhs, rhs in
      if lhs.element.hit.ranksBefore(rhs.element.hit) { return true }
      if rhs.element.hit.ranksBefore(lhs.element.hit) { return false }
      return lhs.offset < rhs.offset
    }
    return ranked.prefix(limit).map(\.element)
  }
}
