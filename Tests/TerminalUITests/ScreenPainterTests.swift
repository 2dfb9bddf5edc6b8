import CNcursesw
import TerminalCells
import Testing

@testable import TerminalUI

/// Draws frames into a real curses screen (on /dev/null) and reads back what curses holds.
/// Curses is one global screen, so these run one at a time.
@Suite("Painting into curses", .serialized)
struct ScreenPainterTests {
  private typealias Held = CursesFixture.HeldCell

  private func painter(_ fixture: CursesFixture, colors: Bool = true) -> ScreenPainter {
    let table =
      colors
      ? ColorPairTable(
        colors: Int(shim_COLORS()), pairs: Int(shim_COLOR_PAIRS()), defaultColors: true) : nil
    return ScreenPainter(window: fixture.window, colors: table)
  }

  @Test func asciiTextWithAttributes() {
    let fixture = CursesFixture(width: 20, height: 4)
    var buffer = ScreenBuffer(width: 20, height: 4)
    buffer.put("Hi", row: 1, column: 2, style: CellStyle(bold: true))
    buffer.put("x", row: 1, column: 5, style: CellStyle(dim: true, underline: true, reverse: true))
    painter(fixture).draw(buffer)
    let bold = shim_A_BOLD()
    #expect(
      fixture.row(1, count: 7) == [
        Held(text: " ", attributes: 0, pair: 0),
        Held(text: " ", attributes: 0, pair: 0),
        Held(text: "H", attributes: bold, pair: 0),
        Held(text: "i", attributes: bold, pair: 0),
        Held(text: " ", attributes: 0, pair: 0),
        Held(text: "x", attributes: shim_A_DIM() | shim_A_UNDERLINE() | shim_A_REVERSE(), pair: 0),
        Held(text: " ", attributes: 0, pair: 0),
      ])
  }

  @Test func wideCombiningAndEmojiKeepTheirColumns() {
    let fixture = CursesFixture(width: 20, height: 3)
    var buffer = ScreenBuffer(width: 20, height: 3)
    buffer.put("a中b", row: 0, column: 0)
    buffer.put("e\u{301}x", row: 1, column: 0)
    buffer.put("😀|", row: 2, column: 0)
    painter(fixture).draw(buffer)
    #expect(fixture.row(0, count: 5).map(\.text) == ["a", "中", "", "b", " "])
    #expect(fixture.row(1, count: 3).map(\.text) == ["e\u{301}", "x", " "])
    #expect(fixture.row(2, count: 4).map(\.text) == ["😀", "", "|", " "])
    #expect(fixture.characters(0, count: 5) == ["a", "中", "b", " "])
    #expect(fixture.characters(2, count: 4) == ["😀", "|", " "])
  }

  @Test func onlyChangedRowsAreTouched() {
    let fixture = CursesFixture(width: 20, height: 5)
    let painter = painter(fixture)
    var first = ScreenBuffer(width: 20, height: 5)
    for row in 0..<5 { first.put("row \(row)", row: row, column: 0) }
    painter.draw(first)
    var second = first
    second.put("ROW", row: 3, column: 0)
    painter.draw(second, refresh: false)
    #expect(
      (0..<5).map { is_linetouched(fixture.window, Int32($0)) } == [
        false, false, false, true, false,
      ])
    #expect(fixture.text(3, count: 6) == "ROW 3 ")
    #expect(fixture.text(2, count: 6) == "row 2 ")
  }

  @Test func forgettingRewritesEveryRow() {
    let fixture = CursesFixture(width: 10, height: 3)
    let painter = painter(fixture)
    var buffer = ScreenBuffer(width: 10, height: 3)
    buffer.put("same", row: 0, column: 0)
    painter.draw(buffer)
    painter.forget()
    painter.draw(buffer, refresh: false)
    #expect((0..<3).map { is_linetouched(fixture.window, Int32($0)) } == [true, true, true])
  }

  @Test func overwritingHalfOfAWideCharacter() {
    let fixture = CursesFixture(width: 10, height: 1)
    let painter = painter(fixture)
    var first = ScreenBuffer(width: 10, height: 1)
    first.put("中文", row: 0, column: 0)
    painter.draw(first)
    var second = first
    second.put("z", row: 0, column: 1)
    painter.draw(second)
    #expect(fixture.row(0, count: 5).map(\.text) == [" ", "z", "文", "", " "])
  }

  @Test func coloursGetPairsOnDemand() {
    let fixture = CursesFixture(width: 10, height: 2)
    var buffer = ScreenBuffer(width: 10, height: 2)
    buffer.put("r", row: 0, column: 0, style: CellStyle(foreground: .red))
    buffer.put(
      "p", row: 0, column: 1, style: CellStyle(foreground: .palette(200), background: .blue))
    buffer.put("R", row: 1, column: 0, style: CellStyle(foreground: .red, bold: true))
    painter(fixture).draw(buffer)
    #expect(fixture.cell(0, 0) == Held(text: "r", attributes: 0, pair: 1))
    #expect(fixture.cell(0, 1) == Held(text: "p", attributes: 0, pair: 2))
    #expect(fixture.cell(1, 0) == Held(text: "R", attributes: shim_A_BOLD(), pair: 1))
    #expect(fixture.colors(ofPair: 1) == (1, -1))
    #expect(fixture.colors(ofPair: 2) == (200, 4))
  }

  @Test func monochromeDrawsNoColour() {
    let fixture = CursesFixture(width: 10, height: 1, colors: false)
    var buffer = ScreenBuffer(width: 10, height: 1)
    buffer.put("r", row: 0, column: 0, style: CellStyle(foreground: .red, reverse: true))
    painter(fixture, colors: false).draw(buffer)
    #expect(fixture.cell(0, 0) == Held(text: "r", attributes: shim_A_REVERSE(), pair: 0))
  }

  @Test func cursorRestsWhereTheFrameSays() {
    let fixture = CursesFixture(width: 20, height: 6)
    var buffer = ScreenBuffer(width: 20, height: 6)
    buffer.put("item", row: 4, column: 2)
    buffer.cursor = (row: 4, column: 2)
    painter(fixture).draw(buffer)
    #expect(getcury(fixture.window) == 4)
    #expect(getcurx(fixture.window) == 2)
  }

  @Test func unprintableTextIsReplaced() {
    _ = setlocale(LC_CTYPE, "C.UTF-8")
    #expect(CellText.printable("a", columns: 1) == ("a", 1))
    #expect(CellText.printable("中", columns: 2) == ("中", 2))
    #expect(CellText.printable("中", columns: 1) == ("\u{FFFD}", 1))
    #expect(CellText.printable("\u{1B}", columns: 1) == ("\u{FFFD}", 1))
    #expect(CellText.printable("\u{301}", columns: 1) == ("\u{FFFD}", 1))
    #expect(CellText.printable("", columns: 1) == (" ", 1))
  }
}
