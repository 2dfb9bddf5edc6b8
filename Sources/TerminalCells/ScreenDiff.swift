/// A run of adjacent cells on one row that changed between two frames.
public struct CellRun: Sendable, Equatable {
  /// The row.
  public var row: Int
  /// The first column.
  public var column: Int
  /// The new cells, continuation cells included.
  public var cells: [Cell]
}

extension ScreenBuffer {
  /// The runs of cells that differ from `previous`; every cell when the sizes differ or
  /// there is no previous frame. A changed wide character is written whole.
  public func changes(from previous: ScreenBuffer?) -> [CellRun] {
    let sameSize = previous.map { $0.width == width && $0.height == height } ?? false
    return changes(fromCells: sameSize ? previous!.cells : nil)
  }

  /// The runs of cells that differ from `previous`, the cells of a frame of this size row
  /// by row; every cell when there is none or it holds another number of cells.
  public func changes(fromCells previous: [Cell]?) -> [CellRun] {
    let full = previous?.count != cells.count
    var runs: [CellRun] = []
    for row in 0..<height {
      var column = 0
      while column < width {
        let index = row * width + column
        guard full || cells[index] != previous![index] else {
          column += 1
          continue
        }
        var start = column
        if cells[index].isContinuation && start > 0 { start -= 1 }
        var end = column + 1
        while end < width
          && (full || cells[row * width + end] != previous![row * width + end]
            || cells[row * width + end].isContinuation)
        {
          end += 1
        }
        if let last = runs.last, last.row == row, last.column + last.cells.count > start {
          start = last.column + last.cells.count
        }
        if start < end {
          runs.append(
            CellRun(
              row: row, column: start,
              cells: Array(cells[(row * width + start)..<(row * width + end)])))
        }
        column = end
      }
    }
    return runs
  }
}
