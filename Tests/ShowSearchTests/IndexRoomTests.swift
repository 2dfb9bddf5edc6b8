import Testing

@testable import ShowSearch

/// An index keeps no more room than its candidates need: buffers sized for a guess or grown
/// by doubling are handed over at their size.
@Suite struct IndexRoomTests {
  @Test func longLinesKeepStartsAndFoldedTextAtTheirSize() {
    // Starts were sized for a line every 16 bytes, 12,500 here for 1,000 lines, and the
    // folded text of the lines that are not plain ASCII kept the room doubling left.
    var lines: [UInt8] = []
    for index in 0..<1_000 {
      let line = index % 3 == 0 ? "Zoë \(index) " : "Zoe \(index) "
      lines += Array(String(repeating: line, count: 20).utf8) + [0x0A]
    }
    let index = SearchIndex(lines: lines, chunks: 2)
    #expect(index.count == 1_000)
    for chunk in index.storage.chunks {
      let overlay = chunk.overlay
      for (name, count, capacity) in [
        ("starts", chunk.starts.count, chunk.starts.capacity),
        ("folded starts", overlay.starts.count, overlay.starts.capacity),
        ("cased", overlay.cased.count, overlay.cased.capacity),
        ("lower", overlay.lower.count, overlay.lower.capacity),
      ] {
        #expect(
          capacity <= max(count + count / 8, count + 4096), "\(name): \(capacity) for \(count)")
      }
    }
    #expect(index.search(SearchQuery("zoe 999"), limit: 1).first?.index == 999)
  }
}
