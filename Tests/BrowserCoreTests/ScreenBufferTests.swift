import BrowserCore
import TerminalCells
import Testing

/// Drawing into the cell buffer: wide characters stay whole, edges are safe.
@Suite struct ScreenBufferTests {
  private func texts(_ buffer: ScreenBuffer, row: Int = 0) -> [String] {
    (0..<buffer.width).map { buffer[row, $0].text }
  }

  @Test func aWideCharacterOverAnotherShiftedByOneLeavesNoOrphanHalf() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    buffer.put("文字", row: 0, column: 1)
    #expect(texts(buffer) == [" ", "文", "", "字", "", " "])
    buffer.put("中", row: 0, column: 2)
    #expect(texts(buffer) == [" ", " ", "中", "", " ", " "])
  }

  @Test func aWideCharacterExactlyOverAnotherReplacesIt() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("文", row: 0, column: 0)
    buffer.put("中", row: 0, column: 0)
    #expect(texts(buffer) == ["中", "", " ", " "])
  }

  @Test func aNarrowCharacterOnTheRightHalfBlanksTheLeftHalf() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("文", row: 0, column: 0)
    buffer.put("x", row: 0, column: 1)
    #expect(texts(buffer) == [" ", "x", " ", " "])
  }

  @Test func aWideCharacterThatDoesNotFitLeavesABlank() {
    var buffer = ScreenBuffer(width: 3, height: 1)
    #expect(buffer.put("ab文", row: 0, column: 0) == 3)
    #expect(texts(buffer) == ["a", "b", " "])
  }

  @Test func combiningMarksJoinTheirBaseAndControlsAreMadeVisible() {
    var buffer = ScreenBuffer(width: 5, height: 1)
    buffer.put("e\u{301}\u{1B}[", row: 0, column: 0)
    #expect(texts(buffer) == ["e\u{301}", "\u{241B}", "[", " ", " "])
  }

  @Test func rectanglesOutsideTheBufferAreIgnored() {
    var buffer = ScreenBuffer(width: 4, height: 2)
    buffer.fill(row: 5, column: 9, width: 3, height: 3)
    buffer.fill(row: -3, column: -3, width: 2, height: 2)
    buffer.restyle(row: 0, column: 7, width: 2) { $0.bold = true }
    buffer.put("x", row: 0, column: -1)
    #expect(buffer.lines == ["    ", "    "])
  }
}
