import Testing

@testable import ShowSearch

// MARK: - Smart case

@Suite struct SmartCaseTests {
  @Test func lowercaseQueryIgnoresCase() {
    #expect(match("hannah", "HANNAH BAKER")?.positions == [0, 1, 2, 3, 4, 5])
    #expect(match("hb", "HannahBaker")?.positions == [0, 6])
  }

  @Test func uppercaseLetterMakesTheQueryCaseSensitive() {
    #expect(match("Hannah", "hannah baker") == nil)
    #expect(match("Hannah", "Hannah Baker")?.positions == [0, 1, 2, 3, 4, 5])
    #expect(
      ranked("HB", in: ["hannah_baker", "HannahBaker", "Hannah Baker"]) == [
        "Hannah Baker", "HannahBaker",
      ])
  }

  @Test func caseSensitivityIsDecidedOnce() {
    #expect(!SearchQuery("abc").isCaseSensitive)
    #expect(SearchQuery("aBc").isCaseSensitive)
    #expect(SearchQuery("ÉCOLE").isCaseSensitive)
    #expect(!SearchQuery("école 123 -_").isCaseSensitive)
  }

  @Test func caseSensitiveQueryStillIgnoresDiacritics() {
    #expect(match("Zoë", "Zoe")?.positions == [0, 1, 2])
    #expect(match("Zoe", "Zoë")?.positions == [0, 1, 2])
    #expect(match("Zoe", "zoë") == nil)
    #expect(match("SØREN", "Søren") == nil)
    #expect(match("SØREN", "SØREN KIERKEGAARD")?.positions == [0, 1, 2, 3, 4])
  }

  @Test func nonLatinLettersFoldCaseToo() {
    #expect(match("иван", "Анна Иванова")?.positions == [5, 6, 7, 8])
    #expect(match("ελενη", "Ελένη")?.positions == [0, 1, 2, 3, 4])
  }
}
