import Foundation
import Glibc

/// A pack with ten million characters in one name and in one article, written once into a
/// directory of its own: the input that made the browser stop answering while it wrapped.
enum LongTextPack {
  /// Characters in the long name and in the long article.
  static let length = 10_000_000

  /// The folder the pack is written to, removed when the test process exits.
  static let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("long-text-pack-\(UUID().uuidString)")

  /// The pack's path; written on first use.
  static let path: String = {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: LongTextPack.directory) }
    let citation: [String: Any] = ["source": "a", "quote": "The end."]
    let pack: [String: Any] = [
      "format": "tvbrowse-pack", "version": 1,
      "show": ["id": "s", "name": "Long texts", "summary": "A show."],
      "sources": [
        [
          "id": "a", "kind": "article", "name": "Article",
          "text": String(repeating: "word ", count: length / 5) + "The end.",
        ]
      ],
      "characters": [
        [
          "id": "c", "name": String(repeating: "N", count: length), "citations": [citation],
        ]
      ],
      "threads": [
        [
          "id": "t", "name": "Thread", "characters": ["c"], "citations": [citation],
        ]
      ],
    ]
    let file = directory.appendingPathComponent("pack.json")
    try? JSONSerialization.data(withJSONObject: pack).write(to: file)
    return file.path
  }()
}
