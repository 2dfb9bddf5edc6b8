import TerminalCells

/// Where the rest of a row moved sideways between two frames, as when a name in the
/// rightmost pane got shorter or longer: from `column` to the end of the row, the new row
/// holds the old row's cells `shift` columns further right (`shift` > 0, undone by deleting
/// that many characters at `column`) or further left (`shift` < 0, undone by inserting
/// blanks there). Deleting or inserting moves everything after the cursor to the screen's
/// edge, so this fits only where the rest of the row moved as one.
struct RowShift: Equatable {
  /// The column where characters are deleted or blanks inserted.
  var column: Int
  /// How many columns the rest of the row moved left (deleted) or, when negative, right.
  var shift: Int

  /// The widest shift looked for: the search costs this many passes over a changed row.
  static let widest = 16

  /// The shift of `new` against `old` (one row's cells each) that leaves the most changed
  /// cells in place, or nil when none leaves any. `alike(new, old)` says a cell looks as
  /// before; `isErased` says a new cell looks as a blank that a delete brings in at the
  /// row's end.
  static func best(
    _ new: ArraySlice<Cell>, over old: ArraySlice<Cell>, alike: (Cell, Cell) -> Bool,
    isErased: (Cell) -> Bool
  ) -> RowShift? {
    let width = new.count
    let (n, o) = (new.startIndex, old.startIndex)
    // changedFrom[x]: how many cells from x to the row's end differ where they are.
    var changedFrom = [Int](repeating: 0, count: width + 1)
    for x in stride(from: width - 1, through: 0, by: -1) {
      changedFrom[x] = changedFrom[x + 1] + (alike(new[n + x], old[o + x]) ? 0 : 1)
    }
    guard changedFrom[0] > 0 else { return nil }
    var best: RowShift?
    var bestGain = 0
    for shift in 1...max(1, min(widest, width - 1)) where shift < width {
      // Deleted: the row's last `shift` cells come in blank, the rest came from the right.
      var x = width - 1
      while x >= width - shift && isErased(new[n + x]) { x -= 1 }
      if x < width - shift {
        while x >= 0 && alike(new[n + x], old[o + x + shift]) { x -= 1 }
        var start = x + 1
        while start < width - shift
          && (old[o + start].isContinuation || old[o + start + shift].isContinuation
            || new[n + start].isContinuation)
        {
          start += 1
        }
        if start < width - shift && changedFrom[start] > bestGain {
          bestGain = changedFrom[start]
          best = RowShift(column: start, shift: shift)
        }
      }
      // Inserted: from `start + shift` on, the row holds what it held `shift` cells left.
      x = width - 1
      while x >= shift && alike(new[n + x], old[o + x - shift]) { x -= 1 }
      var kept = x + 1
      while kept < width
        && (old[o + kept - shift].isContinuation || new[n + kept - shift].isContinuation
          || new[n + kept].isContinuation)
      {
        kept += 1
      }
      if kept < width && changedFrom[kept] - shift > bestGain {
        bestGain = changedFrom[kept] - shift
        best = RowShift(column: kept - shift, shift: -shift)
      }
    }
    return best
  }

  /// What the row shows once `old` is shifted: blanks where characters came in.
  func applied(to old: ArraySlice<Cell>) -> [Cell] {
    let width = old.count
    let o = old.startIndex
    let blanks = repeatElement(Cell.blank, count: abs(shift))
    if shift > 0 {
      return Array(old[o..<(o + column)]) + Array(old[(o + column + shift)..<(o + width)]) + blanks
    }
    return Array(old[o..<(o + column)]) + blanks + Array(old[(o + column)..<(o + width + shift)])
  }
}
