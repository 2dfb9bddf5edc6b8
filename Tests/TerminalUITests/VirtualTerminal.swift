import CNcursesw
import TerminalCells

@testable import TerminalUI

/// A small terminal that plays the bytes a frame writer sends to an xterm-like terminal
/// and keeps the screen they leave: the characters, the SGR attributes of each cell and
/// the cursor. It knows the sequences xterm's, screen's and tmux's terminfo entries use
/// for moving, erasing and attributes; any other byte below space, and any other
/// sequence, is recorded as unexpected, so a test can say none was sent.
struct VirtualTerminal {
  /// One cell: its text ("" for the right half of a wide character) and attributes.
  struct Cell: Equatable, CustomStringConvertible {
    var text = " "
    var style = DrawnStyle.plain

    var description: String { "\(text.debugDescription) \(style)" }
  }

  let width: Int
  let height: Int
  private(set) var cells: [Cell]
  private(set) var row = 0
  private(set) var column = 0
  private(set) var style = DrawnStyle.plain
  private(set) var cursorVisible = true
  /// Bytes or sequences the terminal did not expect.
  private(set) var unexpected: [String] = []
  /// True when a line feed also returns the carriage (the driver's ONLCR).
  var lineFeedReturns = false
  /// True when writing the last column leaves the cursor there until the next character
  /// (`xenl`); false when it wraps at once, scrolling the screen from its bottom row.
  var lateWrap = true
  private var pendingWrap = false
  private var top = 0
  private var bottom: Int

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    cells = Array(repeating: Cell(), count: width * height)
    bottom = height - 1
  }

  subscript(row: Int, column: Int) -> Cell { cells[row * width + column] }

  /// The cells of `row` as text, right halves of wide characters left out.
  func text(_ row: Int) -> String {
    (0..<width).map { self[row, $0].text }.joined()
  }

  /// Plays `bytes`.
  mutating func play(_ bytes: [UInt8]) {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x1B:
        index = escape(bytes, from: index)
        continue
      case 0x0D:
        column = 0
        pendingWrap = false
      case 0x0A:
        lineFeed()
        if lineFeedReturns { column = 0 }
        pendingWrap = false
      case 0x08:
        column = max(column - 1, 0)
        pendingWrap = false
      case 0x0F:
        break  // shift-in: the ASCII character set, which is never left
      case 0..<0x20, 0x7F:
        unexpected.append("control \(byte)")
      default:
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        let end = min(index + (byte < 0x80 ? 1 : length), bytes.count)
        show(String(decoding: bytes[index..<end], as: UTF8.self))
        index = end
        continue
      }
      index += 1
    }
  }

  // MARK: - Text

  private mutating func show(_ text: String) {
    guard let scalar = text.unicodeScalars.first else { return }
    let columns = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    if columns == 0 {
      // A mark joins the character before it.
      let before = pendingWrap ? column : column - 1
      if before >= 0 {
        var target = row * width + before
        if cells[target].text.isEmpty && before > 0 { target -= 1 }
        cells[target].text += text
      }
      return
    }
    guard columns > 0 else {
      unexpected.append("unprintable \(scalar.value)")
      return
    }
    if pendingWrap || column + columns > width {
      column = 0
      lineFeed()
    }
    put(Cell(text: text, style: style), at: column)
    if columns == 2 { put(Cell(text: "", style: style), at: column + 1) }
    if column + columns >= width && !lateWrap {
      column = 0
      lineFeed()
    } else if column + columns >= width {
      column = width - 1
      pendingWrap = true
    } else {
      column += columns
    }
  }

  private mutating func put(_ cell: Cell, at column: Int) {
    let index = row * width + column
    // Writing over half of a wide character blanks its other half, as terminals do.
    if cells[index].text.isEmpty && column > 0 {
      cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
    }
    if !cells[index].text.isEmpty && column + 1 < width && cells[index + 1].text.isEmpty {
      cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
    }
    cells[index] = cell
  }

  private mutating func lineFeed() {
    if row == bottom {
      scroll(up: true)
    } else if row < height - 1 {
      row += 1
    }
    pendingWrap = false
  }

  /// Scrolls the scrolling region a row up or down; the row that comes in is erased.
  private mutating func scroll(up: Bool) {
    var region = Array(cells[(top * width)..<((bottom + 1) * width)])
    let blank = Array(repeating: Cell(text: " ", style: erased), count: width)
    if up {
      region = Array(region.dropFirst(width)) + blank
    } else {
      region = blank + Array(region.dropLast(width))
    }
    cells.replaceSubrange((top * width)..<((bottom + 1) * width), with: region)
  }

  // MARK: - Sequences

  private mutating func escape(_ bytes: [UInt8], from start: Int) -> Int {
    guard start + 1 < bytes.count else {
      unexpected.append("lone escape")
      return bytes.count
    }
    switch bytes[start + 1] {
    case UInt8(ascii: "("):
      return start + 3  // a character set for G0: ASCII is all that is ever chosen
    case UInt8(ascii: "M"):
      if row == top { scroll(up: false) } else { row = max(row - 1, 0) }
      pendingWrap = false
      return start + 2
    case UInt8(ascii: "["):
      var end = start + 2
      while end < bytes.count && !(0x40...0x7E).contains(bytes[end]) { end += 1 }
      guard end < bytes.count else {
        unexpected.append("cut sequence")
        return bytes.count
      }
      let body = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
      control(body, final: Character(UnicodeScalar(bytes[end])))
      return end + 1
    default:
      unexpected.append("escape \(bytes[start + 1])")
      return start + 2
    }
  }

  private mutating func control(_ body: String, final: Character) {
    if body.hasPrefix("?") || final == "h" || final == "l" {
      if body == "?25" { cursorVisible = final == "h" }
      return  // modes: cursor visibility, keypad, screen's own
    }
    let numbers = body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
    let first = max(numbers.first ?? 1, 1)
    pendingWrap = pendingWrap && final == "m"
    switch final {
    case "H":
      row = min(max((numbers.first ?? 1) - 1, 0), height - 1)
      column = min(max((numbers.count > 1 ? numbers[1] : 1) - 1, 0), width - 1)
    case "G": column = min(first - 1, width - 1)
    case "d": row = min(first - 1, height - 1)
    case "C": column = min(column + first, width - 1)
    case "D": column = max(column - first, 0)
    case "B": row = min(row + first, height - 1)
    case "A": row = max(row - first, 0)
    case "P": shiftRow(by: -first)
    case "@": shiftRow(by: first)
    case "K":
      for x in column..<width { cells[row * width + x] = Cell(text: " ", style: erased) }
    case "J":
      // Only ever sent at the top left (clear is `ESC [ H ESC [ 2 J` or `ESC [ H ESC [ J`).
      guard numbers.first == 2 || row == 0 && column == 0 else {
        unexpected.append("erase \(body)J")
        break
      }
      cells = Array(repeating: Cell(text: " ", style: erased), count: width * height)
    case "m": select(numbers.isEmpty ? [0] : numbers)
    case "r":
      top = max((numbers.first ?? 1) - 1, 0)
      bottom = numbers.count > 1 && numbers[1] > 0 ? min(numbers[1] - 1, height - 1) : height - 1
      (row, column) = (0, 0)
    default: unexpected.append("sequence \(body)\(final)")
    }
  }

  /// Deletes characters at the cursor (`count` < 0), the rest of the row moving left and
  /// erased blanks coming in at its end, or inserts erased blanks there (`count` > 0), the
  /// rest moving right and off the row's end. A wide character cut in two loses both halves.
  private mutating func shiftRow(by count: Int) {
    let start = row * width
    var line = Array(cells[start..<(start + width)])
    func unsplit(_ x: Int) {
      guard x > 0, x < width, line[x].text.isEmpty else { return }
      line[x - 1] = Cell(text: " ", style: line[x - 1].style)
      line[x] = Cell(text: " ", style: line[x].style)
    }
    let blanks = Array(repeating: Cell(text: " ", style: erased), count: min(abs(count), width))
    unsplit(column)
    if count < 0 {
      let gone = min(-count, width - column)
      unsplit(column + gone)
      line = Array(line[..<column]) + Array(line[(column + gone)...]) + blanks.prefix(gone)
    } else {
      let kept = max(width - column - count, 0)
      unsplit(column + kept)
      line =
        Array(line[..<column]) + blanks.prefix(width - column - kept)
        + Array(
          line[column..<(column + kept)])
    }
    cells.replaceSubrange(start..<(start + width), with: line)
  }

  /// What an erase leaves: the current background (xterm's bce), nothing else.
  private var erased: DrawnStyle { DrawnStyle(background: style.background) }

  private mutating func select(_ numbers: [Int]) {
    var index = 0
    while index < numbers.count {
      let number = numbers[index]
      switch number {
      case 0: style = .plain
      case 1: style.bold = true
      case 2: style.dim = true
      case 4: style.underline = true
      case 7: style.reverse = true
      case 22: (style.bold, style.dim) = (false, false)
      case 24: style.underline = false
      case 27: style.reverse = false
      case 30...37: style.foreground = number - 30
      case 39: style.foreground = -1
      case 40...47: style.background = number - 40
      case 49: style.background = -1
      case 90...97: style.foreground = number - 90 + 8
      case 100...107: style.background = number - 100 + 8
      case 38, 48:
        guard index + 2 < numbers.count, numbers[index + 1] == 5 else {
          unexpected.append("colour \(numbers)")
          return
        }
        if number == 38 {
          style.foreground = numbers[index + 2]
        } else {
          style.background = numbers[index + 2]
        }
        index += 2
      default: unexpected.append("attribute \(number)")
      }
      index += 1
    }
  }
}
