/// A cell of the screen, from 0 at the top left.
struct ScreenPoint: Equatable {
  /// The row.
  var row: Int
  /// The column.
  var column: Int
}

/// The shortest way to move the terminal's cursor, among the terminal's own strings: an
/// absolute address, a column or a row alone, relative moves by a count or one step at a
/// time, and a carriage return or line feeds followed by a move along the row.
struct CursorMoves {
  private let strings: ControlStrings
  private let lineFeedReturns: Bool

  /// Moves for the terminal of `strings`. `lineFeedReturns` is true when the terminal
  /// driver turns a line feed into a carriage return and a line feed (`ONLCR`): a `cud1`
  /// that is a line feed then also goes to column 0.
  init(strings: ControlStrings, lineFeedReturns: Bool) {
    self.strings = strings
    self.lineFeedReturns = lineFeedReturns
  }

  /// The bytes that take the cursor from `start` (nil when it is unknown) to `end`.
  func move(from start: ScreenPoint?, to end: ScreenPoint) -> [UInt8] {
    var best = strings.moveTo(row: end.row, column: end.column)
    guard let start else { return best ?? [] }
    if start == end { return [] }
    func consider(_ candidate: [UInt8]?) {
      guard let candidate else { return }
      if best == nil || candidate.count < best!.count { best = candidate }
    }
    if start.row == end.row {
      consider(along(row: start.row, from: start.column, to: end.column))
      return best ?? []
    }
    // Change rows first, then move along the row from where that left the cursor.
    for (vertical, column) in verticalMoves(from: start, toRow: end.row) {
      guard let horizontal = along(row: end.row, from: column, to: end.column) else { continue }
      consider(vertical + horizontal)
    }
    return best ?? []
  }

  /// The shortest move along a row, or nil when the terminal has none that fits.
  private func along(row: Int, from start: Int, to end: Int) -> [UInt8]? {
    if start == end { return [] }
    var best = strings.moveTo(column: end)
    func consider(_ candidate: [UInt8]?) {
      guard let candidate else { return }
      if best == nil || candidate.count < best!.count { best = candidate }
    }
    if end > start {
      consider(strings.right(by: end - start))
      consider(repeated(strings.right, end - start, within: best?.count))
    } else {
      consider(strings.left(by: start - end))
      consider(repeated(strings.left, start - end, within: best?.count))
      if let carriageReturn = strings.carriageReturn {
        if end == 0 {
          consider(carriageReturn)
        } else if let forward = strings.right(by: end) {
          consider(carriageReturn + forward)
        }
      }
    }
    return best
  }

  /// The ways to reach `row` and the column each leaves the cursor in.
  private func verticalMoves(from start: ScreenPoint, toRow row: Int) -> [([UInt8], Int)] {
    var moves: [([UInt8], Int)] = []
    if let absolute = strings.moveTo(row: row) { moves.append((absolute, start.column)) }
    let distance = abs(row - start.row)
    if row > start.row {
      if let by = strings.down(by: distance) { moves.append((by, start.column)) }
      if let step = strings.down, let steps = repeated(step, distance, within: 8) {
        let isLineFeed = step == [0x0A]
        moves.append((steps, isLineFeed && lineFeedReturns ? 0 : start.column))
        if isLineFeed, let carriageReturn = strings.carriageReturn {
          // A carriage return first, so the line feeds end in column 0 either way.
          moves.append((carriageReturn + steps, 0))
        }
      }
    } else {
      if let by = strings.up(by: distance) { moves.append((by, start.column)) }
      if let step = strings.up, let steps = repeated(step, distance, within: 8) {
        moves.append((steps, start.column))
      }
    }
    return moves
  }

  /// `step` written `count` times, or nil when that is longer than `limit` bytes.
  private func repeated(_ step: [UInt8]?, _ count: Int, within limit: Int?) -> [UInt8]? {
    guard let step, !step.isEmpty, step.count * count <= (limit ?? Int.max) else { return nil }
    return Array([[UInt8]](repeating: step, count: count).joined())
  }
}
