/// Why a quote is not in its article, in words: the article's passage that shares the
/// longest run with the quote, laid where the quote would stand, and the first character
/// where the two differ. Compared folded, as quotes are looked up.
struct QuoteMismatch {
  /// How many quotes not found in one article are shown with their closest passage: each
  /// is a pass over the article, so a bound keeps checking a pack linear in its size.
  static let perArticle = 8

  /// The passage, made safe and cut to a line; nil when the article shares no character.
  let passage: String?
  /// The 1-based character of the (folded) quote where quote and passage first differ.
  let character: Int
  /// The character of the quote there.
  let quoted: String
  /// The character of the article there, or what stands in its place at either end.
  let found: String

  /// Compares the quote with the article, `folded` as `QuoteLocator.folded` gives it.
  init(quote: String, folded: [UInt8]) {
    let needle = QuoteLocator.folded(quote)
    let run = LongestSharedRun.find(quote: needle, in: folded)
    let shift = run.textStart - run.quoteStart
    // The first byte where the quote and the article laid under it differ.
    var differing = needle.count
    for index in needle.indices {
      let other = shift + index
      if run.length == 0 || other < 0 || other >= folded.count || folded[other] != needle[index] {
        differing = index
        break
      }
    }
    let lead = Self.characterStart(in: needle, at: min(differing, max(needle.count - 1, 0)))
    character = needle[..<lead].filter { !Self.isContinuation($0) }.count + 1
    quoted = lead < needle.count ? Self.character(in: needle, at: lead) : ""
    let other = shift + lead
    if run.length == 0 {
      passage = nil
      found = "nothing like it"
    } else {
      let start = Self.characterStart(in: folded, at: max(shift, 0))
      var end = min(max(shift + needle.count, 0), folded.count)
      while end < folded.count && Self.isContinuation(folded[end]) { end += 1 }
      passage = SafeText.echo(String(decoding: folded[start..<max(end, start)], as: UTF8.self))
      found =
        other < 0
        ? "nothing before the article's start"
        : other >= folded.count
          ? "the article's end" : "\"" + Self.character(in: folded, at: other) + "\" in the article"
    }
  }

  /// The words added to "quote not found".
  var description: String {
    guard let passage else { return "; the article shares no character with it" }
    return
      "; closest passage: \"\(passage)\", which differs at character \(character): \"\(SafeText.echo(quoted))\" in the quote, \(found)"
  }

  private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

  /// The offset where the character holding the byte at `offset` starts.
  private static func characterStart(in bytes: [UInt8], at offset: Int) -> Int {
    var start = min(offset, bytes.count)
    while start > 0 && start < bytes.count && isContinuation(bytes[start]) { start -= 1 }
    return start
  }

  /// The character that starts at `offset`, made safe.
  private static func character(in bytes: [UInt8], at offset: Int) -> String {
    var end = offset + 1
    while end < bytes.count && isContinuation(bytes[end]) { end += 1 }
    return SafeText.sanitize(String(decoding: bytes[offset..<end], as: UTF8.self))
  }
}
