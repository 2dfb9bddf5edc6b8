import Reports
import ShowModel
import Testing

/// Terminal safety of JSON output: `JSONWriter.quote` escapes every unsafe scalar, and what
/// it writes parses back to the same value.
@Suite struct JSONWriterTests {
  @Test(arguments: [
    ("\u{1B}[2J", #""\u001b[2J""#),
    ("\u{1B}]0;title\u{07}", #""\u001b]0;title\u0007""#),
    ("\u{9B}31m", #""\u009b31m""#),
    ("\u{202E}txt", #""\u202etxt""#),
    ("del\u{7F}", #""del\u007f""#),
    ("a\u{2028}b", #""a\u2028b""#),
    ("quote \" backslash \\ slash /", #""quote \" backslash \\ slash /""#),
    ("tab\tnew\nreturn\r", #""tab\tnew\nreturn\r""#),
    ("“Hannah” — é 😀", "\"“Hannah” — é 😀\""),
  ])
  func quoteEscapesUnsafeScalars(input: String, expected: String) {
    #expect(JSONWriter.quote(input) == expected)
  }

  @Test func quoteRoundTripsThroughTheParser() throws {
    let samples = [
      "\u{1B}[2J\u{1B}]0;title\u{07}\u{9B}31m\u{202E}\u{7F}",
      String(String.UnicodeScalarView((0...0x20FF).compactMap(Unicode.Scalar.init))),
      "", "plain", "😀 𝄞 “quotes”",
    ]
    for sample in samples {
      let quoted = JSONWriter.quote(sample)
      #expect(!quoted.unicodeScalars.contains(where: SafeText.isUnsafe))
      #expect(try JSONParser.parse(Array(quoted.utf8)) == .string(sample))
    }
  }

  @Test func formatEscapesKeysAndValuesAndParsesBack() throws {
    let value = JSONValue.object([
      ("name\u{1B}[31m", .string("Hannah\u{202E}")),
      ("list", .array([.string("\u{9B}"), .number("2"), .bool(true), .null])),
    ])
    let text = JSONWriter.format(value)
    #expect(
      text == """
        {
          "name\\u001b[31m": "Hannah\\u202e",
          "list": [
            "\\u009b",
            2,
            true,
            null
          ]
        }
        """)
    #expect(try JSONParser.parse(Array(text.utf8)) == value)
  }
}
