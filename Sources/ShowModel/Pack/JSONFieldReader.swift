/// Reads typed fields out of JSON objects and records, with their JSON paths, every field
/// that is missing, of the wrong type, or not part of the format.
struct JSONFieldReader {
  /// The problems found so far, as (JSON path, message).
  private(set) var problems: [(path: String, message: String)] = []

  /// The problems found so far, leaving none.
  mutating func takeProblems() -> [(path: String, message: String)] {
    defer { problems = [] }
    return problems
  }

  /// Records a problem at `path`.
  mutating func report(_ path: String, _ message: String) {
    problems.append((path: path, message: message))
  }

  /// The pairs of an object, or nil (and a problem) when `value` is not an object.
  /// Keys outside `allowed` are reported as unknown fields.
  mutating func object(_ value: JSONValue, at path: String, allowed: Set<String>)
    -> JSONValue?
  {
    guard case .object(let pairs) = value else {
      report(path, "expected an object, found \(value.typeName)")
      return nil
    }
    for pair in pairs where !allowed.contains(pair.key) {
      let key = SafeText.echo(pair.key)
      report(join(path, key), "unknown field \"\(key)\"")
    }
    return value
  }

  /// A required string field; a problem when it is missing, not a string, or empty.
  mutating func requiredString(_ object: JSONValue, _ key: String, at path: String) -> String? {
    guard let value = object[key] else {
      report(path.isEmpty ? key : path, "missing field \"\(key)\"")
      return nil
    }
    return nonEmptyString(value, at: join(path, key))
  }

  /// An optional string field; a problem when present but not a non-empty string.
  mutating func optionalString(_ object: JSONValue, _ key: String, at path: String) -> String? {
    guard let value = object[key], value != .null else { return nil }
    return nonEmptyString(value, at: join(path, key))
  }

  /// A required integer field; a problem when it is missing or not an integer within `range`.
  mutating func requiredInteger(
    _ object: JSONValue, _ key: String, at path: String, in range: ClosedRange<Int>
  ) -> Int? {
    guard let value = object[key], value != .null else {
      report(path.isEmpty ? key : path, "missing field \"\(key)\"")
      return nil
    }
    return optionalInteger(object, key, at: path, in: range)
  }

  /// An optional integer field; a problem when present but not an integer (a type
  /// problem) or not within `range` (a range problem, also for an integer too large for
  /// any field).
  mutating func optionalInteger(
    _ object: JSONValue, _ key: String, at path: String, in range: ClosedRange<Int>
  ) -> Int? {
    guard let value = object[key], value != .null else { return nil }
    guard case .number(let text) = value, Self.isInteger(text) else {
      report(join(path, key), "expected an integer, found \(describe(value))")
      return nil
    }
    let number = Int(text)
    if let number, number < range.lowerBound {
      report(join(path, key), "expected an integer from \(range.lowerBound), found \(number)")
      return nil
    }
    guard let number, number <= range.upperBound else {
      let size = text.hasPrefix("-") ? "too small" : "too large"
      report(
        join(path, key),
        "\(SafeText.echo(text)) is \(size): expected an integer from \(range.lowerBound) to \(range.upperBound)"
      )
      return nil
    }
    return number
  }

  /// True for a JSON number written as an integer: no fraction and no exponent.
  static func isInteger(_ number: String) -> Bool {
    !number.utf8.contains {
      $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
    }
  }

  /// An optional boolean field.
  mutating func optionalBool(_ object: JSONValue, _ key: String, at path: String) -> Bool? {
    guard let value = object[key], value != .null else { return nil }
    guard case .bool(let flag) = value else {
      report(join(path, key), "expected a boolean, found \(value.typeName)")
      return nil
    }
    return flag
  }

  /// The items of an optional array field, each with its path; empty when missing.
  mutating func array(_ object: JSONValue, _ key: String, at path: String)
    -> [(value: JSONValue, path: String)]
  {
    guard let value = object[key], value != .null else { return [] }
    let fieldPath = join(path, key)
    guard case .array(let items) = value else {
      report(fieldPath, "expected an array, found \(value.typeName)")
      return []
    }
    return items.enumerated().map { (value: $1, path: "\(fieldPath)[\($0)]") }
  }

  /// The strings of an optional array field of strings.
  mutating func strings(_ object: JSONValue, _ key: String, at path: String) -> [String] {
    array(object, key, at: path).compactMap { nonEmptyString($0.value, at: $0.path) }
  }

  private mutating func nonEmptyString(_ value: JSONValue, at path: String) -> String? {
    guard case .string(let text) = value else {
      report(path, "expected a string, found \(value.typeName)")
      return nil
    }
    guard !text.allSatisfy(\.isWhitespace) else {
      report(path, "expected a non-empty string")
      return nil
    }
    return text
  }

  private func describe(_ value: JSONValue) -> String {
    if case .number(let text) = value { return SafeText.echo(text) }
    return value.typeName
  }

  private func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }
}
