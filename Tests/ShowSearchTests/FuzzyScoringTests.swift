import Testing

@testable import ShowSearch

// MARK: - Order and bonuses

@Suite struct FuzzyScoringTests {
  @Test func charactersMustAppearInOrder() {
    #expect(match("abc", "a-b-c")?.positions == [0, 2, 4])
    #expect(match("abc", "cba") == nil)
    #expect(match("abcd", "abc") == nil)
  }

  @Test(arguments: [" ", "-", "_", "/", ".", "[", ",", ":", "'", "\""])
  func matchAfterSeparatorBeatsMatchInsideWord(separator: String) throws {
    let atWordStart = try #require(match("ab", "cd\(separator)ab"))
    let insideWord = try #require(match("ab", "cdeab"))
    #expect(atWordStart.positions == [3, 4])
    #expect(insideWord.positions == [3, 4])
    #expect(atWordStart.score > insideWord.score)
  }

  @Test func anOpeningParenthesisStartsNoWord() throws {
    let afterParenthesis = try #require(match("ab", "cd(ab"))
    let insideWord = try #require(match("ab", "cdeab"))
    #expect(afterParenthesis.score == insideWord.score)
  }

  @Test func aRoleNoteEarnsNoWordStartsBeforeTheName() {
    // The "a" of "(as" took a word-start bonus, so "hanbak" preferred the note's letters.
    let lines = ["Hannah By (as Kofi Taixfield)", "Hannah Back"]
    #expect(ranked("hanbak", in: lines).first == "Hannah Back")
  }

  @Test func slashBeatsSpaceBeatsDot() {
    #expect(ranked("ab", in: ["x.ab", "x ab", "x/ab"]) == ["x/ab", "x ab", "x.ab"])
  }

  @Test func camelCaseHumpsScoreHigher() throws {
    #expect(ranked("fb", in: ["foobar", "fooBar"]) == ["fooBar", "foobar"])
    let hump = try #require(match("fb", "fooBar"))
    #expect(hump.positions == [0, 3])
    #expect(match("FB", "FooBar")?.positions == [0, 3])
  }

  @Test func consecutiveRunBeatsScatteredLetters() {
    #expect(ranked("abc", in: ["zaxbxcx", "zabcxxx"]) == ["zabcxxx", "zaxbxcx"])
  }

  @Test func placementPrefersWordStartsAndRuns() {
    #expect(match("hanbak", "Hannah Baker")?.positions == [0, 1, 2, 7, 8, 9])
    #expect(match("ab", "xab ab")?.positions == [4, 5])
    #expect(match("tape", "S1E02 The Tape")?.positions == [10, 11, 12, 13])
  }

  // MARK: - Length, words, exactness

  @Test func shorterCandidateWithTheSameMatchWins() throws {
    #expect(
      ranked("clay", in: ["Clay Jensen Jr", "Clay Jensen"]) == ["Clay Jensen", "Clay Jensen Jr"])
    #expect(ranked("tapes", in: ["Old The Tapes", "The Tapes"]) == ["The Tapes", "Old The Tapes"])
    let shorter = try #require(match("clay", "Clay Jensen"))
    let longer = try #require(match("clay", "Clay Jensen Jr"))
    #expect(shorter.score > longer.score)
  }

  @Test func wordPrefixBeatsScatteredMatch() {
    let scattered = ["La Nina Gomez", "Katherine Langford"]
    #expect(ranked("lang", in: scattered) == ["Katherine Langford", "La Nina Gomez"])
    // Letter by letter "Lan G" scores a little higher; the unbroken word prefix wins.
    let acronym = ["Lan G", "Catherine Elizabeth Langford"]
    #expect(ranked("lang", in: acronym) == ["Catherine Elizabeth Langford", "Lan G"])
  }

  @Test func wholeWordBeatsWordPrefixEvenWhenLonger() {
    #expect(
      ranked("lang", in: ["Ann Langford", "Ann Smith-Lang"]) == [
        "Ann Smith-Lang", "Ann Langford",
      ])
  }

  @Test func exactCandidateBeatsEverything() {
    let candidates = ["Tape Side Tape", "The Tape", "tape", "TAPE"]
    #expect(ranked("tape", in: candidates) == ["tape", "TAPE", "Tape Side Tape", "The Tape"])
    let people = ["Hannah Baker Jr", "hannah_baker", "Hannah Baker"]
    #expect(ranked("hannah baker", in: people).first == "Hannah Baker")
  }

  @Test func scoreAddsUpTheWeights() throws {
    // h a n: start 0.9, two consecutive 1.0; four inner gaps -0.01 each; b after space 0.8;
    // a k consecutive; two trailing gaps -0.005 each.
    let initials = try #require(match("hanbak", "Hannah Baker"))
    #expect(abs(initials.score - 5.65) < 1e-9)
    // Ten leading gaps -0.005 each, L after space 0.8, seven consecutive, whole word 2.5.
    let surname = try #require(match("langford", "Katherine Langford"))
    #expect(abs(surname.score - 10.25) < 1e-9)
    let misspelled = try #require(typoMatch("langfrod", "Katherine Langford"))
    #expect(abs(misspelled.score - 8.25) < 1e-9)
  }

  @Test func emptyQueryMatchesWithZeroScore() {
    let empty = Match(score: 0, positions: [], typos: 0)
    #expect(match("", "anything") == empty)
    #expect(match("   ", "anything") == empty)
    #expect(typoMatch("", "") == empty)
  }
}
