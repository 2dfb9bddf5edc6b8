import Foundation
import ShowModel
import Testing

@testable import SearchRelevance

/// The relevance set in Tests/Relevance: every query ranks its entity no worse than the rank
/// recorded for today, so that a ranking change cannot quietly make search less relevant.
@Suite struct RelevanceSetTests {
  let catalog = try! PackLoader.catalog(path: nil)

  /// The set as committed, read from beside the tests.
  static func committedSet() throws -> RelevanceSet {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Relevance/queries.tsv")
    return try RelevanceSet(parsing: String(contentsOf: file, encoding: .utf8))
  }

  @Test func theSetHoldsAtLeastFortyQueriesOfKnownEntities() throws {
    let set = try Self.committedSet()
    #expect(set.queries.count >= 40)
    #expect(set.unknownIDs(in: catalog) == [])
    #expect(Set(set.queries.map(\.text)).count == set.queries.count, "a query is repeated")
  }

  @Test func noQueryRanksWorseThanItsRecordedRank() throws {
    for result in try Self.committedSet().measure(in: catalog) where !result.isNoWorseThanToday {
      let query = result.query
      let rank = result.rank.map(String.init) ?? RelevanceSet.missing
      let recorded = query.today.map(String.init) ?? RelevanceSet.missing
      let expected = query.expected.joined(separator: ",")
      Issue.record(
        "line \(query.line): \"\(query.text)\" ranks \(expected) \(rank), worse than \(recorded)")
    }
  }

  @Test func aRecordedRankBetterThanTodaysFails() throws {
    // "langford" finds Katherine Langford first and Hannah Baker, whom she plays, second.
    let set = try RelevanceSet(parsing: "langford\thannah-baker\t3\t1\tthe character she plays\n")
    let result = try #require(set.measure(in: catalog).first)
    #expect(result.rank == 2)
    #expect(!result.isNoWorseThanToday)
    #expect(result.isWithinBound)
  }

  @Test func aMissingEntityIsOverItsBoundAndCountsZero() throws {
    let set = try RelevanceSet(parsing: "zzzzqqq\tbryce\t3\tmissing\tnothing matches\n")
    let results = set.measure(in: catalog)
    #expect(results.map(\.rank) == [nil])
    #expect(results.first?.isWithinBound == false)
    #expect(results.first?.isNoWorseThanToday == true)
    #expect(results.meanReciprocalRank == 0)
  }

  @Test func theMeanReciprocalRankAveragesOneOverEachRank() throws {
    let set = try RelevanceSet(
      parsing: """
        katherine langford\tkatherine-langford\t1\t1\tname
        langford\thannah-baker\t3\t2\tthe character she plays
        zzzzqqq\tbryce\t3\tmissing\tnothing matches
        """)
    let results = set.measure(in: catalog)
    #expect(results.map(\.rank) == [1, 2, nil])
    #expect(results.meanReciprocalRank == 0.5)
    #expect(RelevanceTable(results: results).text.hasSuffix("mean reciprocal rank 0.500"))
  }

  @Test func aLineWithoutFiveColumnsNamesItsLine() {
    #expect(
      throws: RelevanceFileError(line: 3, message: "expected 5 tab-separated columns, found 3")
    ) {
      try RelevanceSet(parsing: "# a comment\n\nbrice\tbryce\t3\n")
    }
  }

  @Test func aRankThatIsNotANumberIsRefused() {
    #expect(
      throws: RelevanceFileError(
        line: 1, message: "today's rank must be at least 1 or \"missing\"")
    ) {
      try RelevanceSet(parsing: "brice\tbryce\t3\tfirst\ta typo\n")
    }
  }

  /// An escape, and a right-to-left override that would reorder the printed columns.
  @Test(arguments: ["\u{1B}[2J", "\u{202E}"])
  func aControlCharacterIsRefused(control: String) {
    #expect(throws: RelevanceFileError(line: 1, message: "the line holds a control character")) {
      try RelevanceSet(parsing: "br\(control)ice\tbryce\t3\t2\ta typo\n")
    }
  }

  @Test func windowsLineEndsEndLines() throws {
    let set = try RelevanceSet(
      parsing: "brice\tbryce\t3\t2\ta typo\r\nzach\tzach-dempsey\t1\t1\talias\r\n")
    #expect(set.queries.map(\.text) == ["brice", "zach"])
    #expect(set.queries.map(\.line) == [1, 2])
  }
}
