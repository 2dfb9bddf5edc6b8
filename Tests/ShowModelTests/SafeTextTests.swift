import ShowModel
import Testing

/// Terminal safety of text from a pack: `SafeText.sanitize` for text output.
@Suite struct SafeTextTests {
  @Test(arguments: [
    ("plain text, “quotes” — and é", "plain text, “quotes” — and é"),
    ("\u{1B}[2Jcleared", "\u{241B}[2Jcleared"),
    ("\u{1B}]0;title\u{07}", "\u{241B}]0;title\u{2407}"),
    ("\u{9B}31mred", "\u{FFFD}31mred"),
    ("del\u{7F}", "del\u{2421}"),
    ("bell\u{07}", "bell\u{2407}"),
    ("nul\u{0}", "nul\u{2400}"),
    ("\u{202E}txt.exe", "\u{FFFD}txt.exe"),
    ("a\u{2066}b\u{2069}c\u{200F}d\u{061C}e", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e"),
    ("one\ntwo\tthree\r\nfour", "one two three  four"),
    ("line\u{2028}para\u{2029}end", "line para end"),
    ("\u{85}next line", "\u{FFFD}next line"),
  ])
  func sanitizeMakesControlsVisible(input: String, expected: String) {
    #expect(SafeText.sanitize(input) == expected)
  }

  @Test func unsafeScalarsAreExactlyTheControlsAndBidiMarks() {
    let unsafe = (0...0x20FF).compactMap(Unicode.Scalar.init).filter(SafeText.isUnsafe)
    let expected =
      Array(0...0x1F) + Array(0x7F...0x9F) + [0x061C, 0x200E, 0x200F, 0x2028, 0x2029]
      + Array(0x202A...0x202E) + Array(0x2066...0x2069)
    #expect(unsafe.map(\.value) == expected.map(UInt32.init))
  }

  @Test func sanitizeLeavesNoUnsafeScalar() {
    let everything = String(String.UnicodeScalarView((0...0x20FF).compactMap(Unicode.Scalar.init)))
    let sanitized = SafeText.sanitize(everything)
    #expect(!sanitized.unicodeScalars.contains(where: SafeText.isUnsafe))
    #expect(!sanitized.utf8.contains(0x1B))
    #expect(sanitized.unicodeScalars.count == everything.unicodeScalars.count)
  }
}
