/// Why the full-screen browser could not start.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file); names which.
  case notATerminal(stream: String)
  /// The `TERM` environment variable is not set.
  case terminalTypeNotSet
  /// The terminal database has no entry for this `TERM`.
  case unknownTerminalType(String)
  /// The terminal cannot move its cursor, so a full-screen program cannot draw on it.
  case incapableTerminal(String)

  /// One line that says what is wrong, without the program's name.
  public var description: String {
    switch self {
    case .notATerminal(let stream):
      return "the browser needs a terminal, but \(stream) is not one"
    case .terminalTypeNotSet:
      return "the browser needs a terminal type, but TERM is not set"
    case .unknownTerminalType(let name):
      return "the browser cannot draw on terminal type '\(name)': not in the terminal database"
    case .incapableTerminal(let name):
      return "the browser cannot draw on terminal type '\(name)': it cannot move the cursor"
    }
  }
}
