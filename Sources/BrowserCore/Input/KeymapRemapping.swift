import TerminalCells

/// One line of a keys file as the keymap reads it: a binding's name and the keys it is to
/// take, by their names.
public struct KeymapChange: Sendable, Equatable {
  /// The binding's name ("move-down").
  public var name: String
  /// The keys' names ("j", "Ctrl-N"), in the file's order.
  public var keys: [String]
  /// The line of the file, from 1.
  public var line: Int

  /// A change.
  public init(name: String, keys: [String], line: Int) {
    self.name = name
    self.keys = keys
    self.line = line
  }
}

/// Why a change cannot be applied, and on which line.
public struct KeymapProblem: Sendable, Equatable {
  /// The line of the file, from 1.
  public var line: Int
  /// What is wrong, naming the binding and the key (`"quit": unknown key "Ctrl-ß"`).
  public var message: String

  /// A problem.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }
}

extension Keymap {
  /// The keymap with `changes` applied, or every problem they have. A change replaces the
  /// keys of the binding it names; a key it takes from another binding that answers in the
  /// same place (the same scope, or the panes and everywhere) is removed from that one.
  public func applying(_ changes: [KeymapChange]) -> Result<Keymap, KeymapProblems> {
    var problems: [KeymapProblem] = []
    var resolved: [(index: Int, keys: [Key])] = []
    var claimed: [KeyScope: [Key: String]] = [:]
    let indexByName = Dictionary(
      bindings.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
    for change in changes {
      guard let index = indexByName[change.name] else {
        problems.append(
          KeymapProblem(
            line: change.line,
            message: "\"\(change.name)\": unknown action; the actions are listed in the README"))
        continue
      }
      let scope = bindings[index].scope
      var keys: [Key] = []
      for name in change.keys {
        let quoted = "\"\(change.name)\""
        guard let key = Key(name: name) else {
          problems.append(
            KeymapProblem(line: change.line, message: "\(quoted): unknown key \"\(name)\""))
          continue
        }
        if let other = claimed[scope]?[key] ?? (keys.contains(key) ? change.name : nil) {
          problems.append(
            KeymapProblem(
              line: change.line,
              message: "\(quoted): key \"\(name)\" is bound twice in the file, also to \"\(other)\""
            ))
          continue
        }
        keys.append(key)
      }
      for key in keys { claimed[scope, default: [:]][key] = change.name }
      resolved.append((index, keys))
    }
    guard problems.isEmpty else { return .failure(KeymapProblems(problems: problems)) }
    var keymap = self
    for (index, keys) in resolved {
      let scope = bindings[index].scope
      for other in keymap.bindings.indices
      where other != index && Self.compete(keymap.bindings[other].scope, scope) {
        keymap.bindings[other].keys.removeAll { keys.contains($0) }
      }
      keymap.bindings[index].keys = keys
    }
    return .success(keymap)
  }

  /// True when bindings in `a` and `b` answer the same key press: the same scope, or the
  /// panes and the keys that hold everywhere.
  private static func compete(_ a: KeyScope, _ b: KeyScope) -> Bool {
    a == b || Set([a, b]) == [.global, .anywhere]
  }
}

/// Every problem of a set of changes, in the file's order.
public struct KeymapProblems: Error, Sendable, Equatable {
  /// The problems.
  public var problems: [KeymapProblem]
}
