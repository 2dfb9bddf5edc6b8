import Glibc
import TestSupport
import Testing

@testable import ShowModel

/// Memory freed in the middle of a heap goes back to the kernel once a load or an index
/// build is done with it: the allocator kept it resident, about 5 MB of the browser's peak
/// on the 200,000-entity pack after a search built its indexes on their own thread.
@Suite struct FreedPagesTests {
  @Test(.disabled(if: Sanitizers.active, "a sanitizer's allocator is not glibc's heap"))
  func freedBlocksInTheMiddleOfTheHeapAreReturned() throws {
    // 64 MiB of small blocks, then one more above them, so that freeing the first leaves
    // a hole the allocator does not hand back by itself.
    let size = 1024
    var blocks: [UnsafeMutableRawPointer] = []
    blocks.reserveCapacity(65_536)
    for _ in 0..<65_536 {
      let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
      block.initializeMemory(as: UInt8.self, repeating: 1, count: size)
      blocks.append(block)
    }
    let above = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
    defer { above.deallocate() }
    for block in blocks { block.deallocate() }
    let held = try #require(Self.residentAnonymousKiB())
    FreedPages.release()
    let after = try #require(Self.residentAnonymousKiB())
    #expect(held - after >= 32 * 1024, "\(held) KiB resident before, \(after) KiB after")
  }

  /// This process's resident anonymous memory (`RssAnon`), in KiB.
  private static func residentAnonymousKiB() -> Int? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      guard text.hasPrefix("RssAnon:") else { continue }
      return Int(text.dropFirst(8).split { $0 == " " || $0 == "\t" }.first ?? "")
    }
    return nil
  }
}
