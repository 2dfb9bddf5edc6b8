import TOMLKit

/// One line of a keys file: an action and the keys that are to do it, as written.
public struct KeysFileEntry: Sendable, Equatable {
  /// The action's name ("move-down").
  public var action: String
  /// The keys' names ("j", "Ctrl-N", "PgDn"), in the file's order.
  public var keys: [String]
  /// The line the action is named on, from 1.
  public var line: Int

  /// An entry.
  public init(action: String, keys: [String], line: Int) {
    self.action = action
    self.keys = keys
    self.line = line
  }
}

/// What is wrong with a keys file, and where.
public struct KeysFileProblem: Error, Sendable, Equatable {
  /// The line, from 1, when the problem has one.
  public var line: Int?
  /// The column, from 1, for a syntax error.
  public var column: Int?
  /// What is wrong, naming the action or key it concerns.
  public var message: String

  /// A problem.
  public init(line: Int?, column: Int? = nil, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// The problem as one line of a message: `FILE:LINE:COLUMN: MESSAGE`.
  public func describe(file: String) -> String {
    var place = file
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    return place + ": " + message
  }
}

/// What a keys file holds: its entries when it is well formed, else every problem in it.
public enum KeysFileContents: Sendable, Equatable {
  /// The entries, in the file's order.
  case entries([KeysFileEntry])
  /// The problems, in the file's order.
  case problems([KeysFileProblem])
}

/// Reads the keys file (`keys.toml`): a `[keys]` table of `action = "key"` or
/// `action = ["key", "key"]`. It checks the shape only; which actions and keys exist is the
/// keymap's to say.
public enum KeysFile {
  /// The largest file read; a longer one is a problem, not a long wait.
  public static let largestFile = 64 * 1024

  /// The entries of `text`, in the file's order, or every problem found in it.
  public static func parse(_ text: String) -> KeysFileContents {
    guard text.utf8.count <= largestFile else {
      return .problems([
        KeysFileProblem(
          line: nil,
          message: "the file is larger than \(largestFile / 1024) KiB; is it a keys file?")
      ])
    }
    let document: TOMLTable
    do {
      document = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      return .problems([
        KeysFileProblem(
          line: error.source.begin.line, column: error.source.begin.column,
          message: error.description)
      ])
    } catch {
      return .problems([KeysFileProblem(line: nil, message: "\(error)")])
    }
    let lines = KeyLines(text)
    var problems: [KeysFileProblem] = []
    for name in document.keys where name != "keys" {
      problems.append(
        KeysFileProblem(
          line: lines.line(of: name, inKeysTable: false),
          message: "\"\(name)\" is not a table of this file; bindings go under [keys]"))
    }
    guard let table = document["keys"]?.table else {
      if document["keys"] != nil {
        problems.append(
          KeysFileProblem(
            line: lines.line(of: "keys", inKeysTable: false),
            message: "\"keys\" must be a table: [keys]"))
      }
      return problems.isEmpty ? .entries([]) : .problems(problems)
    }
    var entries: [KeysFileEntry] = []
    for (action, value) in zip(table.keys, table.values) {
      let line = lines.line(of: action, inKeysTable: true)
      if let key = value.string {
        entries.append(KeysFileEntry(action: action, keys: [key], line: line ?? 0))
      } else if let array = value.array, array.count > 0,
        case let keys = array.compactMap(\.string), keys.count == array.count
      {
        entries.append(KeysFileEntry(action: action, keys: keys, line: line ?? 0))
      } else {
        problems.append(
          KeysFileProblem(
            line: line,
            message:
              "\"\(action)\": give a key as a string (\"j\") or a list of strings ([\"j\", \"Down\"])"
          ))
      }
    }
    guard problems.isEmpty else {
      return .problems(problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
    return .entries(entries.sorted { $0.line < $1.line })
  }
}
