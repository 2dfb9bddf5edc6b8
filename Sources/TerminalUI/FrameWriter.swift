import TerminalCells

/// The bytes that turn what the terminal shows into the next frame. It keeps the frame
/// on screen, the cursor's place and the attributes in force, and for each changed
/// stretch of a row writes the cheapest cursor move (or the few unchanged cells before
/// it, when they are shorter), one attribute change at a time, and an erase to the end of
/// the row where the row ends in blanks. Where rows moved up or down by one (a list that
/// scrolls), it also tries scrolling them on the terminal first, and keeps whichever
/// way is shorter.
struct FrameWriter {
  /// The widest gap of unchanged cells between two changed stretches of a row that may
  /// be written again instead of moved over: no move is longer than that.
  static let longestRewrittenGap = 8
  /// The fewest changed cells of a row for which a shift of the rest of it is looked for.
  static let fewestCellsToShift = 8

  /// The terminal's strings.
  let strings: ControlStrings
  /// The terminal's attribute changes.
  let codes: AttributeCodes
  private let moves: CursorMoves
  private var shown: [Cell]?
  private var shownSize = (width: 0, height: 0)
  /// Where the cursor is, nil when unknown.
  var cursor: ScreenPoint?
  /// The attributes in force, nil when unknown.
  var style: DrawnStyle?
  private var cursorShown: Bool?
  /// The bytes of the frame being written.
  var output: [UInt8] = []

  /// A writer for the terminal of `strings`; `colors` is nil on a monochrome screen, and
  /// `lineFeedReturns` says the driver turns a line feed into a carriage return and one.
  init(strings: ControlStrings, colors: ColorNumbers?, lineFeedReturns: Bool) {
    self.strings = strings
    codes = AttributeCodes(strings: strings, colors: colors)
    moves = CursorMoves(strings: strings, lineFeedReturns: lineFeedReturns)
  }

  /// Forgets what the terminal shows, so the next frame clears the screen and is written
  /// whole (after another program drew on it, a resize, Ctrl-L).
  mutating func forget() {
    shown = nil
    cursor = nil
    style = nil
    cursorShown = nil
  }

  /// The bytes that show `frame` on a terminal that shows the last frame written.
  mutating func write(_ frame: ScreenBuffer) -> [UInt8] {
    output.removeAll(keepingCapacity: true)
    guard let base = shown, shownSize == (frame.width, frame.height) else {
      output += strings.resetAttributes
      style = .plain
      if let clear = strings.clearScreen {
        output += clear
        cursor = ScreenPoint(row: 0, column: 0)
        paint(
          frame, over: Array(repeating: .blank, count: frame.width * frame.height), shifting: false)
      } else {
        cursor = nil
        paint(frame, over: nil)
      }
      return output
    }
    var best = self
    best.paint(frame, over: base)
    for shift in [1, -1] {
      guard let rows = Self.rowsMoved(by: shift, from: base, to: frame) else { continue }
      var candidate = self
      guard let scrolled = candidate.scroll(base, rows, by: shift, frame) else { continue }
      candidate.paint(frame, over: scrolled)
      if candidate.output.count < best.output.count { best = candidate }
    }
    self = best
    return output
  }

  private mutating func paint(_ frame: ScreenBuffer, over base: [Cell]?, shifting: Bool = true) {
    let runs = frame.changes(fromCells: base)
    var first = 0
    while first < runs.count {
      var end = first + 1
      while end < runs.count && runs[end].row == runs[first].row { end += 1 }
      let row = runs[first].row
      let changed = runs[first..<end].reduce(0) { $0 + $1.cells.count }
      // A delete or insert and the move to it cost a few bytes: a few changed cells cannot
      // repay the search.
      if shifting, changed >= Self.fewestCellsToShift, let base,
        let shift = rowShift(frame, row, base)
      {
        writeRow(frame, runs[first..<end], orShifting: shift, base)
      } else {
        writeRow(frame, runs[first..<end])
      }
      first = end
    }
    placeCursor(frame)
    shown = frame.cells
    shownSize = (frame.width, frame.height)
  }

  /// The bytes that leave the terminal's attributes off and its cursor shown, for handing
  /// the terminal back; the screen counts as unknown after them.
  mutating func leave() -> [UInt8] {
    let bytes = strings.resetAttributes + (strings.showCursor ?? [])
    forget()
    output = []
    return bytes
  }

  /// True when `new` looks on this terminal as `old` does: the same text drawn alike, or
  /// two blanks that look the same (a bold or coloured blank shows only its background).
  /// Only a row's shift goes by it; the frame's diff writes every cell that differs, so
  /// that the terminal holds each blank in the attributes the frame says.
  static func looksAlike(_ new: Cell, _ old: Cell, _ codes: AttributeCodes) -> Bool {
    if new == old { return true }
    guard new.text == old.text, !new.isContinuation, !old.isContinuation else { return false }
    let (drawnNew, drawnOld) = (codes.drawn(new.style), codes.drawn(old.style))
    return drawnNew == drawnOld || new.text == " " && codes.drawsBlank(drawnNew, in: drawnOld)
  }

  // MARK: - Scrolling

  /// The rows of `frame` that would cost fewer cells to write if the rows of `base` moved
  /// up (`shift` 1: each row takes the one below) or down (-1) first: the stretch of rows
  /// where that saves the most cells, when it saves more than half a row.
  private static func rowsMoved(
    by shift: Int, from base: [Cell], to frame: ScreenBuffer
  ) -> ClosedRange<Int>? {
    let width = frame.width
    var best: ClosedRange<Int>?
    var bestSaving = width / 2
    var saving = 0
    var start = 0
    for row in 0..<frame.height {
      let source = row + shift
      guard source >= 0, source < frame.height else {
        saving = 0
        continue
      }
      var gain = 0
      for column in 0..<width {
        let cell = frame.cells[row * width + column]
        if cell == base[source * width + column] { gain += 1 }
        if cell == base[row * width + column] { gain -= 1 }
      }
      if saving <= 0 {
        saving = gain
        start = row
      } else {
        saving += gain
      }
      if saving > bestSaving {
        bestSaving = saving
        best = start...row
      }
    }
    return best
  }

  /// Scrolls the terminal so that `rows` of the frame show what `base` held `shift` rows
  /// below (or above), and returns what the screen holds then; nil when the terminal cannot.
  private mutating func scroll(
    _ base: [Cell], _ rows: ClosedRange<Int>, by shift: Int, _ frame: ScreenBuffer
  ) -> [Cell]? {
    let up = shift > 0
    let top = up ? rows.lowerBound : rows.lowerBound - 1
    let bottom = up ? rows.upperBound + 1 : rows.upperBound
    guard let region = strings.scrollRegion(top: top, bottom: bottom),
      let whole = strings.scrollRegion(top: 0, bottom: frame.height - 1),
      let step = up ? strings.scrollForward : strings.scrollReverse,
      let place = strings.moveTo(row: up ? bottom : top, column: 0)
    else { return nil }
    // The row that scrolls in is erased with the current background.
    change(to: .plain)
    output += region + place + step + whole
    cursor = nil
    let width = frame.width
    var scrolled = base
    let moved = up ? (top + 1)...bottom : top...(bottom - 1)
    scrolled.replaceSubrange(
      (moved.lowerBound - shift) * width..<(moved.upperBound - shift + 1) * width,
      with: base[moved.lowerBound * width..<(moved.upperBound + 1) * width])
    let blank = up ? bottom : top
    scrolled.replaceSubrange(
      blank * width..<(blank + 1) * width, with: repeatElement(Cell.blank, count: width))
    return scrolled
  }

  // MARK: - Rows

  /// Writes the changed `runs` of one row; `mayErase` lets it erase the row's end.
  mutating func writeRow(
    _ frame: ScreenBuffer, _ runs: ArraySlice<CellRun>, erasing mayErase: Bool = true
  ) {
    let row = runs.first!.row
    let tail = mayErase ? erasableTail(frame, row) : nil
    var written = 0
    for (offset, run) in zip(runs.indices, runs) {
      let start = max(run.column, written)
      let end = run.column + run.cells.count
      guard start < end else { continue }
      if let tail, end > tail.column,
        erasing(frame, row, from: max(start, tail.column), style: tail.style, runs[offset...])
      {
        if start < tail.column {
          reach(frame, ScreenPoint(row: row, column: start))
          written = writeCells(frame, row, start..<tail.column)
        }
        reach(frame, ScreenPoint(row: row, column: max(start, tail.column)))
        if style.map({ !codes.erases(to: tail.style, in: $0) }) ?? true { change(to: tail.style) }
        output += strings.eraseToEndOfRow ?? []
        return
      }
      reach(frame, ScreenPoint(row: row, column: start))
      written = writeCells(frame, row, start..<end)
    }
  }

  /// The first column of the blanks that end `row` and its drawn style, when an erase to
  /// the end of the row draws them exactly: no attributes, the terminal's foreground, and
  /// the terminal's background or, where erasing fills with it, any background.
  private func erasableTail(_ frame: ScreenBuffer, _ row: Int) -> (column: Int, style: DrawnStyle)?
  {
    guard strings.eraseToEndOfRow != nil, frame.width > 0 else { return nil }
    let last = frame[row, frame.width - 1]
    guard last.text == " " else { return nil }
    let drawn = codes.drawn(last.style)
    guard drawn.foreground == -1, !drawn.bold, !drawn.dim, !drawn.underline, !drawn.reverse,
      drawn.background == -1 || strings.backgroundColorErase
    else { return nil }
    var column = frame.width - 1
    while column > 0 {
      let cell = frame[row, column - 1]
      guard cell.text == " ", codes.drawn(cell.style) == drawn else { break }
      column -= 1
    }
    return (column, drawn)
  }

  /// True when erasing from `column` to the end of the row is shorter than writing the
  /// blanks of `runs` from there.
  private func erasing(
    _ frame: ScreenBuffer, _ row: Int, from column: Int, style blank: DrawnStyle,
    _ runs: ArraySlice<CellRun>
  ) -> Bool {
    var blanks = 0
    for run in runs {
      blanks += run.column + run.cells.count - max(run.column, column)
    }
    var erase = strings.eraseToEndOfRow?.count ?? 0
    if let style, !codes.erases(to: blank, in: style) {
      erase += codes.change(from: style, to: blank).count
    }
    return blanks > erase
  }

  /// Writes the cells of `columns` from the cursor, which is at the first of them; returns
  /// the column after the last cell written.
  @discardableResult
  private mutating func writeCells(
    _ frame: ScreenBuffer, _ row: Int, _ columns: Range<Int>
  ) -> Int {
    var column = columns.lowerBound
    let bottomRightUnsafe = strings.autoMargins && !strings.lateWrap && row == frame.height - 1
    // Without the late wrap, writing the bottom-right cell would scroll the screen.
    let end = bottomRightUnsafe ? min(columns.upperBound, frame.width - 1) : columns.upperBound
    while column < end {
      let cell = frame[row, column]
      if Self.isBlank(cell) {
        column = writeBlanks(frame, row, from: column, before: end)
        continue
      }
      let wide = column + 1 < frame.width && frame[row, column + 1].isContinuation
      let width = wide ? 2 : 1
      if bottomRightUnsafe && column + width >= frame.width { break }
      change(to: codes.drawn(cell.style))
      if CellText.append(cell.text, columns: width, to: &output) < width {
        // The C library measures this grapheme one column wide: fill its second column.
        output.append(UInt8(ascii: " "))
      }
      column += width
    }
    if bottomRightUnsafe && column == frame.width - 1 && columns.upperBound == frame.width {
      cursor = ScreenPoint(row: row, column: column)
      writeCorner(frame, row)
    }
    if column < frame.width {
      cursor = ScreenPoint(row: row, column: column)
    } else if strings.autoMargins && !strings.lateWrap {
      cursor = row + 1 < frame.height ? ScreenPoint(row: row + 1, column: 0) : nil
    } else {
      // The cursor waits on the last column to wrap (or stays there without margins): only
      // a carriage return or an address is sure to land where it says from there.
      cursor = ScreenPoint(row: row, column: frame.width)
    }
    return column
  }

  /// A cell written as a space: a blank, or a right half whose wide character is not
  /// written with it.
  private static func isBlank(_ cell: Cell) -> Bool {
    cell.text == " " || cell.isContinuation
  }

  /// Writes the blanks of one style from `column` on (at most up to `end`), in whichever
  /// style that draws them alike costs the fewest attribute bytes with the cell after
  /// them: the one in force, the one of the next cell, or their own. Returns the column
  /// after them.
  private mutating func writeBlanks(
    _ frame: ScreenBuffer, _ row: Int, from column: Int, before end: Int
  ) -> Int {
    let blank = codes.drawn(frame[row, column].style)
    var stop = column + 1
    while stop < end && Self.isBlank(frame[row, stop])
      && codes.drawn(frame[row, stop].style) == blank
    {
      stop += 1
    }
    let next = stop < end ? codes.drawn(frame[row, stop].style) : nil
    var candidates = [blank]
    if let next, codes.drawsBlank(blank, in: next) { candidates.append(next) }
    if let style, codes.drawsBlank(blank, in: style) { candidates.append(style) }
    let current = style ?? .plain
    let chosen = candidates.min { first, second in
      cost(from: current, via: first, to: next) < cost(from: current, via: second, to: next)
    }!
    change(to: chosen)
    output += repeatElement(UInt8(ascii: " "), count: stop - column)
    return stop
  }

  private func cost(from current: DrawnStyle, via blank: DrawnStyle, to next: DrawnStyle?) -> Int {
    codes.change(from: current, to: blank).count
      + (next.map { codes.change(from: blank, to: $0).count } ?? 0)
  }

  // MARK: - Cursor and attributes

  /// Takes the cursor to `target`: by rewriting the unchanged cells before it when they are
  /// few and that is shorter, else by the cheapest move.
  mutating func reach(_ frame: ScreenBuffer, _ target: ScreenPoint) {
    guard cursor != target else { return }
    var move = moves.move(from: cursor, to: target)
    if let at = cursor, at.column >= frame.width, let carriageReturn = strings.carriageReturn {
      let returned =
        carriageReturn + moves.move(from: ScreenPoint(row: at.row, column: 0), to: target)
      move = returned.count < move.count ? returned : moves.move(from: nil, to: target)
    }
    if let at = cursor, at.row == target.row, at.column < target.column,
      target.column - at.column <= Self.longestRewrittenGap, target.column < frame.width
    {
      let next = codes.drawn(frame[target.row, target.column].style)
      let mark = output.count
      let saved = style
      let moveCost = move.count + codes.change(from: saved ?? .plain, to: next).count
      writeCells(frame, at.row, at.column..<target.column)
      let rewriteCost = output.count - mark + codes.change(from: style ?? .plain, to: next).count
      if cursor == target && rewriteCost <= moveCost { return }
      output.removeSubrange(mark...)
      style = saved
      cursor = at
    }
    if !strings.movesInAttributes && style != .plain { change(to: .plain) }
    output += move
    cursor = target
  }

  /// Changes the attributes in force to `new`.
  mutating func change(to new: DrawnStyle) {
    guard let old = style else {
      output += strings.resetAttributes
      style = .plain
      change(to: new)
      return
    }
    codes.change(from: old, to: new, into: &output)
    style = new
  }

  private mutating func placeCursor(_ frame: ScreenBuffer) {
    var visible = false
    if let place = frame.cursor, place.row >= 0, place.row < frame.height, place.column >= 0,
      place.column < frame.width
    {
      reach(frame, ScreenPoint(row: place.row, column: place.column))
      visible = true
    }
    guard cursorShown != visible else { return }
    output += (visible ? strings.showCursor : strings.hideCursor) ?? []
    cursorShown = visible
  }
}
