import ShowModel

/// One place in the laid-out article where the find's text occurs.
public struct ReaderMatch: Sendable, Equatable {
  /// The laid-out line.
  public var line: Int
  /// The first character of the match in the line, counted in characters.
  public var start: Int
  /// How many characters it spans.
  public var length: Int
}

/// Finding text in an article as the reader laid it out: what it takes, as a value that can
/// be carried to another thread, and the work itself.
public struct ReaderFindRequest: Sendable, Equatable {
  /// What the matches are for: the text and the layout they are found in.
  let key: ReaderFindKey
  /// The laid-out lines to look through.
  let lines: [StyledLine]

  /// Every match of the text in the lines, in reading order, case-insensitive and without
  /// overlaps; nil when `isInterrupted` (asked every thousand lines) stopped the work.
  /// Each character is compared with the text's characters from that place on: linear in
  /// the article for a text of a given length.
  public func run(isInterrupted: () -> Bool) -> [ReaderMatch]? {
    let needle = Array(key.query).map { $0.lowercased() }
    guard !needle.isEmpty else { return [] }
    var matches: [ReaderMatch] = []
    for (number, line) in lines.enumerated() {
      if number % 1000 == 0 && isInterrupted() { return nil }
      let characters = line.flatMap { Array($0.text) }.map { $0.lowercased() }
      var start = 0
      while start + needle.count <= characters.count {
        var length = 0
        while length < needle.count && characters[start + length] == needle[length] {
          length += 1
        }
        if length == needle.count {
          matches.append(ReaderMatch(line: number, start: start, length: length))
          start += length
        } else {
          start += 1
        }
      }
    }
    return matches
  }

  /// Two requests are the same when they look for the same text in the same layout.
  public static func == (left: Self, right: Self) -> Bool { left.key == right.key }
}

/// What a find's matches depend on: the text, and the article's layout.
struct ReaderFindKey: Sendable, Equatable {
  /// The text looked for.
  var query: String
  /// The article, quote and width the lines were laid out for.
  var layout: ArticleReaderView
}

extension [Span] {
  /// The line with `matches` (on this line, in order) in the match role; the current one,
  /// if given, in the current match's role.
  func marking(_ matches: ArraySlice<ReaderMatch>, current: ReaderMatch?) -> StyledLine {
    guard !matches.isEmpty else { return self }
    var roles: [TextRole] = []
    var characters: [Character] = []
    for span in self {
      for character in span.text {
        characters.append(character)
        roles.append(span.role)
      }
    }
    for match in matches {
      let role: TextRole = match == current ? .currentMatch : .match
      for index in match.start..<Swift.min(match.start + match.length, roles.count) {
        roles[index] = role
      }
    }
    var spans: StyledLine = []
    for (index, character) in characters.enumerated() {
      if let last = spans.last, last.role == roles[index] {
        spans[spans.count - 1].text.append(character)
      } else {
        spans.append(Span(String(character), roles[index]))
      }
    }
    return spans
  }
}
