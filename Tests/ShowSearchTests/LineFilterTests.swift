import Testing

@testable import ShowSearch

// MARK: - The one-pass line filter

@Suite struct LineFilterTests {
  /// Lines of every kind: plain, accented, other scripts, empty, CRLF, bytes that are not
  /// UTF-8, and a last line without a newline.
  static let bytes: [UInt8] = {
    var state: UInt64 = 5
    let words = [
      "Hannah", "Baker", "Zoë", "Søren", "langford", "Langfrod", "山田", "Анна", "tape", "side",
      "S1E09", "(as", "Clay)", "hanbak", "Hana", "é", "zz9", "q",
    ]
    var text: [UInt8] = []
    for number in 0..<2_500 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let count = Int(state >> 61)
      let line = (0..<count).map { words[(Int(state >> 20) + $0 * 7) % words.count] }
      text += Array(line.joined(separator: " ").utf8)
      if number % 97 == 0 { text += [0xFF, 0x41] }
      text += number % 89 == 0 ? [0x0D, 0x0A] : [0x0A]
    }
    return text + Array("Hannah Baker at the end".utf8)
  }()

  static let queries = [
    "hannah", "h", "han bak", "zoe", "soren", "山", "анна", "langfrod", "Hannah", "HB", "zz9q",
    "tape side", "s1e0", "é", "hanah", "xyz", "q", "A", "bkaer", "lnagford", "sored side",
  ]

  @Test func ranksLikeTheIndex() {
    let index = SearchIndex(lines: Self.bytes)
    let withTypos = Self.queries.filter { text in
      index.search(SearchQuery(text), limit: nil).contains { $0.match.typos > 0 }
    }
    #expect(!withTypos.isEmpty)
    var starts: [Int: Int] = [:]
    for line in 0..<index.count {
      index.withUTF8(of: line) {
        starts[$0.baseAddress! - index.storage.chunks[0].bytes.base] = line
      }
    }
    Self.bytes.withUnsafeBufferPointer { lines in
      for text in Self.queries {
        let query = SearchQuery(text)
        let expected = index.rankedIndices(query, limit: nil)
        for parts in [1, 3, 8] {
          let found = LineFilter.rank(query, in: lines, parts: parts).map { starts[$0] ?? -1 }
          #expect(found == expected, "\(text) in \(parts) parts")
        }
      }
    }
  }

  /// When few lines match in order, the lines that may match with typos are noted in the
  /// same pass as the in-order matches, so no line is scanned twice (the noted ones are read
  /// again only to be scored).
  @Test func scansEachLineOnceWhenTyposAreLookedFor() {
    var text = ""
    for number in 0..<2_000 {
      // Every line holds the bytes both passes scan for; 20 match in order, the rest with a typo.
      text += number % 100 == 0 ? "Katherine Langford \(number)\n" : "Katherin Langfrod \(number)\n"
    }
    let bytes = Array(text.utf8)
    let query = SearchQuery("katherine langford")
    bytes.withUnsafeBufferPointer { lines in
      for parts in [1, 3, 8] {
        let found = LineFilter.scan(query, in: lines, parts: parts)
        #expect(found.starts.count == 2_000, "\(parts) parts")
        #expect(found.linesRead <= 2_000, "\(parts) parts")
      }
    }
  }

  @Test func linesAreReadBackWhole() {
    Array("ab\ncd\n\nef".utf8).withUnsafeBufferPointer { lines in
      #expect(LineFilter.rank(SearchQuery(""), in: lines) == [0, 3, 6, 7])
      let found = LineFilter.rank(SearchQuery("d"), in: lines)
      #expect(found == [3])
      #expect(Array(LineFilter.line(at: 3, in: lines)) == Array("cd".utf8))
      #expect(Array(LineFilter.line(at: 7, in: lines)) == Array("ef".utf8))
    }
  }
}
