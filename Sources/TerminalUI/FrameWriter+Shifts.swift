import TerminalCells

/// The frame writer's ways of changing a row that cost fewer bytes than writing it:
/// deleting or inserting characters where the rest of the row moved sideways, and writing
/// the bottom-right cell where writing it in place would scroll the screen.
extension FrameWriter {
  /// The way the rest of `row` moved sideways from `base`, where the terminal can delete and
  /// insert characters.
  func rowShift(_ frame: ScreenBuffer, _ row: Int, _ base: [Cell]) -> RowShift? {
    guard strings.delete(characters: 1) != nil || strings.insert(characters: 1) != nil else {
      return nil
    }
    let range = (row * frame.width)..<((row + 1) * frame.width)
    return RowShift.best(
      frame.cells[range], over: base[range],
      alike: { [codes] new, old in Self.looksAlike(new, old, codes) },
      isErased: { [codes] cell in Self.looksAlike(cell, .blank, codes) })
  }

  /// Writes `row` the shorter way: its changed `runs` alone, or `shift` first (deleting or
  /// inserting characters) and then what still differs.
  mutating func writeRow(
    _ frame: ScreenBuffer, _ runs: ArraySlice<CellRun>, orShifting shift: RowShift,
    _ base: [Cell]
  ) {
    let mark = output.count
    let before = (cursor, style)
    writeRow(frame, runs)
    let direct = Array(output[mark...])
    let afterDirect = (cursor, style)
    output.removeSubrange(mark...)
    (cursor, style) = before
    let count = abs(shift.shift)
    if let code = shift.shift > 0
      ? strings.delete(characters: count) : strings.insert(characters: count)
    {
      let row = runs.first!.row
      let rowRange = (row * frame.width)..<((row + 1) * frame.width)
      // What still differs after the shift, cell for cell: the terminal then holds each
      // blank in the attributes the frame says, as where no shift is made.
      let rest = ScreenBuffer.changes(
        row: row, frame.cells[rowRange], from: shift.applied(to: base[rowRange])[...])
      // Left of the shift the row is as it was: written first, in order, and never erased.
      let (left, right) = Self.split(rest, at: shift.column)
      if !left.isEmpty { writeRow(frame, left[...], erasing: false) }
      reach(frame, ScreenPoint(row: row, column: shift.column))
      // The blanks that come in take the background in force: it must be the terminal's own.
      if style.map({ !codes.erases(to: .plain, in: $0) }) ?? true { change(to: .plain) }
      output += code
      if !right.isEmpty { writeRow(frame, right[...]) }
      if output.count - mark < direct.count { return }
    }
    output.removeSubrange(mark...)
    output += direct
    (cursor, style) = afterDirect
  }

  /// The runs left of `column` and those from it on, a run across it cut in two.
  private static func split(_ runs: [CellRun], at column: Int) -> ([CellRun], [CellRun]) {
    var left: [CellRun] = []
    var right: [CellRun] = []
    for run in runs {
      let end = run.column + run.cells.count
      if end <= column {
        left.append(run)
      } else if run.column >= column {
        right.append(run)
      } else {
        let cut = column - run.column
        left.append(CellRun(row: run.row, column: run.column, cells: Array(run.cells[..<cut])))
        right.append(CellRun(row: run.row, column: column, cells: Array(run.cells[cut...])))
      }
    }
    return (left, right)
  }

  // MARK: - The bottom-right cell

  /// Writes the bottom-right cell where writing it there would scroll the screen (auto
  /// margins without the late wrap), from the cell before it: the corner's character is
  /// written one column left, a blank inserted before it pushes it into the corner, and the
  /// cell before is written over the blank. The cursor ends before the corner. Without an
  /// insert, or where a wide character takes either cell, the corner is left as it was.
  mutating func writeCorner(_ frame: ScreenBuffer, _ row: Int) {
    let width = frame.width
    guard width >= 2, let insert = strings.insert(characters: 1) else { return }
    let (before, corner) = (frame[row, width - 2], frame[row, width - 1])
    guard !before.isContinuation, !corner.isContinuation else { return }
    let place = ScreenPoint(row: row, column: width - 2)
    reach(frame, place)
    change(to: codes.drawn(corner.style))
    CellText.append(corner.text, columns: 1, to: &output)
    cursor = ScreenPoint(row: row, column: width - 1)
    reach(frame, place)
    output += insert
    change(to: codes.drawn(before.style))
    CellText.append(before.text, columns: 1, to: &output)
  }
}
