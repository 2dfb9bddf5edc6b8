import Glibc
import Testing

@testable import ShowModel

/// The parser hands the bytes it has parsed back to the kernel as it reads a pack's lists,
/// so that the file does not stay resident beside the entities read from it, and still
/// places every syntax error by line and column as if it had kept them all.
@Suite struct ParsedPrefixTests {
  @Test func releasedPagesAreHandedBackWholeAndCounted() {
    let page = Int(getpagesize())
    let size = 8 * page + 100
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
    defer { buffer.deallocate() }
    buffer.initialize(repeating: UInt8(ascii: "x"))
    var prefix = ParsedPrefix(step: page)
    prefix.release(before: 5 * page + 10, of: buffer)
    // Only whole pages before the offset go back: the prefix ends at a page boundary of
    // the memory, at or before the offset, and the bytes after it are untouched.
    #expect(prefix.count > 3 * page)
    #expect(prefix.count <= 5 * page + 10)
    let boundary = (UInt(bitPattern: buffer.baseAddress) + UInt(prefix.count)) % UInt(page)
    #expect(boundary == 0)
    #expect(buffer[prefix.count...].allSatisfy { $0 == UInt8(ascii: "x") })
    // The handed-back pages read as zeros from then on: the kernel took them.
    let firstWholePage = prefix.count - 3 * page
    #expect(buffer[firstWholePage..<prefix.count].allSatisfy { $0 == 0 })
  }

  @Test func nothingIsReleasedBeforeAStepOfBytesIsParsed() {
    let page = Int(getpagesize())
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 4 * page)
    defer { buffer.deallocate() }
    buffer.initialize(repeating: 1)
    var prefix = ParsedPrefix(step: 4 * page)
    prefix.release(before: 3 * page, of: buffer)
    #expect(prefix.count == 0)
    #expect(buffer.allSatisfy { $0 == 1 })
  }

  @Test func errorsAfterReleasedBytesKeepTheirLineAndColumn() throws {
    // Items over many lines and pages, with characters of several bytes, then an error on
    // the last item's line, after a long line that crosses page boundaries.
    let item = #"{"id": "é-€-𝄞", "text": "line"}"#
    let items = (0..<3_000).map { index in
      index % 7 == 0 ? item + ",\n" : item + ", "
    }
    let long = String(repeating: "ü", count: 9_000)
    let texts = [
      #"{"sources": ["# + items.joined() + #""\#(long)", x]}"#,
      #"{"sources": ["# + items.joined() + "\n  " + #""\#(long)" "a"]}"#,
      #"{"sources": ["# + items.joined() + #"{"id": "\#(long)", "id": 1}]}"#,
    ]
    for text in texts {
      let bytes = Array(text.utf8)
      var whole: JSONSyntaxError?
      do { _ = try JSONParser.parse(bytes) } catch { whole = error }
      var streamed: JSONSyntaxError?
      var prefix = ParsedPrefix(step: Int(getpagesize()))
      do {
        _ = try JSONParser.parse(bytes, itemsOf: ["sources"], releasing: &prefix) { _ in }
      } catch {
        streamed = error
      }
      #expect(whole != nil)
      #expect(streamed == whole)
      // Most of the file was handed back before the error was found.
      #expect(prefix.count > bytes.count / 2)
    }
  }
}
