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
  /// The keys allowed are few and short, so they are compared in place, not hashed.
  mutating func object(_ value: JSONValue, at path: @autoclosure () -> String, allowed: [String])
    -> JSONValue?
  {
    guard case .object(let pairs) = value else {
      report(path(), "expected an object, found \(value.typeName)")
      return nil
    }
    for pair in pairs where !allowed.contains(pair.key) {
      let key = SafeText.echo(pair.key)
      report(Self.join(path(), key), "unknown field \"\(key)\"")
    }
    return value
  }

  /// A required string field; a problem when it is missing, not a string, or empty.
  mutating func requiredString(
    _ object: JSONValue, _ key: String, at path: @autoclosure () -> String
  ) -> String? {
    guard let value = object[key] else {
      let path = path()
      report(path.isEmpty ? key : path, "missing field \"\(key)\"")
      return nil
    }
    return nonEmptyString(value, at: Self.join(path(), key))
  }

  /// An optional string field; a problem when present but not a non-empty string.
  mutating func optionalString(
    _ object: JSONValue, _ key: String, at path: @autoclosure () -> String
  ) -> String? {
    guard let value = object[key], value != .null else { return nil }
    return nonEmptyString(value, at: Self.join(path(), key))
  }

  /// A required integer field; a problem when it is missing or not an integer within `range`.
  mutating func requiredInteger(
    _ object: JSONValue, _ key: String, at path: @autoclosure () -> String,
    in range: ClosedRange<Int>
  ) -> Int? {
    guard let value = object[key], value != .null else {
      let path = path()
      report(path.isEmpty ? key : path, "missing field \"\(key)\"")
      return nil
    }
    return optionalInteger(object, key, at: path(), in: range)
  }

  /// An optional integer field; a problem when present but not an integer (a type
  /// problem) or not within `range` (a range problem, also for an integer too large for
  /// any field).
  mutating func optionalInteger(
    _ object: JSONValue, _ key: String, at path: @autoclosure () -> String,
    in range: ClosedRange<Int>
  ) -> Int? {
    guard let value = object[key], value != .null else { return nil }
    guard case .number(let text) = value, Self.isInteger(text) else {
      report(Self.join(path(), key), "expected an integer, found \(describe(value))")
      return nil
    }
    let number = Int(text)
    if let number, number < range.lowerBound {
      report(
        Self.join(path(), key), "expected an integer from \(range.lowerBound), found \(number)")
      return nil
    }
    guard let number, number <= range.upperBound else {
      let size = text.hasPrefix("-") ? "too small" : "too large"
      report(
        Self.join(path(), key),
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
  mutating func optionalBool(_ object: JSONValue, _ key: String, at path: @autoclosure () -> String)
    -> Bool?
  {
    guard let value = object[key], value != .null else { return nil }
    guard case .bool(let flag) = value else {
      report(Self.join(path(), key), "expected a boolean, found \(value.typeName)")
      return nil
    }
    return flag
  }

  /// The items of an optional array field; empty when missing. An item's path, for a
  /// problem, is `itemPath(path, key, index)`, built only when one is reported.
  mutating func array(_ object: JSONValue, _ key: String, at path: @autoclosure () -> String)
    -> [JSONValue]
  {
    guard let value = object[key], value != .null else { return [] }
    guard case .array(let items) = value else {
      report(Self.join(path(), key), "expected an array, found \(value.typeName)")
      return []
    }
    return items
  }

  /// The path of item `index` of the array field `key` of the object at `path`.
  static func itemPath(_ path: String, _ key: String, _ index: Int) -> String {
    "\(join(path, key))[\(index)]"
  }

  /// The strings of an optional array field of strings.
  mutating func strings(_ object: JSONValue, _ key: String, at path: @autoclosure () -> String)
    -> [String]
  {
    let items = array(object, key, at: path())
    var strings: [String] = []
    strings.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      if let text = nonEmptyString(item, at: Self.itemPath(path(), key, index)) {
        strings.append(text)
      }
    }
    return strings
  }

  private mutating func nonEmptyString(_ value: JSONValue, at path: @autoclosure () -> String)
    -> String?
  {
    guard case .string(let text) = value else {
      report(path(), "expected a string, found \(value.typeName)")
      return nil
    }
    guard !Self.isBlank(text) else {
      report(path(), "expected a non-empty string")
      return nil
    }
    return text
  }

  /// True when `text` has only whitespace characters, or none. A first byte of ASCII that
  /// is not whitespace, as nearly every string has, answers without decoding a character.
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first < 0x80 {
      let isSpace = first == 0x20 || (0x09...0x0D).contains(first)
      if !isSpace { return false }
    }
    return text.allSatisfy(\.isWhitespace)
  }

  private func describe(_ value: JSONValue) -> String {
    if case .number(let text) = value { return SafeText.echo(text) }
    return value.typeName
  }

  private static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }
}
