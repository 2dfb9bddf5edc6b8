import ShowModel
import TerminalCells
import Testing

/// Checks that hold for every frame, whatever it shows.
enum FrameChecks {
  /// Records an issue for each row whose text is not exactly the screen's width, and for
  /// each cell of a wide character that lacks its other half: a continuation cell with no
  /// wide character on its left, or a wide character whose right half is not a continuation.
  static func expectWellFormed(
    _ frame: ScreenBuffer, width: Int, height: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(frame.width == width && frame.height == height, sourceLocation: sourceLocation)
    for (row, line) in frame.lines.enumerated() where DisplayWidth.of(line) != width {
      Issue.record(
        "row \(row) is \(DisplayWidth.of(line)) columns wide, not \(width): \(line)",
        sourceLocation: sourceLocation)
    }
    for row in 0..<frame.height {
      for column in 0..<frame.width {
        let cell = frame[row, column]
        let wide = !cell.isContinuation && DisplayWidth.of(cell.text) == 2
        if cell.isContinuation {
          let left = column > 0 ? frame[row, column - 1] : nil
          if left == nil || left!.isContinuation || DisplayWidth.of(left!.text) != 2 {
            Issue.record(
              "orphan continuation cell at \(row),\(column)", sourceLocation: sourceLocation)
          }
        } else if wide && (column + 1 >= frame.width || !frame[row, column + 1].isContinuation) {
          Issue.record(
            "wide character \(cell.text) at \(row),\(column) has no right half",
            sourceLocation: sourceLocation)
        }
      }
    }
  }
}
