import Testing

@testable import ImdbImport

@Suite struct IDSetTests {
  @Test func idsAreKeptAsBitsUpToTheLimit() {
    var set = IDSet()
    for id in [0, 1, 63, 64, 944_947, 40_000_000] {
      let added = set.insert(id)
      #expect(added)
    }
    for id in [0, 1, 63, 64, 944_947, 40_000_000] { #expect(set.contains(id)) }
    for id in [2, 62, 65, 944_946, 39_999_999, 50_000_000, -1] { #expect(!set.contains(id)) }
    let beyond = set.insert(IDSet.limit + 1)
    #expect(!beyond)
    #expect(!set.contains(IDSet.limit + 1))
    let atTheLimit = set.insert(IDSet.limit)
    #expect(atTheLimit && set.contains(IDSet.limit))
  }
}
