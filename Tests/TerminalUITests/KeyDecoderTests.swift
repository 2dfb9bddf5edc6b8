import TerminalCells
import Testing

@testable import TerminalUI

@Suite("Key decoding")
struct KeyDecoderTests {
  private let start = ContinuousClock.now

  /// The time `milliseconds` after the start of the test.
  private func at(_ milliseconds: Int) -> ContinuousClock.Instant {
    start + .milliseconds(milliseconds)
  }

  /// Everything `text`'s bytes decode to when they arrive at once, with what is pending
  /// settled long after.
  private func events(_ text: String) -> [InputEvent] {
    var decoder = KeyDecoder()
    return decoder.decode(Array(text.utf8), at: at(0)) + decoder.expire(at: at(1000))
  }

  private func keys(_ text: String) -> [Key] {
    events(text).compactMap {
      if case .key(let key) = $0 { key } else { nil }
    }
  }

  @Test func arrowsInCursorAndKeypadMode() {
    #expect(keys("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
    #expect(keys("\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD") == [.up, .down, .right, .left])
  }

  @Test func editingKeysOfEachTerminalFamily() {
    #expect(keys("\u{1B}[H\u{1B}OH\u{1B}[1~\u{1B}[7~") == [.home, .home, .home, .home])
    #expect(keys("\u{1B}[F\u{1B}OF\u{1B}[4~\u{1B}[8~") == [.end, .end, .end, .end])
    #expect(keys("\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[Z") == [.pageUp, .pageDown, .delete, .backTab])
    #expect(keys("\u{1B}OM") == [.enter])
    #expect(keys("\u{1B}[2~\u{1B}[I\u{1B}[?25h").isEmpty)
  }

  @Test func functionKeysOneToTwelve() {
    let sequences = [
      "\u{1B}OP", "\u{1B}OQ", "\u{1B}OR", "\u{1B}OS", "\u{1B}[15~", "\u{1B}[17~", "\u{1B}[18~",
      "\u{1B}[19~", "\u{1B}[20~", "\u{1B}[21~", "\u{1B}[23~", "\u{1B}[24~",
    ]
    #expect(keys(sequences.joined()) == (1...12).map { .function($0) })
    #expect(keys("\u{1B}[11~\u{1B}[[A\u{1B}[[E") == [.function(1), .function(1), .function(5)])
  }

  @Test func modifiersAreIgnored() {
    #expect(
      keys("\u{1B}[1;5A\u{1B}[1;2H\u{1B}[5;3~\u{1B}[1;2P") == [.up, .home, .pageUp, .function(1)])
  }

  @Test func controlBytesWithTheirOwnKeys() {
    #expect(keys("\t\n\r\u{08}\u{7F}") == [.tab, .enter, .enter, .backspace, .backspace])
    #expect(
      keys("\u{01}\u{15}\u{04}\u{13}") == [
        .control("a"), .control("u"), .control("d"), .control("s"),
      ])
    #expect(keys("\u{00}\u{1C}\u{1F}").isEmpty)
  }

  @Test func charactersOfAnyScriptAlsoWhenSplitAcrossReads() {
    #expect(keys(" q/é中😀") == [" ", "q", "/", "é", "中", "😀"].map { .character($0) })
    var decoder = KeyDecoder()
    let bytes = Array("中😀".utf8)
    var events: [InputEvent] = []
    for byte in bytes { events += decoder.decode([byte], at: at(0)) }
    #expect(events == [.key(.character("中")), .key(.character("😀"))])
  }

  @Test func bytesThatAreNoCharacterAreDropped() {
    var decoder = KeyDecoder()
    #expect(decoder.decode([0x80, 0xC0, 0xFF, 0x71], at: at(0)) == [.key(.character("q"))])
    // A C1 control (U+0085), a truncated character followed by a letter, a surrogate.
    let events = decoder.decode([0xC2, 0x85, 0xE4, 0xB8, 0x71, 0xED, 0xA0, 0x80], at: at(0))
    #expect(events == [.key(.character("q"))])
  }

  @Test func aLoneEscIsTheEscapeKeyAfterTheDelay() {
    var decoder = KeyDecoder()
    #expect(decoder.decode([0x1B], at: at(0)).isEmpty)
    #expect(decoder.deadline == at(25))
    #expect(decoder.expire(at: at(24)).isEmpty)
    #expect(decoder.expire(at: at(25)) == [.key(.escape)])
    #expect(decoder.deadline == nil)
  }

  @Test func escFollowedByAnOrdinaryKeyIsTwoKeys() {
    #expect(keys("\u{1B}j") == [.escape, .character("j")])
    #expect(keys("\u{1B}\u{1B}[A") == [.escape, .up])
  }

  @Test func aSequenceSplitAcrossReadsIsOneKey() {
    var decoder = KeyDecoder()
    #expect(decoder.decode([0x1B], at: at(0)).isEmpty)
    #expect(decoder.decode(Array("[1".utf8), at: at(10)).isEmpty)
    #expect(decoder.decode(Array("5~".utf8), at: at(60)) == [.key(.function(5))])
  }

  /// A mouse report cut short (`Esc [ <` and nothing more) is dropped whole once the timeout
  /// passes, and the key that follows acts on its own.
  @Test func anUnfinishedSequenceIsDroppedWholeAfterTheTimeout() {
    var decoder = KeyDecoder()
    #expect(decoder.decode(Array("\u{1B}[<".utf8), at: at(0)).isEmpty)
    #expect(decoder.deadline == at(100))
    #expect(decoder.expire(at: at(99)).isEmpty)
    #expect(decoder.expire(at: at(100)).isEmpty)
    #expect(decoder.deadline == nil)
    #expect(decoder.decode(Array("j".utf8), at: at(300)) == [.key(.character("j"))])
  }

  @Test func aKeyArrivingAfterTheTimeoutIsNotTakenAsTheEnd() {
    var decoder = KeyDecoder()
    #expect(decoder.decode(Array("\u{1B}[<35;1".utf8), at: at(0)).isEmpty)
    #expect(decoder.decode(Array("j".utf8), at: at(300)) == [.key(.character("j"))])
  }

  @Test func aBrokenSequenceIsDroppedAndTheByteThatBrokeItCounts() {
    #expect(keys("\u{1B}[<35\u{01}j") == [.control("a"), .character("j")])
    #expect(keys("\u{1B}O\u{09}") == [.tab])
    #expect(keys("\u{1B}[M \u{1A}j") == [.control("z"), .character("j")])
  }

  @Test func anOverlongSequenceIsDroppedWhole() {
    let long = "\u{1B}[" + String(repeating: "1;", count: 5000) + "A"
    #expect(keys(long + "j") == [.character("j")])
  }

  @Test func sgrMouseReports() {
    #expect(events("\u{1B}[<0;8;4M") == [.mouse(.click(row: 3, column: 7))])
    #expect(events("\u{1B}[<64;2;6M") == [.mouse(.wheelUp(row: 5, column: 1))])
    #expect(events("\u{1B}[<65;10;3M") == [.mouse(.wheelDown(row: 2, column: 9))])
    #expect(events("\u{1B}[<16;1;1M") == [.mouse(.click(row: 0, column: 0))])
    // A release, a drag, the right button, a 5,000-digit and an empty coordinate.
    let ignored = [
      "\u{1B}[<0;8;4m", "\u{1B}[<32;8;4M", "\u{1B}[<2;8;4M",
      "\u{1B}[<0;" + String(repeating: "9", count: 5000) + ";4M", "\u{1B}[<0;;4M",
    ]
    #expect(events(ignored.joined()).isEmpty)
  }

  @Test func x10MouseReports() {
    #expect(events("\u{1B}[M (#") == [.mouse(.click(row: 2, column: 7))])
    #expect(events("\u{1B}[M`!!") == [.mouse(.wheelUp(row: 0, column: 0))])
    #expect(events("\u{1B}[Ma\"#") == [.mouse(.wheelDown(row: 2, column: 1))])
    #expect(events("\u{1B}[M#!!j") == [.key(.character("j"))])
  }

  /// Every sequence the decoder knows, fed one byte at a time, is exactly one event: no
  /// sequence ever leaks its bytes as keys.
  @Test func sequencesFedByteByByteGiveOneEventEach() {
    let sequences = [
      "\u{1B}[A", "\u{1B}OB", "\u{1B}[5~", "\u{1B}[1;5C", "\u{1B}[[A", "\u{1B}[<0;8;4M",
      "\u{1B}[M (#", "\u{1B}[24~",
    ]
    for sequence in sequences {
      var decoder = KeyDecoder()
      var events: [InputEvent] = []
      for (index, byte) in sequence.utf8.enumerated() {
        events += decoder.decode([byte], at: at(index * 5))
      }
      events += decoder.expire(at: at(1000))
      #expect(events.count == 1, "\(sequence.debugDescription) gave \(events)")
    }
  }
}
