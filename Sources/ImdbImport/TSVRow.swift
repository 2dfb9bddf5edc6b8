import ShowModel

/// One row of an IMDb file: tab-separated fields with no quoting at all (a `"` is a
/// character like any other), `\N` for a missing value. The fields are found in one pass
/// over the line and read without copying until one is asked for.
public struct TSVRow {
  /// Why a row cannot be kept.
  public struct Problem: Error, Equatable {
    /// What is wrong, for a person.
    public let message: String
    /// A problem that says `message`.
    public init(_ message: String) { self.message = message }
  }

  /// The header's field names, for messages.
  public let names: [String]
  private var starts: [Int]
  private var ends: [Int]
  private var line = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

  /// A row of the file whose header names `names`.
  public init(names: [String]) {
    self.names = names
    starts = Array(repeating: 0, count: names.count)
    ends = Array(repeating: 0, count: names.count)
  }

  /// Reads `line`'s fields; a problem when there are not as many as the header names.
  /// The line must outlive the row's use.
  public mutating func read(_ line: UnsafeBufferPointer<UInt8>) throws(Problem) {
    self.line = line
    var field = 0
    var start = 0
    for index in 0..<line.count where line[index] == 0x09 {
      guard field < names.count - 1 else { throw tooMany() }
      starts[field] = start
      ends[field] = index
      field += 1
      start = index + 1
    }
    guard field == names.count - 1 else {
      throw Problem("\(Self.fields(field + 1)) where the header names \(names.count)")
    }
    starts[field] = start
    ends[field] = line.count
  }

  private func tooMany() -> Problem {
    let count = line.lazy.filter { $0 == 0x09 }.count + 1
    return Problem("\(Self.fields(count)) where the header names \(names.count)")
  }

  /// "1 field", "4 fields".
  private static func fields(_ count: Int) -> String {
    count == 1 ? "1 field" : "\(count) fields"
  }

  /// True when the field is `\N`.
  public func isMissing(_ field: Int) -> Bool {
    ends[field] - starts[field] == 2 && line[starts[field]] == 0x5C
      && line[starts[field] + 1] == 0x4E
  }

  /// The field's text; nil for `\N`.
  public func text(_ field: Int) throws(Problem) -> String? {
    if isMissing(field) { return nil }
    let bytes = UnsafeBufferPointer(rebasing: line[starts[field]..<ends[field]])
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw Problem("\(names[field]) is not valid UTF-8")
    }
    return text
  }

  /// The field's text, which must be there.
  public func requiredText(_ field: Int) throws(Problem) -> String {
    guard let text = try text(field), !text.isEmpty else {
      throw Problem("\(names[field]) is missing")
    }
    return text
  }

  /// The field as a whole number; nil for `\N`.
  public func integer(_ field: Int) throws(Problem) -> Int? {
    guard !isMissing(field) else { return nil }
    guard let value = digits(starts[field]..<ends[field]) else { throw notANumber(field) }
    return value
  }

  /// The number the bytes in `range` write: 1 to 18 ASCII digits, so that it fits.
  private func digits(_ range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.count <= 18 else { return nil }
    var value = 0
    for index in range {
      let byte = line[index]
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  /// The field as a decimal number ("8.1"); nil for `\N`.
  public func decimal(_ field: Int) throws(Problem) -> Double? {
    guard let text = try text(field) else { return nil }
    guard let value = Double(text), value.isFinite, text.first?.isNumber == true else {
      throw notANumber(field)
    }
    return value
  }

  /// The number of an IMDb id with `prefix` ("tt0944947" → 944947), which must be there.
  public func id(_ field: Int, prefix: IDPrefix) throws(Problem) -> Int {
    let start = starts[field]
    let end = ends[field]
    let letters = prefix.letters
    guard end - start >= 3, line[start] == letters.0, line[start + 1] == letters.1,
      let value = digits((start + 2)..<end)
    else { throw notAnID(field) }
    return value
  }

  private func notANumber(_ field: Int) -> Problem {
    Problem("\(names[field]) is not a number: \(echo(field))")
  }

  private func notAnID(_ field: Int) -> Problem {
    Problem("\(names[field]) is not an IMDb id: \(echo(field))")
  }

  /// The field as a message quotes it: invalid UTF-8 repaired, cut at 80 characters.
  private func echo(_ field: Int) -> String {
    let bytes = UnsafeBufferPointer(rebasing: line[starts[field]..<ends[field]])
    return "\"\(SafeText.echo(String(decoding: bytes, as: UTF8.self)))\""
  }
}

/// The two letters before an IMDb id's digits.
public enum IDPrefix: Sendable {
  /// A title: "tt".
  case title
  /// A person: "nm".
  case name

  var letters: (UInt8, UInt8) {
    switch self {
    case .title: return (0x74, 0x74)
    case .name: return (0x6E, 0x6D)
    }
  }
}
