import Testing

@testable import ShowModel

/// The quote search steps through an article one byte at a time only from places where the
/// quote's first byte stands; it compared every byte of the article with the quote.
@Suite struct QuoteSearchCostTests {
  @Test func bytesThatCannotStartTheQuoteAreSkipped() {
    // A megabyte without the quote's first letter, then the quote.
    let quote = Array("Hannah said it".utf8)
    let text = [UInt8](repeating: UInt8(ascii: "x"), count: 1_000_000) + quote
    var comparisons = 0
    let found = QuoteLocator.firstOffset(of: quote, in: text, comparisons: &comparisons)
    #expect(found == 1_000_000)
    // The quote's table of fallbacks compares it with itself, then the quote is matched.
    #expect(comparisons == (quote.count - 1) + quote.count)
  }

  @Test func aTextMadeOfTheFirstByteStaysLinear() {
    // Every byte can start the quote and none ends it: the bound of Knuth–Morris–Pratt.
    let quote = Array("aaaaaaaaab".utf8)
    let text = [UInt8](repeating: UInt8(ascii: "a"), count: 100_000)
    var comparisons = 0
    let found = QuoteLocator.firstOffset(of: quote, in: text, comparisons: &comparisons)
    #expect(found == nil)
    #expect(comparisons > text.count)
    #expect(comparisons <= 2 * (text.count + quote.count))
  }
}
