import Foundation
import ShowModel
import Testing

/// Every broken pack in `BrokenPacks/` against its `.expected` file: the exact problems, in
/// order, one `LOCATION: message` line each.
@Suite struct BrokenPackTests {
  /// The folder of the corpus, next to this file.
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("BrokenPacks").path

  /// Packs committed as `NAME.json`.
  static let committedCases = [
    "article-without-text", "bad-literal", "dangling-references", "duplicate-id",
    "duplicate-key", "empty", "empty-claims", "malformed-id", "missing-name",
    "missing-source-file", "missing-version", "quote-not-found", "several-problems",
    "smart-quotes", "source-file-quote", "source-kinds", "top-level-array", "trailing-comma",
    "unknown-field", "unreached", "unsupported-version", "unterminated-string",
    "whitespace-only", "wrong-format", "wrong-types", "sources-not-an-array", "sources-missing",
    "source-without-id", "article-text-and-file", "version-not-an-integer", "number-too-large",
    "reserved-id", "duplicate-fact-label", "citation-without-source", "reveals-wrong-points",
    "reveals-in-version-1",
  ]

  /// Cases whose input the test makes in a temporary folder, since git cannot hold it.
  static let generatedCases = [
    "directory", "invalid-utf8", "missing-file", "oversize", "fifo", "source-file-fifo",
  ]

  @Test(arguments: committedCases)
  func committedPack(name: String) throws {
    let path = "\(Self.corpus)/\(name).json"
    try #require(FileManager.default.fileExists(atPath: path), "no pack \(path)")
    try check(name: name, path: path)
  }

  @Test(arguments: generatedCases)
  func generatedPack(name: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = "\(folder.path)/\(name).json"
    switch name {
    case "directory":
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    case "invalid-utf8":
      // "Mädchen" puts a two-byte character before the bad byte on line 2.
      let bytes = Array("{\n  \"name\": \"Mädchen ".utf8) + [0xC3, 0x28] + Array("\"\n}\n".utf8)
      try Data(bytes).write(to: URL(fileURLWithPath: path))
    case "missing-file":
      break
    case "oversize":
      try makeSparseFile(at: path, size: Pack.maximumFileSize + 1)
    case "fifo":
      // A named pipe must be refused, not read (which would wait for a writer forever).
      #expect(mkfifo(path, 0o600) == 0)
    case "source-file-fifo":
      #expect(mkfifo("\(folder.path)/article.txt", 0o600) == 0)
      let pack = """
        {"format": "tvbrowse-pack", "version": 1, "show": {"id": "s", "name": "S"},
         "sources": [{"id": "a", "kind": "article", "name": "A", "file": "article.txt"},
                     {"id": "b", "kind": "article", "name": "B", "file": "/etc/hostname"}]}
        """
      try Data(pack.utf8).write(to: URL(fileURLWithPath: path))
    default:
      Issue.record("no recipe for the generated case \(name)")
      return
    }
    try check(name: name, path: path)
  }

  @Test func everyCorpusFileIsACase() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus)
    let packs = Set(files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
    let expected = Set(files.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(9)) })
    #expect(packs == Set(Self.committedCases))
    #expect(expected == Set(Self.committedCases + Self.generatedCases))
    #expect(Self.committedCases.count + Self.generatedCases.count >= 18)
  }

  // MARK: - Helpers

  private func check(name: String, path: String) throws {
    let expectedText = try String(
      contentsOfFile: "\(Self.corpus)/\(name).expected", encoding: .utf8)
    let expected = expectedText.split(separator: "\n").map(String.init)
    let result = PackLoader.inspect(path: path)
    #expect(result.problems.map(Self.line) == expected)
    #expect(result.problems.allSatisfy { $0.file == path })
    if let first = result.problems.first, first.location.isWholeFileOrSyntax {
      #expect(result.pack == nil, "a pack that cannot be parsed has no model")
      #expect(result.problems.count == 1)
    }
  }

  /// A problem as its `.expected` line: `file`, `line:column` or a JSON path, then the message.
  static func line(_ problem: PackProblem) -> String {
    switch problem.location {
    case .file: return "file: \(problem.message)"
    case .position(let line, let column): return "\(line):\(column): \(problem.message)"
    case .path(let path): return "\(path): \(problem.message)"
    }
  }

  /// Makes a file of `size` bytes that takes no disk space: a hole made by `ftruncate`.
  private func makeSparseFile(at path: String, size: Int) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    try #require(descriptor >= 0, "cannot create \(path)")
    defer { close(descriptor) }
    try #require(ftruncate(descriptor, off_t(size)) == 0, "ftruncate failed on \(path)")
  }
}

extension PackProblem.Location {
  fileprivate var isWholeFileOrSyntax: Bool {
    switch self {
    case .file, .position: return true
    case .path: return false
    }
  }
}

/// A fresh folder under the system's temporary directory, removed by `remove()`.
private struct TemporaryFolder {
  /// The folder's path.
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tvbrowse-broken-packs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  /// Deletes the folder and everything in it.
  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
