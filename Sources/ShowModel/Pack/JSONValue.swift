/// A parsed JSON value. Objects keep their keys in file order; numbers keep their text.
/// Not `indirect`: arrays and strings already live on the heap, and a box around every
/// value would double the allocations of a parsed pack.
public enum JSONValue: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as written in the file.
  case number(String)
  /// A string, unescaped.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; the pairs in file order.
  case object([(key: String, value: JSONValue)])

  /// The name of this value's JSON type, as an error message says it.
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// The value of `key` when this is an object holding it.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.key == key }?.value
  }

  /// Compares two values; object pairs must match in order.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }
}

/// A syntax error in JSON text, at a 1-based line and column (columns count characters).
public struct JSONSyntaxError: Error, Equatable, Sendable {
  /// The 1-based line of the error.
  public var line: Int
  /// The 1-based column of the error, in Unicode scalars.
  public var column: Int
  /// What is wrong, in a few words.
  public var message: String
}
