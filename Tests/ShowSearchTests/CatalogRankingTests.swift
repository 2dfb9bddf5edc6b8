import Testing

@testable import ShowSearch

// MARK: - Rankings a catalog relies on

@Suite struct CatalogRankingTests {
  static let names = ["Katherine Langford", "Hannah Baker", "Lang", "Clay Jensen", "Alex"]
  let index = SearchIndex(Self.names)

  func hits(_ query: String) -> [(name: String, positions: [Int], typos: Int)] {
    index.search(SearchQuery(query), limit: nil).map {
      (Self.names[$0.index], $0.match.positions, $0.match.typos)
    }
  }

  @Test func exactNameFirstThenWordPrefix() {
    let found = hits("lang")
    #expect(found.map(\.name) == ["Lang", "Katherine Langford"])
    #expect(found.map(\.positions) == [[0, 1, 2, 3], [10, 11, 12, 13]])
  }

  @Test func initialsOfFirstAndLastName() {
    let found = hits("hanbak")
    #expect(found.map(\.name) == ["Hannah Baker"])
    #expect(found.first?.positions == [0, 1, 2, 7, 8, 9])
  }

  @Test func misspelledSurname() {
    let found = hits("langfrod")
    #expect(found.map(\.name) == ["Katherine Langford"])
    #expect(found.first?.positions == [10, 11, 12, 13, 14, 15, 16, 17])
    #expect(found.first?.typos == 1)
  }

  @Test func missingLetter() {
    let found = hits("hanah")
    #expect(found.map(\.name) == ["Hannah Baker"])
    #expect(found.first?.positions == [0, 1, 2, 4, 5])
    #expect(found.first?.typos == 0)
  }

  @Test func fullNameInEitherOrder() {
    #expect(hits("hannah baker").map(\.name) == ["Hannah Baker"])
    #expect(hits("baker hannah").first?.positions == [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11])
  }

  @Test func uppercaseInitials() {
    let found = hits("KL")
    #expect(found.map(\.name) == ["Katherine Langford"])
    #expect(found.first?.positions == [0, 10])
  }

  @Test func singleNames() {
    #expect(hits("alex").map(\.name) == ["Alex"])
    #expect(hits("clay").map(\.name) == ["Clay Jensen"])
    #expect(hits("baker").first?.positions == [7, 8, 9, 10, 11])
  }
}
