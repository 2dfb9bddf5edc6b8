import Testing

@testable import TerminalUI

extension CursesScreenTests {
  /// The cheapest cursor move for each kind of step, with xterm's and screen's strings.
  @Suite("Cursor moves")
  struct CursorMovesTests {
    private func moves(_ type: String = "xterm-256color", lineFeedReturns: Bool = false) -> (
      CursesFixture, CursorMoves
    ) {
      let fixture = CursesFixture(width: 80, height: 24, type: type)
      return (fixture, CursorMoves(strings: ControlStrings(), lineFeedReturns: lineFeedReturns))
    }

    private func text(_ bytes: [UInt8]) -> String {
      String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{1B}", with: "⎋")
    }

    @Test func anUnknownPlaceTakesAnAddress() {
      let (fixture, moves) = moves()
      #expect(text(moves.move(from: nil, to: ScreenPoint(row: 2, column: 4))) == "⎋[3;5H")
      withExtendedLifetime(fixture) {}
    }

    @Test func alongARow() {
      let (fixture, moves) = moves()
      let start = ScreenPoint(row: 5, column: 10)
      #expect(text(moves.move(from: start, to: start)) == "")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 5, column: 11))) == "⎋[C")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 5, column: 14))) == "⎋[4C")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 5, column: 9))) == "\u{8}")
      #expect(
        text(moves.move(from: start, to: ScreenPoint(row: 5, column: 7))) == "\u{8}\u{8}\u{8}")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 5, column: 2))) == "⎋[3G")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 5, column: 0))) == "\r")
      #expect(moves.move(from: start, to: ScreenPoint(row: 5, column: 70)).count == 5)
      withExtendedLifetime(fixture) {}
    }

    @Test func downWithLineFeeds() {
      let (fixture, moves) = moves()
      let start = ScreenPoint(row: 5, column: 10)
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 6, column: 10))) == "\n")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 7, column: 10))) == "\n\n")
      #expect(moves.move(from: start, to: ScreenPoint(row: 6, column: 0)).count == 2)
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 6, column: 8))) == "\n\u{8}\u{8}")
      #expect(moves.move(from: start, to: ScreenPoint(row: 6, column: 30)).count == 6)
      #expect(moves.move(from: start, to: ScreenPoint(row: 20, column: 10)).count == 5)
      withExtendedLifetime(fixture) {}
    }

    @Test func aLineFeedThatReturnsTheCarriage() {
      let (fixture, moves) = moves(lineFeedReturns: true)
      let start = ScreenPoint(row: 5, column: 10)
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 6, column: 0))) == "\n")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 6, column: 10))).count == 4)
      #expect(!moves.move(from: start, to: ScreenPoint(row: 6, column: 10)).contains(0x0A))
      withExtendedLifetime(fixture) {}
    }

    @Test func upAndFar() {
      let (fixture, moves) = moves()
      let start = ScreenPoint(row: 5, column: 10)
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 4, column: 10))) == "⎋[A")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 0, column: 0))) == "⎋[1d\r")
      #expect(text(moves.move(from: start, to: ScreenPoint(row: 1, column: 50))) == "⎋[2;51H")
      withExtendedLifetime(fixture) {}
    }

    @Test func twoRowsDownOnScreen() {
      let (fixture, moves) = moves("screen", lineFeedReturns: true)
      let start = ScreenPoint(row: 4, column: 24)
      #expect(moves.move(from: start, to: ScreenPoint(row: 6, column: 40)).count == 7)
      withExtendedLifetime(fixture) {}
    }
  }
}
