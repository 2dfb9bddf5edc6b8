import Testing

@testable import ShowSearch

// MARK: - Indexes over lines of bytes

@Suite struct LineIndexTests {
  static let lines = [
    "Hannah Baker", "", "Zoë Kravitz", "Søren Olsen\r", "山田 太郎", "e\u{301}mile",
    "Clay Jensen (as Clay)", "Анна Иванова", String(repeating: "long hannah ", count: 30),
  ]

  /// The same candidates given as strings and as newline-separated bytes.
  static let joined = Array(lines.joined(separator: "\n").utf8) + [0x0A]

  static let queries = ["han", "zoe", "soren", "太", "emile", "clay", "анна", "hanbak", "Z", "xq"]

  @Test func linesIndexLikeStrings() {
    let fromStrings = SearchIndex(Self.lines)
    let fromLines = SearchIndex(lines: Self.joined)
    #expect(fromLines.count == Self.lines.count)
    for (index, line) in Self.lines.enumerated() {
      #expect(fromLines[index] == line)
    }
    for query in Self.queries.map(SearchQuery.init) {
      #expect(fromLines.search(query, limit: nil) == fromStrings.search(query, limit: nil))
      let expected = fromStrings.search(query, limit: 3).map(\.index)
      #expect(fromLines.rankedIndices(query, limit: 3) == expected)
    }
  }

  @Test func linesWrittenIntoTheIndexsBlockIndexLikeACopy() {
    let written = SearchIndex(byteCount: Self.joined.count) { block in
      #expect(block.count == Self.joined.count)
      _ = block.update(fromContentsOf: Self.joined)
    }
    let copied = SearchIndex(lines: Self.joined)
    #expect(written.count == Self.lines.count)
    for (index, line) in Self.lines.enumerated() { #expect(written[index] == line) }
    for query in Self.queries.map(SearchQuery.init) {
      #expect(written.search(query, limit: nil) == copied.search(query, limit: nil))
    }
    #expect(SearchIndex(byteCount: 0) { _ in }.count == 0)
  }

  @Test func lastLineNeedsNoNewline() {
    let index = SearchIndex(lines: Array("a\nb\nc".utf8))
    #expect(index.count == 3)
    #expect(index[2] == "c")
    #expect(SearchIndex(lines: Array("a\n".utf8)).count == 1)
    #expect(SearchIndex(lines: []).count == 0)
    #expect(SearchIndex(lines: Array("\n\n".utf8)).count == 2)
  }

  @Test func invalidUTF8ReadsAsReplacementCharacters() throws {
    let bytes: [UInt8] = Array("ab".utf8) + [0xFF, 0xC3] + Array("x\nzoë".utf8)
    let index = SearchIndex(lines: bytes)
    #expect(index[0] == "ab\u{FFFD}\u{FFFD}x")
    let hit = try #require(index.search(SearchQuery("abx"), limit: nil).first)
    #expect(hit.index == 0)
    #expect(hit.match.positions == [0, 1, 4])
    index.withUTF8(of: 0) { #expect(Array($0) == Array(bytes[0..<5])) }
  }

  @Test func longInputsSplitIntoChunksLikeOne() {
    var shuffler: UInt64 = 7
    let names = (0..<6_000).map { number -> String in
      shuffler = shuffler &* 6_364_136_223_846_793_005 &+ 1
      let first = ["Hannah", "Zoë", "Clay", "山田", "Søren", "Alex"][Int(shuffler >> 60) % 6]
      return "\(first) \(number % 97) Baker\(number % 13)"
    }
    let bytes = Array(names.joined(separator: "\n").utf8)
    let chunked = SearchIndex(lines: bytes, chunks: 3)
    let single = SearchIndex(names, parallelThreshold: .max)
    #expect(chunked.chunkCount > 1)
    #expect(single.chunkCount == 1)
    for query in ["han 9", "zoe bak", "h", "山", "soren 12", "clya"].map(SearchQuery.init) {
      #expect(chunked.search(query, limit: 25) == single.search(query, limit: 25))
      #expect(chunked.rankedIndices(query, limit: nil) == single.rankedIndices(query, limit: nil))
    }
  }

  @Test func forEachUTF8GivesTheLinesInTheOrderAsked() {
    let index = SearchIndex(lines: Self.joined)
    var seen: [String] = []
    index.forEachUTF8(of: [4, 0, 2]) { seen.append(String(decoding: $0, as: UTF8.self)) }
    #expect(seen == [Self.lines[4], Self.lines[0], Self.lines[2]])
  }
}
