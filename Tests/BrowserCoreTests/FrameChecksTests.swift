import TerminalCells
import Testing

/// The frame checks catch what they are for, so the tests that rely on them can fail.
@Suite struct FrameChecksTests {
  @Test func aFrameOfTheWrongSizeIsCaught() {
    var frame = ScreenBuffer(width: 9, height: 2)
    frame.put("東京", row: 0, column: 0)
    withKnownIssue {
      FrameChecks.expectWellFormed(frame, width: 10, height: 2)
    }
  }

  @Test func aWellFormedFrameWithWideCharactersPasses() {
    var frame = ScreenBuffer(width: 10, height: 2)
    frame.put("東京 tower", row: 0, column: 0)
    frame.put("x東", row: 1, column: 8)  // the wide character does not fit: a blank instead
    FrameChecks.expectWellFormed(frame, width: 10, height: 2)
  }
}
