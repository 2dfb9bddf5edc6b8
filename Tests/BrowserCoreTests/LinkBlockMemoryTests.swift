import Foundation
import TestSupport
import Testing

@testable import BrowserCore
@testable import ShowModel

/// A page of links (the show's page lists every season and plot thread: 18,000 links on a
/// pack of 200,000 entities) holds each link as its name and note, not as an array of spans
/// built before the page is drawn.
@Suite struct LinkBlockMemoryTests {
  /// The memory a page of 100,000 links holds, measured in a process of its own so that no
  /// other test allocates beside it: 112 bytes a link (the block itself), where the array of
  /// spans of each link and a block list grown by doubling took 174.
  @Test(.disabled(if: Sanitizers.active, "a sanitizer's red zones are most of each allocation"))
  func aPageOfLinksHoldsNoSpansForEachLink() async {
    await #expect(processExitsWith: .success) { () async in
      let count = 100_000
      let items: [DetailItem] = (0..<count).map { index in
        .link(
          id: "season-of-the-long-name-\(index)", kind: .season,
          name: "Season of the long name \(index)", note: nil)
      }
      let show = Entity(id: "show", kind: .show, name: "Show", payload: .show)
      let details = EntityDetails(
        entity: show, sections: [DetailSection(title: "Seasons", items: items)])
      let before = LinkBlockMemoryTests.residentBytes()
      let blocks = DetailBlocks.blocks(for: details)
      let bytesPerLink = (LinkBlockMemoryTests.residentBytes() - before) / count
      withExtendedLifetime(blocks) {}
      exit(bytesPerLink <= 140 ? 0 : 1)
    }
  }

  /// The bytes of memory the process has resident (the second field of `/proc/self/statm`,
  /// in pages): in a process of its own, what a structure built in it adds.
  static func residentBytes() -> Int {
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  /// A link block draws as the spans it stood for: an arrow, the name, the note.
  @Test func aLinkBlockDrawsItsArrowNameAndNote() {
    let block = DetailBlock.link(name: "Hannah Baker", note: "as Clay", target: .entity("hannah"))
    #expect(
      block.spans == [Span("→ ", .dim), Span("Hannah Baker", .link), Span(" (as Clay)", .dim)])
    #expect(
      block
        == DetailBlock(
          spans: block.spans, indent: 1, hanging: 3, target: .entity("hannah"), isHeading: false,
          columns: nil))
  }
}
