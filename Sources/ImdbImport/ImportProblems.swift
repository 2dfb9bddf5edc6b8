/// The rows an import skipped, by file: how many, and the first few with their places.
public struct ImportProblems: Sendable, Equatable {
  /// The most problems kept per file; the rest are counted.
  public static let keptPerFile = 20

  /// One file's problems.
  public struct FileProblems: Sendable, Equatable {
    /// The file's name ("title.episode.tsv.gz").
    public let file: String
    /// How many rows were skipped, or problems found.
    public internal(set) var count = 0
    /// The first `keptPerFile`, each "file:line: what is wrong".
    public internal(set) var first: [String] = []
  }

  /// The files with problems, in the order they were read.
  public private(set) var files: [FileProblems] = []

  /// How many problems in all.
  public var count: Int { files.reduce(0) { $0 + $1.count } }

  /// Records that `line` of `file` (0 for the file as a whole) has `message`'s problem.
  mutating func add(_ message: String, file: String, line: Int) {
    if files.last?.file != file { files.append(FileProblems(file: file)) }
    files[files.count - 1].count += 1
    // A problem of the file as a whole (line 0) is always shown.
    if files[files.count - 1].first.count < Self.keptPerFile || line == 0 {
      files[files.count - 1].first.append(
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)")
    }
  }

  /// The report: each file's first problems, then how many more.
  public var lines: [String] {
    files.flatMap { file in
      file.first
        + (file.count > file.first.count
          ? ["\(file.file): \(file.count - file.first.count) more problems like these"] : [])
    }
  }
}
