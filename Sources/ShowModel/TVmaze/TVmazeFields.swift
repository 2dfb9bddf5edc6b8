/// What is wrong with a saved TVmaze response, and where (a JSON path such as
/// `_embedded.episodes[3].season`).
public struct TVmazeProblem: Error, Equatable, Sendable {
  /// The JSON path of the value at fault; empty for the document as a whole.
  public var path: String
  /// What is wrong, in a few words.
  public var message: String

  /// A problem at `path`.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }
}

/// Typed reads of a TVmaze JSON object that name the path of a value of the wrong type.
/// TVmaze adds fields over time, so unknown fields are ignored, and most fields may be
/// null; only the ones a show cannot do without are required.
struct TVmazeFields {
  /// The object read.
  let value: JSONValue
  /// Its JSON path.
  let path: String

  /// The path of `key` in this object.
  func path(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// A required integer field.
  func integer(_ key: String) throws(TVmazeProblem) -> Int {
    guard let number = try optionalInteger(key) else {
      throw TVmazeProblem(path: path(key), message: "missing integer field \"\(key)\"")
    }
    return number
  }

  /// An integer field that may be missing or null.
  func optionalInteger(_ key: String) throws(TVmazeProblem) -> Int? {
    switch value[key] {
    case nil, .null?: return nil
    case .number(let text)?:
      guard let number = Int(text) else {
        throw TVmazeProblem(
          path: path(key), message: "expected an integer, found \(SafeText.echo(text))")
      }
      return number
    case let other?:
      throw TVmazeProblem(path: path(key), message: "expected an integer, found \(other.typeName)")
    }
  }

  /// A required integer field that is 0 or more.
  func count(_ key: String) throws(TVmazeProblem) -> Int {
    guard let number = try optionalCount(key) else {
      throw TVmazeProblem(path: path(key), message: "missing integer field \"\(key)\"")
    }
    return number
  }

  /// An integer field that may be missing or null, and is 0 or more when present.
  func optionalCount(_ key: String) throws(TVmazeProblem) -> Int? {
    guard let number = try optionalInteger(key) else { return nil }
    guard number >= 0 else {
      throw TVmazeProblem(path: path(key), message: "expected a number from 0, found \(number)")
    }
    return number
  }

  /// A number field that may be missing or null, as written ("8.4").
  func optionalNumber(_ key: String) throws(TVmazeProblem) -> String? {
    switch value[key] {
    case nil, .null?: return nil
    case .number(let text)?: return text
    case let other?:
      throw TVmazeProblem(path: path(key), message: "expected a number, found \(other.typeName)")
    }
  }

  /// A required string field that is not empty or only spaces.
  func string(_ key: String) throws(TVmazeProblem) -> String {
    guard let text = try optionalString(key) else {
      throw TVmazeProblem(path: path(key), message: "missing string field \"\(key)\"")
    }
    guard text.contains(where: { !$0.isWhitespace }) else {
      throw TVmazeProblem(path: path(key), message: "expected a name, found only spaces")
    }
    return text
  }

  /// A string field that may be missing or null; nil also for an empty string.
  func optionalString(_ key: String) throws(TVmazeProblem) -> String? {
    switch value[key] {
    case nil, .null?: return nil
    case .string(let text)?: return text.isEmpty ? nil : text
    case let other?:
      throw TVmazeProblem(path: path(key), message: "expected a string, found \(other.typeName)")
    }
  }

  /// A boolean field; false when missing or null.
  func flag(_ key: String) throws(TVmazeProblem) -> Bool {
    switch value[key] {
    case nil, .null?: return false
    case .bool(let flag)?: return flag
    case let other?:
      throw TVmazeProblem(path: path(key), message: "expected a boolean, found \(other.typeName)")
    }
  }

  /// An object field that may be missing or null.
  func optionalObject(_ key: String) throws(TVmazeProblem) -> TVmazeFields? {
    switch value[key] {
    case nil, .null?: return nil
    case .object(let pairs)?: return TVmazeFields(value: .object(pairs), path: path(key))
    case let other?:
      throw TVmazeProblem(path: path(key), message: "expected an object, found \(other.typeName)")
    }
  }

  /// A required object field.
  func object(_ key: String) throws(TVmazeProblem) -> TVmazeFields {
    guard let object = try optionalObject(key) else {
      throw TVmazeProblem(path: path(key), message: "missing object field \"\(key)\"")
    }
    return object
  }

  /// The objects of an array field; none when it is missing or null.
  func objects(_ key: String) throws(TVmazeProblem) -> [TVmazeFields] {
    switch value[key] {
    case nil, .null?: return []
    case .array(let items)?:
      var objects: [TVmazeFields] = []
      objects.reserveCapacity(items.count)
      for (index, item) in items.enumerated() {
        guard case .object = item else {
          throw TVmazeProblem(
            path: "\(path(key))[\(index)]", message: "expected an object, found \(item.typeName)")
        }
        objects.append(TVmazeFields(value: item, path: "\(path(key))[\(index)]"))
      }
      return objects
    case let other?:
      throw TVmazeProblem(path: path(key), message: "expected an array, found \(other.typeName)")
    }
  }

  /// The strings of an array field; none when it is missing or null.
  func strings(_ key: String) throws(TVmazeProblem) -> [String] {
    switch value[key] {
    case nil, .null?: return []
    case .array(let items)?:
      var strings: [String] = []
      for (index, item) in items.enumerated() {
        guard case .string(let text) = item else {
          throw TVmazeProblem(
            path: "\(path(key))[\(index)]", message: "expected a string, found \(item.typeName)")
        }
        strings.append(text)
      }
      return strings
    case let other?:
      throw TVmazeProblem(path: path(key), message: "expected an array, found \(other.typeName)")
    }
  }
}
