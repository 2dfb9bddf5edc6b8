import ShowModel
import Testing

/// The strict JSON parser: values, and the exact place and wording of each syntax error.
@Suite struct JSONParserTests {
  /// Inputs that must fail, each with `line:column: message` of its error.
  static let syntaxCases: [(String, String)] = [
    // Empty input and stray text.
    ("", "1:1: unexpected end of file, expected a value"),
    ("1 2", "1:3: unexpected text after the end of the JSON value"),
    ("{\"a\" 1}", "1:6: expected ':' after a key"),
    ("{1: 2}", "1:2: expected a string key"),
    ("[1 2]", "1:4: expected ',' or ']' in an array"),
    ("{\"a\": 1 \"b\": 2}", "1:9: expected ',' or '}' in an object"),
    // Trailing commas point at the comma.
    ("{\"a\": 1,}", "1:8: trailing comma before '}'"),
    ("[1,\n  2 ,\n]", "2:5: trailing comma before ']'"),
    // Literals point at their first letter.
    ("[tru]", "1:2: invalid literal, expected 'true'"),
    ("{\n  \"é\": nul\n}", "2:8: invalid literal, expected 'null'"),
    ("[True]", "1:2: unexpected character 'T', expected a value"),
    // Columns count characters, not bytes, whatever came before on the line.
    ("{\"ä€𝄞\": x}", "1:9: unexpected character 'x', expected a value"),
    (#"{"a\n\u00e9\uD834\uDD1E\"": x}"#, "1:29: unexpected character 'x', expected a value"),
    ("{\r\n\"a\": x}", "2:6: unexpected character 'x', expected a value"),
    ("[“a”]", "1:2: unexpected character '“' (U+201C), expected a value"),
    ("\u{FEFF}{}", "1:1: unexpected character U+FEFF (a byte order mark), expected a value"),
    ("[\u{07}]", "1:2: unexpected character U+0007, expected a value"),
    ("[\u{A0}1]", "1:2: unexpected character U+00A0, expected a value"),
    // Strings.
    ("{\"a\": \"abc", "1:7: unterminated string: no closing quote before the end of the file"),
    ("[\"abc\\", "1:2: unterminated string: no closing quote before the end of the file"),
    ("[\"Mädchen\n\"]", "1:2: unterminated string: no closing quote before the end of the line"),
    ("[\"a\tb\"]", "1:4: control character U+0009 inside a string must be escaped"),
    (#"["ab\x"]"#, #"1:5: invalid escape sequence '\x'"#),
    (#"["é\u12G4"]"#, #"1:8: invalid \u escape: expected four hex digits"#),
    (#"["é\uD800"]"#, #"1:4: unpaired surrogate in a \u escape"#),
    (#"["\uDC00"]"#, #"1:3: unpaired surrogate in a \u escape"#),
    (#"["\uD800\u0041"]"#, #"1:3: unpaired surrogate in a \u escape"#),
    // Duplicate keys point at the second one, also when an escape spells the same key.
    ("{\"a\": 1, \"b\": 2, \"a\": 3}", "1:18: duplicate key \"a\""),
    (#"{"a": 1, "\u0061": 2}"#, "1:10: duplicate key \"a\""),
    ("{\"x\": {\"é\": 1,\n  \"é\": 2}}", "2:3: duplicate key \"é\""),
    // Numbers.
    ("-", "1:2: invalid number"),
    ("[-x]", "1:3: invalid number"),
    ("[01]", "1:3: invalid number: a leading zero must stand alone"),
    ("-007", "1:3: invalid number: a leading zero must stand alone"),
    ("1.", "1:3: invalid number: digits must follow '.'"),
    ("[1.e5]", "1:4: invalid number: digits must follow '.'"),
    ("1e+", "1:4: invalid number: digits must follow the exponent"),
    ("+1", "1:1: unexpected character '+', expected a value"),
    (".5", "1:1: unexpected character '.', expected a value"),
  ]

  @Test(arguments: syntaxCases)
  func syntaxError(input: String, error: String) {
    #expect(Self.failure(parsing: input) == error)
  }

  /// The error that parsing `text` throws, as `line:column: message`; nil when it parses.
  static func failure(parsing text: String) -> String? {
    do {
      _ = try JSONParser.parse(Array(text.utf8))
      return nil
    } catch {
      return "\(error.line):\(error.column): \(error.message)"
    }
  }

  @Test func nestingUpToTheLimitParses() throws {
    let depth = 512
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    var value = try JSONParser.parse(Array(text.utf8))
    var levels = 1
    while case .array(let items) = value, let first = items.first {
      value = first
      levels += 1
    }
    #expect(levels == depth)
  }

  @Test func nestingPastTheLimitFailsAtTheDeepestBracket() {
    let text = String(repeating: "{\"a\":[", count: 256) + "[" + String(repeating: "]}", count: 256)
    #expect(Self.failure(parsing: text) == "1:\(256 * 6 + 1): nesting deeper than 512 levels")
  }

  @Test func valuesKeepKeyOrderAndNumberText() throws {
    let text =
      #"{"z": [-0, 1.5e10, 0, -12.30E-2, 12345678901234567890], "a": {"t": true, "f": false, "n": null}}"#
    let value = try JSONParser.parse(Array(text.utf8))
    let numbers = ["-0", "1.5e10", "0", "-12.30E-2", "12345678901234567890"]
    #expect(
      value
        == .object([
          ("z", .array(numbers.map(JSONValue.number))),
          ("a", .object([("t", .bool(true)), ("f", .bool(false)), ("n", .null)])),
        ]))
    guard case .object(let pairs) = value else {
      Issue.record("not an object")
      return
    }
    #expect(pairs.map(\.key) == ["z", "a"])
  }

  @Test(arguments: [
    (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{08}\u{0C}\n\r\t"),
    (#""\u00e9\u00C9""#, "éÉ"),
    (#""\uD834\uDD1E clef""#, "𝄞 clef"),
    (#""\ud83d\ude00""#, "😀"),
    (#""a\u0000b""#, "a\u{0}b"),
    (#""\u001b[2J""#, "\u{1B}[2J"),
    ("\"Mädchen — “Hannah”\"", "Mädchen — “Hannah”"),
  ])
  func stringsDecode(input: String, expected: String) throws {
    #expect(try JSONParser.parse(Array(input.utf8)) == .string(expected))
  }

  @Test func whitespaceAroundTheValueIsAllowed() throws {
    #expect(try JSONParser.parse(Array(" \t\r\n [ ] \n".utf8)) == .array([]))
    #expect(try JSONParser.parse(Array("{ }".utf8)) == .object([]))
  }
}
