// MARK: - Match class

/// How a string spells a query: each term as typed in a run of its own (a word or a prefix),
/// with a typo, or as typed but scattered over several words. A word one typo away is a
/// better guess than letters scattered over other words ("brice" means Bryce, not "BRought
/// to justICE"), and a typo never passes the letters as typed in a run.
public enum MatchClass: Int, Sendable, Comparable {
  /// Each term as typed, spelling words or word prefixes.
  case words = 0
  /// Some term only with a typo.
  case typo = 1
  /// The letters as typed, scattered over more words than the query has terms.
  case scattered = 2

  /// Words first, scattered letters last.
  public static func < (lhs: MatchClass, rhs: MatchClass) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Strings longer than this many characters are long: there letters scattered over
  /// several words never make a match on their own.
  public static let shortStringLength = 32

  /// The class of a match of `terms` terms, `typos` of them with a typo, at the sorted byte
  /// `positions` of the folded `text`; nil when the string does not count as a match: in a
  /// long string the match must be at most one run of adjacent bytes per term (two with a
  /// typo), not letters picked across sentences; so too in any string when `runsOnly`. A
  /// match spells words when it touches no more words than the query has terms ("hanah
  /// baker" in "Hannah Baker") or each of its runs starts a word ("hanbak").
  static func judge(
    positions: [Int], in text: UnsafeBufferPointer<UInt8>, terms: Int, typos: Int,
    runsOnly: Bool = false
  ) -> MatchClass? {
    var runs = 0
    var words = 0
    var runsStartWords = true
    var previous = -2
    var lastWord = -1
    for position in positions where position < text.count {
      let starts = Self.startsWord(at: position, in: text)
      if position != previous + 1 {
        runs += 1
        if !starts { runsStartWords = false }
      }
      let word = Self.wordStart(of: position, in: text, after: lastWord)
      if word != lastWord {
        words += 1
        lastWord = word
      }
      previous = position
    }
    if runs > terms * (typos > 0 ? 2 : 1) && (runsOnly || isLong(text)) { return nil }
    if typos > 0 { return .typo }
    return words <= terms || runsStartWords ? .words : .scattered
  }

  /// True for a byte that belongs to a word: an ASCII letter or digit, or any byte of a
  /// character beyond ASCII.
  @inline(__always)
  static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
  }

  /// True when a word starts at `position`.
  @inline(__always)
  static func startsWord(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    isWordByte(text[position]) && (position == 0 || !isWordByte(text[position - 1]))
  }

  /// Where the word holding `position` starts (a byte outside words is a word of its own),
  /// searching back no further than `floor` (the start of the word before, when known).
  private static func wordStart(
    of position: Int, in text: UnsafeBufferPointer<UInt8>, after floor: Int
  ) -> Int {
    guard isWordByte(text[position]) else { return position }
    var start = position
    while start > 0 && start > floor && isWordByte(text[start - 1]) { start -= 1 }
    return start
  }

  /// True when `term` lies in order within one word of `text`: linear in the text.
  static func liesInOneWord(_ term: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !term.isEmpty, term.allSatisfy(isWordByte) else { return term.isEmpty }
    var matched = 0
    for byte in text {
      if !isWordByte(byte) {
        matched = 0
      } else if byte == term[matched] {
        matched += 1
        if matched == term.count { return true }
      }
    }
    return false
  }

  /// True when `term` is spelled by runs of `text` that each start a word, in order ("hanbak"
  /// in "Hannah Baker"), trying every split of the term: a run may stop short of the most
  /// the word allows and leave the rest to the next ("s" + "hol" in "Sheri Holland"). One
  /// pass over the text with a bit per term offset, so linear in the text; a term over 64
  /// bytes (longer than a query) is never spelled so.
  static func isSpelledByWordStarts(_ term: [UInt8], in text: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard !term.isEmpty else { return true }
    guard term.count <= 64 else { return false }
    let last: UInt64 = 1 << (term.count - 1)
    // Bit `offset`: a run may start at a later word start with `term[offset]`.
    var done: UInt64 = 1
    // Bit `offset`: a run ended on the byte before, `term[offset]` would continue it.
    var running: UInt64 = 0
    for position in 0..<text.count {
      let byte = text[position]
      var continuing = running
      if startsWord(at: position, in: text) { continuing |= done }
      guard continuing != 0 else {
        running = 0
        continue
      }
      var matching: UInt64 = 0
      for (offset, termByte) in term.enumerated() where termByte == byte {
        matching |= 1 << offset
      }
      let matched = continuing & matching
      if matched & last != 0 { return true }
      running = matched << 1
      done |= running
    }
    return false
  }

  /// True when the folded text has more than `shortStringLength` characters (bytes that do
  /// not continue a UTF-8 sequence).
  static func isLong(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard text.count > shortStringLength else { return false }
    var characters = 0
    for byte in text where byte & 0xC0 != 0x80 {
      characters += 1
      if characters > shortStringLength { return true }
    }
    return false
  }
}
