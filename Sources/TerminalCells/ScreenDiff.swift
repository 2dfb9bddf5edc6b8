/// A run of adjacent cells on one row that changed between two frames.
public struct CellRun: Sendable, Equatable {
  /// The row.
  public var row: Int
  /// The first column.
  public var column: Int
  /// The new cells, continuation cells included.
  public var cells: [Cell]

  /// The run of `cells` from `column` on `row`.
  public init(row: Int, column: Int, cells: [Cell]) {
    (self.row, self.column, self.cells) = (row, column, cells)
  }
}

extension ScreenBuffer {
  /// The runs of cells that differ from `previous`; every cell when the sizes differ or
  /// there is no previous frame. A changed wide character is written whole.
  public func changes(from previous: ScreenBuffer?) -> [CellRun] {
    let sameSize = previous.map { $0.width == width && $0.height == height } ?? false
    return changes(fromCells: sameSize ? previous!.cells : nil)
  }

  /// The runs of cells that differ from `previous`, the cells of a frame of this size row
  /// by row; every cell when there is none or it holds another number of cells. A cell
  /// counts as unchanged when `alike(new, old)` says it looks the same as before.
  public func changes(
    fromCells previous: [Cell]?, alike: (Cell, Cell) -> Bool = { $0 == $1 }
  ) -> [CellRun] {
    let full = previous?.count != cells.count
    var runs: [CellRun] = []
    for row in 0..<height {
      let range = (row * width)..<((row + 1) * width)
      runs += Self.changes(
        row: row, cells[range], from: full ? nil : previous![range], alike: alike)
    }
    return runs
  }

  /// The runs of cells of one row, `cells`, that differ from what the row held before,
  /// `previous` (every cell when nil); `alike(new, old)` says a cell looks as before.
  public static func changes(
    row: Int, _ cells: ArraySlice<Cell>, from previous: ArraySlice<Cell>?,
    alike: (Cell, Cell) -> Bool = { $0 == $1 }
  ) -> [CellRun] {
    let width = cells.count
    let first = cells.startIndex
    let before = previous?.startIndex ?? 0
    func changed(_ column: Int) -> Bool {
      guard let previous else { return true }
      return !alike(cells[first + column], previous[before + column])
    }
    var runs: [CellRun] = []
    var column = 0
    while column < width {
      guard changed(column) else {
        column += 1
        continue
      }
      var start = column
      if cells[first + column].isContinuation && start > 0 { start -= 1 }
      var end = column + 1
      while end < width && (changed(end) || cells[first + end].isContinuation) { end += 1 }
      if let last = runs.last, last.column + last.cells.count > start {
        start = last.column + last.cells.count
      }
      if start < end {
        runs.append(
          CellRun(row: row, column: start, cells: Array(cells[(first + start)..<(first + end)])))
      }
      column = end
    }
    return runs
  }
}
