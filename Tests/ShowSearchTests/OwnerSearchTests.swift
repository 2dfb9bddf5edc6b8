import Testing

@testable import ShowSearch

// MARK: - Ranking owners

/// An index of `strings`, each given as (text, owner, weight, group), searched in `chunks`.
func ownedIndex(
  _ strings: [(String, Int, Int, Int)], chunks: Int = 1
) -> SearchIndex {
  var owners = StringOwners(capacity: strings.count)
  for (_, owner, weight, group) in strings {
    owners.append(owner: owner, weight: weight, group: group)
  }
  return SearchIndex(
    strings.map(\.0), parallelThreshold: chunks > 1 ? 0 : .max, chunks: chunks, owners: owners)
}

@Suite struct OwnerSearchTests {
  @Test func eachOwnerComesOnceWithItsBestString() {
    let index = ownedIndex([
      ("Hannah Baker's tapes", 1, 3, 0),
      ("Hannah Baker", 1, 0, 0),
      ("Hannah", 2, 1, 0),
      ("Hannah Baker", 3, 2, 0),
    ])
    let hits = index.searchOwners(SearchQuery("hannah"), limit: 10)
    #expect(hits.map(\.owner) == [1, 2, 3])
    #expect(hits.map(\.index) == [1, 2, 3])
    #expect(hits.allSatisfy { !$0.match.positions.isEmpty })
  }

  @Test func weightRanksBeforeScoreAndScatteredLettersLast() {
    // "xa xb" holds "ab" only as letters inside two words: it ranks after a match of words
    // in a string that weighs much less.
    let index = ownedIndex([
      ("xa xb", 1, 0, 0),
      ("a quote where abbey roads run", 2, 9, 0),
      ("abbey", 3, 4, 0),
    ])
    let hits = index.searchOwners(SearchQuery("ab"), limit: nil)
    #expect(hits.map(\.owner) == [3, 2, 1])
    #expect(hits.map(\.matchClass) == [.words, .words, .scattered])
  }

  @Test func aShortRunAtAWordStartMayLeaveTheRestToTheNext() {
    // "sh" is the longest run at the start of "Sheri", but "s" + "hol" spells two word
    // starts; likewise "hann" + "i", or "han" + "ni" against "Hannah Annie" ("hanni").
    for (term, text) in [("shol", "sheri holland"), ("hanni", "hannah annie")] {
      let spelled = Array(text.utf8).withUnsafeBufferPointer {
        MatchClass.isSpelledByWordStarts(Array(term.utf8), in: $0)
      }
      #expect(spelled, "\(term) in \(text)")
    }
    let index = ownedIndex([("Sheri Holland", 1, 0, 0), ("Hannah Annie", 2, 0, 0)])
    #expect(index.searchOwners(SearchQuery("shol"), limit: nil).map(\.matchClass) == [.words])
    #expect(index.searchOwners(SearchQuery("hanni"), limit: nil).map(\.matchClass) == [.words])
    // Runs must still start words, in order.
    let unspelled = Array("sheri holland".utf8).withUnsafeBufferPointer {
      MatchClass.isSpelledByWordStarts(Array("sholr".utf8), in: $0)
    }
    #expect(!unspelled)
  }

  @Test func lettersScatteredOverALongStringAreNoMatch() {
    let long = "the talented ensemble cast of the show, joined by new faces"
    let index = ownedIndex([(long, 1, 5, 0), ("Clay Jensen", 2, 0, 0)])
    // Without typos, as prose is searched: with one, "ensen" is a run of "ensemble".
    let exact = SearchQuery("jensen", allowsTypos: false)
    #expect(index.searchOwners(exact, limit: nil).map(\.owner) == [2])
    // The same letters as a run of their own do match there.
    #expect(index.searchOwners(SearchQuery("ensemble"), limit: nil).map(\.owner) == [1])
  }

  @Test func aTypoRanksAfterTheSameWeightsWordsButBeforeALighterWeight() {
    let index = ownedIndex([
      ("Bryce Walker", 1, 0, 0),
      ("Brice", 2, 2, 0),
      ("Justin Prentice", 3, 1, 0),
    ])
    let hits = index.searchOwners(SearchQuery("brice"), limit: nil)
    #expect(hits.map(\.owner) == [1, 2])
    #expect(hits.map(\.matchClass) == [.typo, .words])
  }

  @Test func skippedGroupsAreNeverScored() {
    var strings: [(String, Int, Int, Int)] = []
    for number in 0..<2_000 {
      strings.append(("Hannah Baker \(number)", number, 0, number % 2))
    }
    let index = ownedIndex(strings, chunks: 3)
    let search = IncrementalSearch(index: index)
    let hits = search.searchOwners(SearchQuery("hannah"), limit: nil, groups: GroupSet([1]))
    #expect(hits.count == 1_000)
    #expect(hits.allSatisfy { $0.owner % 2 == 1 })
    #expect(search.candidatesScored == 1_000)
  }

  @Test func stringsTheRankingThrowsAwayDoNotHoldTheTypoPassBack() {
    // Sixty strings of another group hold b…r…i…c…e in order; so do sixty long strings of
    // the group searched, as letters scattered over words (no match there).
    var strings: [(String, Int, Int, Int)] = [("Bryce Walker", 0, 0, 0)]
    for number in 1...60 {
      strings.append(("Bob ran into cafes \(number)", number, 0, 1))
      strings.append(("a bob ran far into the cafe and left \(number)", 100 + number, 0, 0))
    }
    let index = ownedIndex(strings)
    for limit in [nil, 10] {
      let hits = index.searchOwners(SearchQuery("brice"), limit: limit, groups: GroupSet([0]))
      #expect(hits.map(\.owner) == [0], "limit \(String(describing: limit))")
    }
  }

  @Test func positionsAreWorkedOutForTheFewThatMayMakeTheList() {
    // A typo in a long string needs its match positions to count its runs. Eight owners'
    // long strings of weight 0 first, then long strings of weight 1 that cannot pass them:
    // every string matches "hannah bakex" only with a typo, and only the first are positioned.
    var strings: [(String, Int, Int, Int)] = []
    for number in 0..<20_000 {
      let text =
        number < 16
        ? "Hannah Baker, who left the tapes for all of them"
        : "a long story on hannah baker and her tapes, told by clay \(number)"
      strings.append((text, number / 2, number < 16 ? 0 : 1, 0))
    }
    let index = ownedIndex(strings, chunks: 2)
    let search = IncrementalSearch(index: index)
    let hits = search.searchOwners(SearchQuery("hannah bakex"), limit: 8)
    #expect(hits.map(\.owner) == Array(0..<8))
    #expect(hits.allSatisfy { $0.matchClass == .typo })
    #expect(search.candidatesPositioned >= 8)
    #expect(search.candidatesPositioned <= 2 * 8 * index.chunkCount)
  }

  @Test func matchesAreClassedWithoutTheirPositions() {
    // Every string that could make the list had its match positions worked out to tell words
    // from scattered letters: 1,000 here for each query.
    var strings: [(String, Int, Int, Int)] = []
    for number in 0..<1_000 {
      strings.append(("Hannah Baker \(number)", number, 0, 0))
    }
    let search = IncrementalSearch(index: ownedIndex(strings))
    for (query, matchClass) in [
      ("hannah bak", MatchClass.words), ("hanbak", .words), ("hnah", .words),
      ("hbk", .scattered),
    ] {
      let hits = search.searchOwners(SearchQuery(query), limit: nil)
      #expect(hits.count == 1_000, "\(query)")
      #expect(hits.allSatisfy { $0.matchClass == matchClass }, "\(query)")
    }
    #expect(search.candidatesPositioned == 0)
    // A typo in a long string still needs them, to count its runs.
    let long = ownedIndex([("a long text about the voice recorded tapes she left", 1, 5, 0)])
    let typing = IncrementalSearch(index: long)
    #expect(typing.searchOwners(SearchQuery("tapex"), limit: nil).map(\.matchClass) == [.typo])
    #expect(typing.candidatesPositioned == 1)
  }

  @Test func narrowingGivesTheRankingOfAFreshSearch() {
    let words = ["Hannah", "Baker", "Clay", "Jensen", "Zoë", "hanna", "tape", "(as", "Hanah"]
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var strings: [(String, Int, Int, Int)] = []
    for _ in 0..<3_000 {
      let text = (0..<(1 + next(4))).map { _ in words[next(words.count)] }.joined(separator: " ")
      strings.append((text, next(700), next(4), next(3)))
    }
    let index = ownedIndex(strings, chunks: 3)
    let search = IncrementalSearch(index: index)
    for groups in [nil, GroupSet([0, 2])] {
      for query in ["hannah baker", "hanbak", "clay jensen"] {
        let characters = Array(query)
        let steps =
          (1...characters.count).map { String(characters.prefix($0)) }
          + (1..<characters.count).reversed().map { String(characters.prefix($0)) }
        for typed in steps {
          let parsed = SearchQuery(typed)
          for limit in [5, nil] {
            let fresh = index.searchOwners(parsed, limit: limit, groups: groups)
            let narrowed = search.searchOwners(parsed, limit: limit, groups: groups)
            #expect(narrowed == fresh, "\(typed) \(String(describing: limit))")
            // A limit only cuts the full ranking short.
            let full = index.searchOwners(parsed, limit: nil, groups: groups)
            #expect(fresh == Array(full.prefix(limit ?? full.count)), "\(typed)")
            let owners = fresh.map(\.owner)
            #expect(Set(owners).count == owners.count)
          }
        }
      }
    }
  }

  @Test func anOwnerOutsideInt32IsRefusedNotWrapped() async {
    // Wrapped, owner 2^32 + 1 would be taken for owner 1 and the two merged into one.
    await #expect(processExitsWith: .failure) {
      var owners = StringOwners(capacity: 1)
      owners.append(owner: 1 << 32 + 1, weight: 0, group: 0)
    }
    var owners = StringOwners(capacity: 1)
    owners.append(owner: Int(Int32.max), weight: 0, group: 0)
    #expect(owners.count == 1)
  }

  @Test func oneRankingOfSeveralSources() {
    let words = OwnerHit(
      owner: 1, index: 0, weight: 2, matchClass: .words,
      match: Match(score: 5, positions: [0], typos: 0))
    var better = words
    better.weight = 0
    var sameOwnerWorse = words
    sameOwnerWorse.weight = 4
    sameOwnerWorse.owner = 1
    var other = words
    other.owner = 2
    other.weight = 3
    let merged = OwnerHit.merge([[words, other], [better], [sameOwnerWorse]], limit: nil)
    #expect(merged.map(\.ranking) == [1, 0])
    #expect(merged.map(\.hit.owner) == [1, 2])
    #expect(OwnerHit.merge([[words, other], [better]], limit: 1).map(\.hit.owner) == [1])
  }
}

@Suite struct ProseMatchTests {
  @Test func proseMatchesOnlyRunsOfLettersInShortStringsToo() {
    let index = ownedIndex([("Officially happening", 1, 2, 0)])
    #expect(index.searchOwners(SearchQuery("lang"), limit: nil).map(\.matchClass) == [.scattered])
    #expect(index.searchOwners(SearchQuery("lang"), limit: nil, runsOnly: true).isEmpty)
    #expect(index.searchOwners(SearchQuery("happen"), limit: nil, runsOnly: true).count == 1)
  }
}
