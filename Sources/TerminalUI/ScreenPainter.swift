import CNcursesw
import TerminalCells

/// Draws frames into a curses window, writing only the cells that changed since the frame
/// before, then places the hardware cursor and refreshes.
final class ScreenPainter {
  private let window: UnsafeMutablePointer<WINDOW>
  private var colors: ColorPairTable?
  private var previous: ScreenBuffer?
  private var cursorShown: Bool?
  private var line: [cchar_t] = []

  /// A painter for `window`; `colors` is nil on a monochrome screen.
  init(window: UnsafeMutablePointer<WINDOW>, colors: ColorPairTable?) {
    self.window = window
    self.colors = colors
  }

  /// Forgets the frame on screen, so the next one is written whole.
  func forget() {
    previous = nil
  }

  /// Writes what changed between the last frame and `buffer` into the window; refreshes
  /// the terminal when `refresh` is true.
  func draw(_ buffer: ScreenBuffer, refresh: Bool = true) {
    for run in buffer.changes(from: previous) {
      write(run, in: buffer)
    }
    previous = buffer
    placeCursor(buffer.cursor, size: (buffer.width, buffer.height))
    if refresh { wrefresh(window) }
  }

  // MARK: - Cells

  private func write(_ run: CellRun, in buffer: ScreenBuffer) {
    line.removeAll(keepingCapacity: true)
    var cells = run.cells[...]
    var column = run.column
    if let first = cells.first, first.isContinuation {
      // The wide character this belonged to was not rewritten: blank its half.
      line.append(character(" ", style: first.style))
      cells = cells.dropFirst()
      column += 1
    }
    var index = cells.startIndex
    while index < cells.endIndex {
      let cell = cells[index]
      let next = index + 1
      let followedByContinuation =
        next < cells.endIndex
        ? cells[next].isContinuation : isContinuation(buffer, run.row, column + 1)
      if cell.isContinuation {
        // A stray right half: nothing of its wide character is on the left.
        line.append(character(" ", style: cell.style))
        index = next
        column += 1
        continue
      }
      let text = CellText.printable(cell.text, columns: followedByContinuation ? 2 : 1)
      line.append(character(text.text, style: cell.style))
      if followedByContinuation && text.columns == 1 {
        // The C library measures this grapheme one column wide: fill its second column.
        line.append(character(" ", style: cell.style))
      }
      index = followedByContinuation ? min(next + 1, cells.endIndex) : next
      column += followedByContinuation ? 2 : 1
    }
    _ = line.withUnsafeBufferPointer { pointer in
      mvwadd_wchnstr(
        window, Int32(run.row), Int32(run.column), pointer.baseAddress, Int32(pointer.count))
    }
  }

  private func isContinuation(_ buffer: ScreenBuffer, _ row: Int, _ column: Int) -> Bool {
    column < buffer.width && buffer[row, column].isContinuation
  }

  private func character(_ text: String, style: CellStyle) -> cchar_t {
    var attributes = shim_A_NORMAL()
    if style.bold { attributes |= shim_A_BOLD() }
    if style.dim { attributes |= shim_A_DIM() }
    if style.underline { attributes |= shim_A_UNDERLINE() }
    if style.reverse { attributes |= shim_A_REVERSE() }
    var pair: Int16 = 0
    if colors != nil {
      let allocation = colors!.allocate(foreground: style.foreground, background: style.background)
      if allocation.isNew {
        init_pair(
          Int16(allocation.pair), Int16(allocation.foreground), Int16(allocation.background))
      }
      pair = Int16(allocation.pair)
    }
    var wide: [wchar_t] = text.unicodeScalars.prefix(Int(shim_CCHARW_MAX())).map {
      wchar_t(bitPattern: $0.value)
    }
    wide.append(0)
    var result = cchar_t()
    if setcchar(&result, wide, attributes, pair, nil) != OK {
      let replacement: [wchar_t] = [0xFFFD, 0]
      setcchar(&result, replacement, attributes, pair, nil)
    }
    return result
  }

  // MARK: - Cursor

  private func placeCursor(_ cursor: (row: Int, column: Int)?, size: (width: Int, height: Int)) {
    let visible: Bool
    if let cursor, cursor.row >= 0, cursor.row < size.height, cursor.column >= 0,
      cursor.column < size.width
    {
      wmove(window, Int32(cursor.row), Int32(cursor.column))
      visible = true
    } else {
      visible = false
    }
    if cursorShown != visible {
      curs_set(visible ? 1 : 0)
      cursorShown = visible
    }
  }
}
