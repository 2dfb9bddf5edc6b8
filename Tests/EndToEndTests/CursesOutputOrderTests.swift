import Foundation
import Testing

/// Curses keeps what it writes while it sets the terminal up in a buffer of its own, and
/// the browser writes its frames straight to the terminal: the buffer must reach the
/// terminal first.
@Suite("Curses' output before the first frame")
struct CursesOutputOrderTests {
  @Test func theColourSetUpComesBeforeTheFirstFrame() throws {
    // Without the mouse nothing else makes curses flush, so its `op` (the terminal's own
    // colours, sent when the colours start) waited in its buffer until the exit.
    let terminal = try PseudoTerminal(
      try TVBrowseBinary.path(), ["--no-mouse", "--color", "always"])
    try terminal.wait(forText: "13 Reasons Why")
    let written = terminal.written
    let clear = try #require(Self.first(Array("\u{1B}[H\u{1B}[2J".utf8), in: written))
    let colours = Self.first(Array("\u{1B}[39;49m".utf8), in: written)
    #expect(
      colours.map { $0 < clear } == true,
      "the colour set-up after the frame, or never: \(String(decoding: written.prefix(clear), as: UTF8.self).debugDescription)"
    )
  }

  private static func first(_ wanted: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= wanted.count else { return nil }
    return (0...(bytes.count - wanted.count)).first {
      bytes[$0..<($0 + wanted.count)].elementsEqual(wanted)
    }
  }
}
