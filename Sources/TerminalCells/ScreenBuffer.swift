import ShowModel

/// A frame: a grid of cells the whole screen is rendered into before anything reaches the
/// terminal, and the place of the hardware cursor.
public struct ScreenBuffer: Sendable, Equatable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// The cells, row by row.
  public private(set) var cells: [Cell]
  /// Where the hardware cursor rests (row, column), if shown.
  public var cursor: (row: Int, column: Int)?

  /// A blank frame.
  public init(width: Int, height: Int) {
    self.width = max(width, 0)
    self.height = max(height, 0)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at `row`, `column`.
  public subscript(row: Int, column: Int) -> Cell {
    cells[row * width + column]
  }

  /// Compares cells and cursor.
  public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
    lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
      && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
  }

  // MARK: - Drawing

  /// Draws `text` from `column` on `row`, clipped to `limit` columns from there (or the
  /// row's end). Control characters are made visible, wide characters are never split: one
  /// that does not fit leaves a blank. A cell holds one spacing character and its marks.
  /// Returns the column after the last cell written.
  @discardableResult
  public mutating func put(
    _ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil
  ) -> Int {
    guard row >= 0, row < height, column < width else { return column }
    let end = min(width, limit.map { column + $0 } ?? width)
    var x = column
    // Made safe a grapheme at a time, so a row of a long text costs only what it shows.
    for character in text.lazy.flatMap(SafeText.sanitize) {
      for piece in DisplayWidth.cells(of: character) {
        if piece.width == 0 {
          if x > column { appendCombining(piece.text, row: row, before: x) }
          continue
        }
        if x + piece.width > end {
          while x < end {
            set(row, x, Cell(text: " ", style: style))
            x += 1
          }
          return x
        }
        if x >= 0 {
          set(row, x, Cell(text: piece.text, style: style))
          if piece.width == 2 { set(row, x + 1, Cell(text: "", style: style)) }
        }
        x += piece.width
      }
    }
    return x
  }

  /// Fills a rectangle with blanks in `style`.
  public mutating func fill(
    row: Int, column: Int, width: Int, height: Int, style: CellStyle = .plain
  ) {
    let rows = max(row, 0)..<max(min(row + height, self.height), max(row, 0))
    let columns = max(column, 0)..<max(min(column + width, self.width), max(column, 0))
    for y in rows {
      for x in columns { set(y, x, Cell(text: " ", style: style)) }
    }
  }

  /// Changes the style of cells already drawn, keeping their text.
  public mutating func restyle(
    row: Int, column: Int, width: Int, _ change: (inout CellStyle) -> Void
  ) {
    guard row >= 0, row < height else { return }
    for x in max(column, 0)..<max(min(column + width, self.width), max(column, 0)) {
      var cell = cells[row * self.width + x]
      change(&cell.style)
      cells[row * self.width + x] = cell
    }
  }

  /// Writes one cell; overwriting half of a wide character blanks its other half.
  private mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
    let index = row * width + column
    let old = cells[index]
    if old.isContinuation && !cell.isContinuation && column > 0 {
      cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
    }
    if !old.isContinuation && column + 1 < width && cells[index + 1].isContinuation {
      cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
    }
    cells[index] = cell
  }

  private mutating func appendCombining(_ marks: String, row: Int, before x: Int) {
    guard x - 1 >= 0, x - 1 < width else { return }
    var index = row * width + x - 1
    if cells[index].isContinuation && x - 2 >= 0 { index -= 1 }
    cells[index].text += marks
  }

  // MARK: - Text views

  /// The rows as plain text, continuation cells skipped, trailing spaces kept.
  public var lines: [String] {
    (0..<height).map { row in
      (0..<width).reduce(into: "") { line, column in line += self[row, column].text }
    }
  }
}
