/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports the line and column of the
/// first syntax error and refuses duplicate keys, which a pack must never have.
public struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The same bytes, writable, when the parser may hand back what it has parsed.
  private let releasable: UnsafeMutableBufferPointer<UInt8>?
  /// The start of the input already handed back.
  private var parsed: ParsedPrefix
  /// The offset of the next byte to parse.
  var offset = 0
  private var depth = 0
  private static let maximumDepth = 512
  /// The members of the objects being parsed, innermost last. An object's members are
  /// gathered here and copied out once, into an array of exactly their number, so that the
  /// tree holds no spare capacity and no array grows member by member.
  private var members: [(key: String, value: JSONValue)] = []
  /// The items of the arrays being parsed, innermost last, gathered the same way.
  private var items: [JSONValue] = []
  /// Objects with more members than this check for duplicate keys with a set; smaller ones,
  /// nearly all of a pack's, compare the few keys directly and allocate nothing.
  private static let keysCheckedDirectly = 16

  /// Parses one JSON document from `bytes`; the bytes must be valid UTF-8.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
      var parser = JSONParser(bytes: buffer)
      parser.skipWhitespace()
      let value = try parser.parseValue()
      parser.skipWhitespace()
      if parser.offset < buffer.count {
        throw parser.error("unexpected text after the end of the JSON value")
      }
      return value
    }
  }

  /// A part of a document whose top level is an object, as `parse(_:itemsOf:_:)` hands it
  /// over.
  public enum TopLevelPart {
    /// A member, its value whole.
    case member(key: String, value: JSONValue)
    /// The start of a member whose key was asked for and whose value is an array.
    case arrayStart(key: String)
    /// An item of that array, with its index.
    case item(key: String, index: Int, value: JSONValue)
  }

  /// Parses one JSON document from `bytes` (valid UTF-8) without building it whole when its
  /// top level is an object: each member goes to `take` as soon as it is parsed, and the
  /// arrays of the keys in `itemsOf` item by item, so that only one item's tree exists at
  /// a time. Returns the document when its top level is not an object, else nil. Syntax
  /// errors are the same, at the same places, as `parse(_:)` reports.
  /// Takes the bytes over and hands the parsed ones back to the kernel as it goes, so that
  /// the file and what is read from it are not resident together.
  public static func parse(
    _ bytes: consuming [UInt8], itemsOf keys: Set<String>, _ take: (TopLevelPart) -> Void
  ) throws(JSONSyntaxError) -> JSONValue? {
    var parsed = ParsedPrefix()
    return try parse(consume bytes, itemsOf: keys, releasing: &parsed, take)
  }

  /// Reads an item of a top-level array straight from the parser's bytes: true, with the
  /// parser's offset after the item, when it did; false, with the offset where it was, when
  /// the parser is to build the item's tree and hand it over as a `TopLevelPart.item`.
  typealias ItemReader = (_ key: String, _ index: Int, _ parser: inout JSONParser) -> Bool

  /// `parse(_:itemsOf:_:)`, handing back the parsed bytes as `parsed` says (`parsed` ends
  /// as the prefix handed back), and offering each item of the arrays of `keys` to
  /// `readItem` before building its tree.
  static func parse(
    _ bytes: consuming [UInt8], itemsOf keys: Set<String>, releasing parsed: inout ParsedPrefix,
    readItem: ItemReader = { _, _, _ in false }, _ take: (TopLevelPart) -> Void
  ) throws(JSONSyntaxError) -> JSONValue? {
    let start = parsed
    var owned = consume bytes
    // Writable access copies the bytes first if anyone else holds them, so that handing
    // back pages never changes another holder's copy.
    return try owned.withUnsafeMutableBufferPointer { buffer throws(JSONSyntaxError) in
      var parser = JSONParser(bytes: UnsafeBufferPointer(buffer), releasable: buffer)
      parser.parsed = start
      defer { parsed = parser.parsed }
      parser.skipWhitespace()
      var document: JSONValue? = nil
      if parser.peek() == UInt8(ascii: "{") {
        try parser.parseTopLevelObject(itemsOf: keys, readItem, take)
      } else {
        document = try parser.parseValue()
      }
      parser.skipWhitespace()
      if parser.offset < parser.bytes.count {
        throw parser.error("unexpected text after the end of the JSON value")
      }
      return document
    }
  }

  private init(
    bytes: UnsafeBufferPointer<UInt8>, releasable: UnsafeMutableBufferPointer<UInt8>? = nil
  ) {
    self.bytes = bytes
    self.releasable = releasable
    self.parsed = ParsedPrefix()
  }

  // MARK: - Values

  mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard offset < bytes.count else { throw error("unexpected end of file, expected a value") }
    switch bytes[offset] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected character \(describeCharacter()), expected a value")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enterContainer()
    offset += 1
    let base = members.count
    var seen: Set<String>? = nil
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return .object([])
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else { throw error("expected a string key") }
      let keyStart = offset
      let key = try parseString()
      if isDuplicate(key, membersFrom: base, seen: &seen) {
        offset = keyStart
        throw error("duplicate key \"\(SafeText.echo(key))\"")
      }
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
      offset += 1
      skipWhitespace()
      let value = try parseValue()
      members.append((key: key, value: value))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): try skipComma(before: UInt8(ascii: "}"))
      case UInt8(ascii: "}"):
        offset += 1
        depth -= 1
        let object = JSONValue.object(Array(members[base...]))
        members.removeLast(members.count - base)
        return object
      default: throw error("expected ',' or '}' in an object")
      }
    }
  }

  /// True when the object whose members start at `base` already has `key`. Compares keys
  /// directly while the object is small, then keeps them in `seen`, so that an object of
  /// any size costs time linear in its keys.
  private func isDuplicate(_ key: String, membersFrom base: Int, seen: inout Set<String>?)
    -> Bool
  {
    if seen == nil {
      guard members.count - base >= Self.keysCheckedDirectly else {
        return members[base...].contains { $0.key == key }
      }
      seen = Set(members[base...].map(\.key))
    }
    return !seen!.insert(key).inserted
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enterContainer()
    offset += 1
    let base = items.count
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return .array([])
    }
    while true {
      skipWhitespace()
      let item = try parseValue()
      items.append(item)
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): try skipComma(before: UInt8(ascii: "]"))
      case UInt8(ascii: "]"):
        offset += 1
        depth -= 1
        let array = JSONValue.array(Array(items[base...]))
        items.removeLast(items.count - base)
        return array
      default: throw error("expected ',' or ']' in an array")
      }
    }
  }

  /// `parseObject` at the top level, handing over each member as it is parsed.
  private mutating func parseTopLevelObject(
    itemsOf keys: Set<String>, _ readItem: ItemReader, _ take: (TopLevelPart) -> Void
  ) throws(JSONSyntaxError) {
    try enterContainer()
    offset += 1
    var seen = Set<String>()
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else { throw error("expected a string key") }
      let keyStart = offset
      let key = try parseString()
      if !seen.insert(key).inserted {
        offset = keyStart
        throw error("duplicate key \"\(SafeText.echo(key))\"")
      }
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
      offset += 1
      skipWhitespace()
      if peek() == UInt8(ascii: "["), keys.contains(key) {
        try parseTopLevelArray(key: key, readItem, take)
      } else {
        take(.member(key: key, value: try parseValue()))
      }
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): try skipComma(before: UInt8(ascii: "}"))
      case UInt8(ascii: "}"):
        offset += 1
        depth -= 1
        return
      default: throw error("expected ',' or '}' in an object")
      }
    }
  }

  /// `parseArray` for a member of the top level, handing over each item as it is parsed.
  private mutating func parseTopLevelArray(
    key: String, _ readItem: ItemReader, _ take: (TopLevelPart) -> Void
  ) throws(JSONSyntaxError) {
    try enterContainer()
    offset += 1
    take(.arrayStart(key: key))
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return
    }
    var index = 0
    while true {
      skipWhitespace()
      if !readItem(key, index, &self) {
        take(.item(key: key, index: index, value: try parseValue()))
      }
      index += 1
      if let releasable { parsed.release(before: offset, of: releasable) }
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): try skipComma(before: UInt8(ascii: "]"))
      case UInt8(ascii: "]"):
        offset += 1
        depth -= 1
        return
      default: throw error("expected ',' or ']' in an array")
      }
    }
  }

  /// Steps over a comma, refusing one that is followed by the container's closing bracket.
  private mutating func skipComma(before close: UInt8) throws(JSONSyntaxError) {
    let comma = offset
    offset += 1
    skipWhitespace()
    if peek() == close {
      offset = comma
      throw error("trailing comma before '\(Character(Unicode.Scalar(close)))'")
    }
  }

  private mutating func enterContainer() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
  }

  mutating func parseLiteral(_ word: String, _ value: JSONValue)
    throws(JSONSyntaxError) -> JSONValue
  {
    let start = offset
    for expected in word.utf8 {
      guard peek() == expected else {
        offset = start
        throw error("invalid literal, expected '\(word)'")
      }
      offset += 1
    }
    return value
  }

  mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = offset
    if peek() == UInt8(ascii: "-") { offset += 1 }
    if peek() == UInt8(ascii: "0") {
      offset += 1
      if isDigit(peek()) { throw error("invalid number: a leading zero must stand alone") }
    } else if isDigit(peek()) {
      while isDigit(peek()) { offset += 1 }
    } else {
      throw error("invalid number")
    }
    if peek() == UInt8(ascii: ".") {
      offset += 1
      guard isDigit(peek()) else { throw error("invalid number: digits must follow '.'") }
      while isDigit(peek()) { offset += 1 }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      offset += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
      guard isDigit(peek()) else { throw error("invalid number: digits must follow the exponent") }
      while isDigit(peek()) { offset += 1 }
    }
    return .number(String(decoding: bytes[start..<offset], as: UTF8.self))
  }

  // MARK: - Strings

  mutating func parseString() throws(JSONSyntaxError) -> String {
    // Strings without escapes, nearly all of them, are decoded straight from the input.
    if let text = try parseUnescapedString() {
      return String(decoding: bytes[text], as: UTF8.self)
    }
    let quote = offset
    offset += 1
    var unescaped: [UInt8] = []
    var runStart = offset
    while true {
      skipPlainBytes()
      guard offset < bytes.count, bytes[offset] != UInt8(ascii: "\\") || offset + 1 < bytes.count
      else {
        offset = quote
        throw error("unterminated string: no closing quote before the end of the file")
      }
      let byte = bytes[offset]
      if byte == 0x0A || byte == 0x0D {
        offset = quote
        throw error("unterminated string: no closing quote before the end of the line")
      }
      if byte == UInt8(ascii: "\"") {
        defer { offset += 1 }
        unescaped.append(contentsOf: bytes[runStart..<offset])
        return String(decoding: unescaped, as: UTF8.self)
      }
      if byte < 0x20 {
        throw error("control character U+\(hex(UInt32(byte))) inside a string must be escaped")
      }
      if byte == UInt8(ascii: "\\") {
        unescaped.append(contentsOf: bytes[runStart..<offset])
        unescaped.append(contentsOf: String(try parseEscape()).utf8)
        runStart = offset
        continue
      }
      offset += 1
    }
  }

  /// Moves the offset eight bytes at a time while none of them can end the run of plain
  /// text of a string (a quote, a backslash, a control character).
  @inline(__always)
  private mutating func skipPlainBytes() {
    while offset + 8 <= bytes.count,
      !Self.mayEndRun(
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    {
      offset += 8
    }
  }

  /// The place in `bytes` of the text of the string at the offset, with the offset after
  /// the string, when the string holds no escape, as nearly all do: its text is then those
  /// bytes, and a reader that needs no `String` of them makes none. Nil, with the offset
  /// where it was, when the string holds an escape, for `parseString` to decode. Throws
  /// as `parseString` does for a string that ends before an escape.
  mutating func parseUnescapedString() throws(JSONSyntaxError) -> Range<Int>? {
    let quote = offset
    offset += 1
    let start = offset
    while true {
      skipPlainBytes()
      guard offset < bytes.count else {
        offset = quote
        throw error("unterminated string: no closing quote before the end of the file")
      }
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\\") {
        offset = quote
        return nil
      }
      if byte == 0x0A || byte == 0x0D {
        offset = quote
        throw error("unterminated string: no closing quote before the end of the line")
      }
      if byte == UInt8(ascii: "\"") {
        offset += 1
        return start..<offset - 1
      }
      if byte < 0x20 {
        throw error("control character U+\(hex(UInt32(byte))) inside a string must be escaped")
      }
      offset += 1
    }
  }

  /// True when one of the eight bytes of `word` may be a quote, a backslash or a control
  /// byte, which end a run of a string's plain text; never false when one is.
  private static func mayEndRun(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
    let quote = hasZeroByte(word ^ (ones &* 0x22))
    let backslash = hasZeroByte(word ^ (ones &* 0x5C))
    let control = (word &- ones &* 0x20) & ~word & high
    return quote | backslash | control != 0
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    offset += 1
    guard offset < bytes.count else {
      throw error("unterminated string: no closing quote before the end of the file")
    }
    let byte = bytes[offset]
    offset += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"): return try parseUnicodeEscape()
    default:
      offset -= 2
      if byte >= 0x21 && byte < 0x7F {
        throw error("invalid escape sequence '\\\(Character(Unicode.Scalar(byte)))'")
      }
      throw error("invalid escape sequence")
    }
  }

  private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let escapeStart = offset - 2
    let first = try parseHex4()
    if (0xD800...0xDBFF).contains(first) {
      guard peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") else {
        offset = escapeStart
        throw error("unpaired surrogate in a \\u escape")
      }
      offset += 2
      let second = try parseHex4()
      guard (0xDC00...0xDFFF).contains(second) else {
        offset = escapeStart
        throw error("unpaired surrogate in a \\u escape")
      }
      let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      return Unicode.Scalar(combined) ?? "\u{FFFD}"
    }
    guard let scalar = Unicode.Scalar(first) else {
      offset = escapeStart
      throw error("unpaired surrogate in a \\u escape")
    }
    return scalar
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek(), let digit = hexDigitValue(byte) else {
        throw error("invalid \\u escape: expected four hex digits")
      }
      value = value * 16 + digit
      offset += 1
    }
    return value
  }

  // MARK: - Helpers

  func peek(_ ahead: Int = 0) -> UInt8? {
    offset + ahead < bytes.count ? bytes[offset + ahead] : nil
  }

  mutating func skipWhitespace() {
    while let byte = peek(),
      byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    {
      offset += 1
    }
  }

  private func isDigit(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private func hexDigitValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The character at the current offset as a message names it: `'x'` for printable
  /// ASCII, `'“' (U+201C)` for other printable characters, `U+0007` for the rest.
  private func describeCharacter() -> String {
    guard offset < bytes.count else { return "end of file" }
    var iterator = bytes[offset...].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
      return "byte 0x\(String(bytes[offset], radix: 16, uppercase: true))"
    }
    let code = "U+\(hex(scalar.value))"
    if scalar.value >= 0x21 && scalar.value < 0x7F { return "'\(Character(scalar))'" }
    if scalar == "\u{FEFF}" { return "\(code) (a byte order mark)" }
    if SafeText.isUnsafe(scalar) || scalar.properties.isWhitespace { return code }
    return "'\(Character(scalar))' (\(code))"
  }

  /// An error at the current offset, with its line and column counted in Unicode scalars.
  private func error(_ message: String) -> JSONSyntaxError {
    let position = parsed.position(of: offset, in: bytes)
    return JSONSyntaxError(line: position.line, column: position.column, message: message)
  }
}
