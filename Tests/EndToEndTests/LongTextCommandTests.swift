import Foundation
import Testing

/// The command line wraps long names in linear time: `show` on a name of 400,000
/// characters without a space took minutes with the quadratic wrapper (38 s for half as
/// many in a debug build), longer than the runner's one-minute deadline.
@Suite struct LongTextCommandTests {
  @Test func showWrapsAVeryLongNameWithinItsWidthAndKeepsEveryCharacter() throws {
    let length = 400_000
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("long-name-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let citation: [String: Any] = ["source": "a", "quote": "It is so."]
    let pack: [String: Any] = [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": "Long name", "summary": "A show."],
      "sources": [["id": "a", "kind": "article", "name": "Article", "text": "It is so."]],
      "characters": [
        ["id": "c", "name": String(repeating: "N", count: length), "citations": [citation]]
      ],
      "threads": [["id": "t", "name": "Thread", "characters": ["c"], "citations": [citation]]],
    ]
    let path = folder.appendingPathComponent("pack.json").path
    try JSONSerialization.data(withJSONObject: pack).write(to: URL(fileURLWithPath: path))
    // A debug build now takes under half a second; the runner kills it after a minute.
    let run = try BinaryRunner.run(["show", "c", "--pack", path])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdoutLines.allSatisfy { $0.count <= 80 })
    #expect(run.stdout.filter { $0 == "N" }.count == length)
  }
}
