import ShowModel

/// One query of the relevance set: what a person types, the entity they mean, how high it
/// must rank and how high it ranks today.
public struct RelevanceQuery: Sendable, Equatable {
  /// What a person types.
  public var text: String
  /// The ids of the entities the person means; the best ranked of them counts.
  public var expected: [String]
  /// The worst rank the expected entity may take: 1 for its exact name or alias, else 3.
  public var bound: Int
  /// The rank recorded for today's ranking, nil when today's search misses the entity.
  public var today: Int?
  /// Why a person typing this means that entity.
  public var reason: String
  /// The line of the file the query was read from, counted from 1.
  public var line: Int
}

/// A problem in the relevance file, with the line it is on.
public struct RelevanceFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The line, counted from 1.
  public var line: Int
  /// What is wrong with it.
  public var message: String

  /// The problem as "line N: message".
  public var description: String { "line \(line): \(message)" }
}

/// The hand-written queries that measure search relevance, read from a tab-separated file:
/// query, expected ids (comma-separated), bound, today's rank or "missing", reason. Blank
/// lines and lines starting with `#` are skipped.
public struct RelevanceSet: Sendable, Equatable {
  /// The queries, in file order.
  public var queries: [RelevanceQuery]

  /// The word that records a query today's search does not find.
  public static let missing = "missing"

  /// Reads the set from the file's text.
  public init(parsing text: String) throws(RelevanceFileError) {
    var queries: [RelevanceQuery] = []
    var number = 0
    // "\r\n" is one Character, so it ends a line as "\n" does.
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      number += 1
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
      queries.append(try Self.query(from: line, number: number))
    }
    guard !queries.isEmpty else {
      throw RelevanceFileError(line: max(number, 1), message: "the file holds no query")
    }
    self.queries = queries
  }

  private static func query(from line: Substring, number: Int) throws(RelevanceFileError)
    -> RelevanceQuery
  {
    func failure(_ message: String) -> RelevanceFileError {
      RelevanceFileError(line: number, message: message)
    }
    // The table is printed to a terminal: nothing in it may steer the terminal (controls,
    // and the bidirectional overrides that would reorder its columns).
    guard !line.unicodeScalars.contains(where: { $0 != "\t" && SafeText.isUnsafe($0) })
    else { throw failure("the line holds a control character") }
    let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard columns.count == 5 else {
      throw failure("expected 5 tab-separated columns, found \(columns.count)")
    }
    let text = String(columns[0])
    guard !text.allSatisfy(\.isWhitespace) else { throw failure("the query is empty") }
    let expected = columns[1].split(separator: ",").map {
      String($0.trimmingPrefix(while: \.isWhitespace))
    }
    guard !expected.isEmpty, expected.allSatisfy({ !$0.isEmpty }) else {
      throw failure("no expected id")
    }
    guard let bound = Int(columns[2]), bound >= 1 else {
      throw failure("the bound must be a rank of at least 1")
    }
    let today: Int?
    if columns[3] == Self.missing {
      today = nil
    } else if let rank = Int(columns[3]), rank >= 1 {
      today = rank
    } else {
      throw failure("today's rank must be at least 1 or \"\(Self.missing)\"")
    }
    let reason = String(columns[4])
    guard !reason.allSatisfy(\.isWhitespace) else { throw failure("the reason is empty") }
    return RelevanceQuery(
      text: text, expected: expected, bound: bound, today: today, reason: reason, line: number)
  }
}
