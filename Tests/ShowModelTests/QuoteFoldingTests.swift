import TestSupport
import Testing

@testable import ShowModel

/// The fold that validation uses, which copies printable ASCII without decoding it, gives
/// the same bytes as the fold that keeps offsets for the reader.
@Suite struct QuoteFoldingTests {
  /// Pieces that exercise every branch of folding: printable ASCII, ASCII and Unicode
  /// white space, typographic quote marks, control characters, DEL, and two-, three- and
  /// four-byte scalars.
  private static let pieces = [
    "Hannah", "13", "it's", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}",
    "\u{A0}", "\u{2003}", "\u{2028}", "\u{3000}", "\u{2018}", "\u{2019}", "\u{201C}",
    "\u{201D}", "\u{7F}", "\u{01}", "é", "Zoë", "東京", "👩‍👩‍👧", "\"", "~", "!",
  ]

  @Test func bothFoldsGiveTheSameBytes() {
    var generator = SeededRandom(seed: 0x5EED)
    for _ in 0..<2_000 {
      let count = Int.random(in: 0...12, using: &generator)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }
        .joined()
      #expect(
        QuoteLocator.folded(text) == QuoteLocator.foldKeepingOffsets(text).folded,
        "\(text.debugDescription)")
    }
  }

  @Test func whiteSpaceFoldsToOneSpaceBetweenWordsOnly() {
    #expect(QuoteLocator.folded("  \u{2003}Clay\n\t Jensen \u{A0}") == Array("Clay Jensen".utf8))
    #expect(QuoteLocator.folded("\u{201C}Tapes\u{201D} \u{2019}") == Array("\"Tapes\" '".utf8))
  }
}
