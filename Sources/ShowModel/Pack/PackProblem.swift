/// One thing wrong with a pack: the file, the place in it, and what is wrong.
public struct PackProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where in the file a problem is.
  public enum Location: Sendable, Equatable {
    /// The file as a whole (missing, empty, too large).
    case file
    /// A 1-based line and column, for syntax errors.
    case position(line: Int, column: Int)
    /// A JSON path such as `characters[3].aliases[0]`.
    case path(String)
  }

  /// The pack file as the user named it.
  public var file: String
  /// Where in the file.
  public var location: Location
  /// What is wrong.
  public var message: String

  /// Creates a problem.
  public init(file: String, location: Location, message: String) {
    self.file = file
    self.location = location
    self.message = message
  }

  /// The problem as one line: `FILE: LOCATION: message`.
  public var description: String {
    switch location {
    case .file: return "\(file): \(message)"
    case .position(let line, let column): return "\(file):\(line):\(column): \(message)"
    case .path(let path): return "\(file): \(path): \(message)"
    }
  }
}

/// Every problem found in one pack; thrown when a pack cannot be opened.
public struct PackProblems: Error, Sendable, Equatable, CustomStringConvertible {
  /// The problems, in the order they were found.
  public var problems: [PackProblem]

  /// Creates a list of problems.
  public init(_ problems: [PackProblem]) {
    self.problems = problems
  }

  /// One problem a line.
  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}
