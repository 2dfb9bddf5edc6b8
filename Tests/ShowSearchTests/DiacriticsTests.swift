import Testing

@testable import ShowSearch

// MARK: - Diacritics and letters that fold

@Suite struct DiacriticsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let query: String
    let candidate: String
    let positions: [Int]
    var testDescription: String { "\(query) in \(candidate)" }
  }

  static let cases: [Case] = [
    Case(query: "zoe", candidate: "Zoë", positions: [0, 1, 2]),
    Case(query: "soren", candidate: "Søren", positions: [0, 1, 2, 3, 4]),
    Case(query: "lucia", candidate: "Lucía", positions: [0, 1, 2, 3, 4]),
    Case(query: "lodz", candidate: "Łódź", positions: [0, 1, 2, 3]),
    Case(query: "aesir", candidate: "Æsir", positions: [0, 1, 2, 3]),
    Case(query: "oeuvre", candidate: "Œuvre", positions: [0, 1, 2, 3, 4]),
    Case(query: "strasse", candidate: "Straße", positions: [0, 1, 2, 3, 4, 5]),
    Case(query: "gross", candidate: "GROẞ", positions: [0, 1, 2, 3]),
    Case(query: "dorde", candidate: "Đorđe", positions: [0, 1, 2, 3, 4]),
    Case(query: "thor", candidate: "Þór", positions: [0, 1, 2]),
    Case(query: "istanbul", candidate: "ıstanbul", positions: [0, 1, 2, 3, 4, 5, 6, 7]),
    Case(query: "oyvind", candidate: "ØYVIND", positions: [0, 1, 2, 3, 4, 5]),
    Case(query: "bjork", candidate: "Björk Guðmundsdóttir", positions: [0, 1, 2, 3, 4]),
    Case(query: "nguyen", candidate: "Nguyễn", positions: [0, 1, 2, 3, 4, 5]),
  ]

  @Test(arguments: cases)
  func foldedLettersMatchPlainQueries(_ example: Case) {
    #expect(match(example.query, example.candidate)?.positions == example.positions)
  }

  @Test func accentedQueriesFindPlainCandidates() {
    #expect(match("zoë", "Zoe")?.positions == [0, 1, 2])
    #expect(match("søren", "Soren")?.positions == [0, 1, 2, 3, 4])
    #expect(match("zoe\u{308}", "Zoë")?.positions == [0, 1, 2])
  }

  @Test func decomposedCandidatesKeepOneGraphemePerLetter() {
    #expect(match("zoe", "Zoe\u{308}")?.positions == [0, 1, 2])
    #expect(match("lucia", "Luci\u{301}a")?.positions == [0, 1, 2, 3, 4])
  }

  @Test func expandedLettersReportTheirGraphemeOnce() {
    #expect(match("ae", "Æsir")?.positions == [0])
    #expect(match("sir", "Æsir")?.positions == [1, 2, 3])
    #expect(match("ss", "Straße")?.positions == [4])
    #expect(match("the", "Þe")?.positions == [0, 1])
  }

  @Test func foldingSpellsEveryLetterPlainly() {
    #expect(
      folded("Ærøskøbing Łódź Œil Straße ẞ Đ Þór ı") == "aeroskobing lodz oeil strasse ss d thor i")
    #expect(foldedKeepingCase("Ærøskøbing ØŁŒÆÞ") == "AEroskobing OLOEAETH")
    #expect(folded("Ελένη Иванова Ñandú") == "ελενη иванова nandu")
    #expect(folded("Σίσυφος Meſſe") == "σισυφοσ messe")
    #expect(folded("it’s — “quoted”") == "it's - \"quoted\"")
  }

  @Test func bothSpellingsHaveTheSameLength() {
    for text in ["Ærøskøbing", "GROẞ", "ȺȾ", "İstanbul", "K\u{212A}", "東京 Ünïcödé 👍🏽"] {
      let (cased, lower) = TextFolding.fold(text)
      #expect(cased.count == lower.count, "\(text)")
      #expect(TextFolding.graphemeIndices(of: text).count == cased.count, "\(text)")
    }
  }
}
