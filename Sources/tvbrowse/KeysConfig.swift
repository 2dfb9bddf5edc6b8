import BrowserCore
import Foundation
import KeysFile

/// The user's keys file, `$XDG_CONFIG_HOME/tvbrowse/keys.toml` (else under
/// `$HOME/.config`), applied to the default keymap.
enum KeysConfig {
  /// The keys file's path, or nil when neither variable names a folder.
  static func path(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return config + "/tvbrowse/keys.toml"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/tvbrowse/keys.toml"
  }

  /// The keymap the browser starts with, and the notice for its first screen. A missing
  /// file means the defaults; a file with problems means the defaults too, after one line
  /// per problem on stderr, naming the file, the line and the action or key.
  static func load() -> (keymap: Keymap, notice: String?) {
    guard let path = path(), FileManager.default.fileExists(atPath: path) else {
      return (.standard, nil)
    }
    let problems: [KeysFileProblem]
    switch read(path) {
    case .success(let keymap): return (keymap, nil)
    case .failure(let failure): problems = failure.problems
    }
    for problem in problems { Output.error(problem.describe(file: path)) }
    let count = problems.count == 1 ? "a problem" : "\(problems.count) problems"
    return (.standard, "keys.toml has \(count) (see the terminal after quitting); default keys")
  }

  /// The default keymap remapped by the file at `path`, or its problems.
  static func read(_ path: String) -> Result<Keymap, KeysFileProblems> {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(KeysFileProblems([KeysFileProblem(line: nil, message: "cannot be read")]))
    }
    defer { try? handle.close() }
    let data = (try? handle.read(upToCount: KeysFile.largestFile + 1)) ?? Data()
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(KeysFileProblems([KeysFileProblem(line: nil, message: "is not UTF-8 text")]))
    }
    switch KeysFile.parse(text) {
    case .problems(let problems):
      return .failure(KeysFileProblems(problems))
    case .entries(let entries):
      let changes = entries.map { KeymapChange(name: $0.action, keys: $0.keys, line: $0.line) }
      switch Keymap.standard.applying(changes) {
      case .success(let keymap): return .success(keymap)
      case .failure(let failure):
        return .failure(
          KeysFileProblems(
            failure.problems.map { KeysFileProblem(line: $0.line, message: $0.message) }))
      }
    }
  }
}

/// The problems of a keys file, as an error.
struct KeysFileProblems: Error {
  /// The problems, in the file's order.
  var problems: [KeysFileProblem]

  init(_ problems: [KeysFileProblem]) {
    self.problems = problems
  }
}
