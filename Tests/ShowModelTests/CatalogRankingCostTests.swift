import Testing

@testable import ShowModel

/// The browser asks a search for its 500 best entities; the catalog picks them from every
/// match without sorting all of them, and in the order a full sort would give.
@Suite struct CatalogRankingCostTests {
  /// A deterministic shuffle of 0..<count (a linear congruential generator's order).
  static func shuffled(_ count: Int) -> [Int] {
    var items = Array(0..<count)
    var state: UInt64 = 13
    for index in stride(from: count - 1, to: 0, by: -1) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      items.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
    }
    return items
  }

  @Test(arguments: [0, 1, 7, 500, 1_000, 1_001])
  func theBestComeOutAsAFullSortWouldGiveThem(count: Int) {
    let items = Self.shuffled(1_000)
    #expect(Catalog.best(count, of: items, by: <) == Array(items.sorted().prefix(count)))
    #expect(Catalog.best(count, of: items, by: >) == Array(items.sorted(by: >).prefix(count)))
  }

  @Test func pickingTheBestFiveHundredOfManyComparesEachAboutOnce() {
    // Sorting 200,000 matches takes about 3.4 million comparisons; picking the 500 best
    // turns most of them away with one.
    let items = Self.shuffled(200_000)
    var comparisons = 0
    let best = Catalog.best(500, of: items) { lhs, rhs in
      comparisons += 1
      return lhs < rhs
    }
    #expect(best == Array(0..<500))
    #expect(comparisons < 2 * items.count, "\(comparisons) comparisons for \(items.count) items")
  }
}
