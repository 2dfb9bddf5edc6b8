import Testing

@testable import ShowSearch

// MARK: - Positions in wide, combined and emoji text

@Suite struct UnicodePositionsTests {
  @Test func wideCharacters() {
    #expect(match("タワ", "東京タワー")?.positions == [2, 3])
    #expect(match("太郎", "山田 太郎")?.positions == [3, 4])
    #expect(match("tower", "東京 Tower")?.positions == [3, 4, 5, 6, 7])
    #expect(match("京ワ", "東京タワー")?.positions == [1, 3])
  }

  @Test func combiningMarksStayInTheirGrapheme() {
    #expect(match("eclair", "e\u{301}clair")?.positions == [0, 1, 2, 3, 4, 5])
    #expect(match("noir", "Cafe\u{301} Noir")?.positions == [5, 6, 7, 8])
    #expect(match("cafe", "Cafe\u{301} Noir")?.positions == [0, 1, 2, 3])
  }

  @Test func emojiCountAsOneGraphemeEach() {
    #expect(match("thumbs", "👍🏽 thumbs")?.positions == [2, 3, 4, 5, 6, 7])
    #expect(match("japan", "🇯🇵 Japan")?.positions == [2, 3, 4, 5, 6])
    #expect(match("family", "👨‍👩‍👧 family")?.positions == [2, 3, 4, 5, 6, 7])
    #expect(match("👍", "I 👍🏽 it")?.positions == [2])
  }

  @Test func carriageReturnAndLineFeedAreOneGrapheme() {
    #expect(match("ab", "a\r\nb")?.positions == [0, 2])
  }

  @Test func multibyteCharactersAreNeverSplit() {
    // "д" is D0 B4 in UTF-8; "Ѐ" (folded to "е", D0 B5) and "´" (C2 B4) hold its two bytes
    // in order, but not as one character.
    #expect(match("д", "Ѐ´") == nil)
    #expect(match("д", "Ѐ´д")?.positions == [2])
  }

  @Test func positionsAreSortedUniqueGraphemeIndices() throws {
    let candidates = [
      "Zoë Ærøskøbing 👍🏽 東京", "e\u{301}e\u{301}e\u{301}", "ßßß straße", "ÆæÆ aeae",
      "👨‍👩‍👧 👨‍👩‍👧 fam", "Cafe\u{301} cafe",
    ]
    for query in ["e", "ae", "ss", "fam", "cafe", "zoe ae", "ee"] {
      for candidate in candidates {
        guard let found = match(query, candidate) else { continue }
        #expect(found.positions == Array(Set(found.positions)).sorted(), "\(query) in \(candidate)")
        let last = try #require(found.positions.last)
        #expect(last < candidate.count, "\(query) in \(candidate)")
      }
    }
  }
}
