import CNcursesw
import Glibc

/// The control strings the frame writer needs, read from the current terminal's terminfo
/// entry through curses (`tigetstr`, `tigetflag`, `tigetnum`, `tiparm`), with padding
/// removed: cursor moves, erasing, attributes, colours and the cursor's visibility.
struct ControlStrings {
  /// `cr`: to column 0 of the same row.
  let carriageReturn: [UInt8]?
  /// `cud1`: one row down.
  let down: [UInt8]?
  /// `cuu1`: one row up.
  let up: [UInt8]?
  /// `cuf1`: one column right.
  let right: [UInt8]?
  /// `cub1`: one column left.
  let left: [UInt8]?
  /// `el`: erase from the cursor to the end of its row.
  let eraseToEndOfRow: [UInt8]?
  /// `clear`: erase the screen and put the cursor at the top left.
  let clearScreen: [UInt8]?
  /// `ind`: at the bottom of the scrolling region, scroll it up a row.
  let scrollForward: [UInt8]?
  /// `ri`: at the top of the scrolling region, scroll it down a row.
  let scrollReverse: [UInt8]?
  /// `sgr0`: every attribute and colour off.
  let resetAttributes: [UInt8]
  /// `bold`, `dim`, `smul` and `rev`: one attribute on.
  let bold: [UInt8]?, dim: [UInt8]?, underline: [UInt8]?, reverse: [UInt8]?
  /// `rmul`: underline off.
  let underlineOff: [UInt8]?
  /// `rmso`: standout off.
  let standoutOff: [UInt8]?
  /// `op`: the terminal's own colours back.
  let originalColors: [UInt8]?
  /// `dch1`: delete the character under the cursor, the rest of the row moving left.
  let deleteCharacter: [UInt8]?
  /// `cnorm` and `civis`: the cursor shown and hidden.
  let showCursor: [UInt8]?, hideCursor: [UInt8]?
  /// `am`: writing the last column wraps to the next row.
  let autoMargins: Bool
  /// `xenl`: that wrap waits for the next character (so the bottom-right cell is safe).
  let lateWrap: Bool
  /// `bce`: erasing fills with the current background colour.
  let backgroundColorErase: Bool
  /// `msgr`: the cursor may move while attributes are on.
  let movesInAttributes: Bool
  /// `colors`: how many colours the terminal has (0 when none).
  let colors: Int
  /// `ncv`: the attributes that cannot go with a colour, as curses' bits (2 underline,
  /// 4 reverse, 16 dim, 32 bold); 0 when all can.
  let noColorVideo: Int

  private let region: [CChar]?
  private let address: [CChar]?
  private let column: [CChar]?
  private let row: [CChar]?
  private let rightBy: [CChar]?
  private let leftBy: [CChar]?
  private let downBy: [CChar]?
  private let upBy: [CChar]?
  private let deleteCharacters: [CChar]?
  private let insertCharacters: [CChar]?
  private let foreground: [CChar]?
  private let background: [CChar]?
  private let swapsRedAndBlue: Bool

  /// The strings of the terminal curses has set up (`newterm` or `setupterm`).
  init() {
    carriageReturn = Self.bytes("cr")
    down = Self.bytes("cud1")
    up = Self.bytes("cuu1")
    right = Self.bytes("cuf1")
    left = Self.bytes("cub1")
    eraseToEndOfRow = Self.bytes("el")
    clearScreen = Self.bytes("clear")
    scrollForward = Self.bytes("ind")
    scrollReverse = Self.bytes("ri")
    resetAttributes = Self.bytes("sgr0") ?? []
    bold = Self.bytes("bold")
    dim = Self.bytes("dim")
    underline = Self.bytes("smul")
    reverse = Self.bytes("rev")
    underlineOff = Self.bytes("rmul")
    standoutOff = Self.bytes("rmso")
    originalColors = Self.bytes("op")
    deleteCharacter = Self.bytes("dch1")
    showCursor = Self.bytes("cnorm")
    hideCursor = Self.bytes("civis")
    autoMargins = tigetflag("am") > 0
    lateWrap = tigetflag("xenl") > 0
    backgroundColorErase = tigetflag("bce") > 0
    movesInAttributes = tigetflag("msgr") > 0
    colors = max(Int(tigetnum("colors")), 0)
    noColorVideo = max(Int(tigetnum("ncv")), 0)
    region = Self.template("csr")
    address = Self.template("cup")
    column = Self.template("hpa")
    row = Self.template("vpa")
    rightBy = Self.template("cuf")
    leftBy = Self.template("cub")
    downBy = Self.template("cud")
    upBy = Self.template("cuu")
    deleteCharacters = Self.template("dch")
    insertCharacters = Self.template("ich")
    // setf and setb number blue and red the other way round from setaf and setab.
    foreground = Self.template("setaf") ?? Self.template("setf")
    background = Self.template("setab") ?? Self.template("setb")
    swapsRedAndBlue = Self.template("setaf") == nil && foreground != nil
  }

  // MARK: - Strings with parameters

  /// `cup`: to `row`, `column` (both from 0).
  func moveTo(row: Int, column: Int) -> [UInt8]? { Self.fill(address, row, column) }
  /// `csr`: scroll only rows `top` to `bottom`; where the cursor goes is not said.
  func scrollRegion(top: Int, bottom: Int) -> [UInt8]? { Self.fill(region, top, bottom) }
  /// `hpa`: to `column` of the same row.
  func moveTo(column: Int) -> [UInt8]? { Self.fill(self.column, column) }
  /// `vpa`: to `row`, same column.
  func moveTo(row: Int) -> [UInt8]? { Self.fill(self.row, row) }
  /// `cuf`: `count` columns right.
  func right(by count: Int) -> [UInt8]? { Self.fill(rightBy, count) }
  /// `cub`: `count` columns left.
  func left(by count: Int) -> [UInt8]? { Self.fill(leftBy, count) }
  /// `cud`: `count` rows down.
  func down(by count: Int) -> [UInt8]? { Self.fill(downBy, count) }
  /// `cuu`: `count` rows up.
  func up(by count: Int) -> [UInt8]? { Self.fill(upBy, count) }

  /// `dch`, or `dch1` `count` times: delete `count` characters at the cursor, the rest of
  /// the row moving left and blanks coming in at its end.
  func delete(characters count: Int) -> [UInt8]? {
    Self.fill(deleteCharacters, count) ?? Self.repeated(deleteCharacter, count)
  }
  /// `ich`: insert `count` blanks at the cursor, the rest of the row moving right and its
  /// last characters going. (`ich1` is left alone: with insert mode it means something else.)
  func insert(characters count: Int) -> [UInt8]? { Self.fill(insertCharacters, count) }

  private static func repeated(_ string: [UInt8]?, _ count: Int) -> [UInt8]? {
    string.map { Array(repeatElement($0, count: count).joined()) }
  }

  /// `setaf` (or `setf`): the foreground colour `number`.
  func foreground(_ number: Int) -> [UInt8]? { Self.fill(foreground, colorNumber(number)) }
  /// `setab` (or `setb`): the background colour `number`.
  func background(_ number: Int) -> [UInt8]? { Self.fill(background, colorNumber(number)) }

  private func colorNumber(_ number: Int) -> Int {
    guard swapsRedAndBlue, number < 8 else { return number }
    return [0, 4, 2, 6, 1, 5, 3, 7][number]
  }

  // MARK: - Reading terminfo

  private static func template(_ name: String) -> [CChar]? {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
    return Array(UnsafeBufferPointer(start: value, count: strlen(value) + 1))
  }

  private static func bytes(_ name: String) -> [UInt8]? {
    template(name).map { withoutPadding($0.dropLast().map { UInt8(bitPattern: $0) }) }
  }

  /// The string with its parameters filled in, byte for byte (`cup` of vt52 writes the
  /// row and column as single bytes, which need not be UTF-8).
  private static func fill(_ template: [CChar]?, _ first: Int, _ second: Int = 0) -> [UInt8]? {
    guard let template else { return nil }
    return template.withUnsafeBufferPointer { pointer -> [UInt8]? in
      guard let filled = shim_tiparm(pointer.baseAddress!, Int32(first), Int32(second)) else {
        return nil
      }
      let bytes = UnsafeRawBufferPointer(start: filled, count: strlen(filled))
      return withoutPadding(Array(bytes))
    }
  }

  /// `bytes` without terminfo's padding (`$<5>`, `$<2*/>`): delays that no terminal
  /// emulator needs, and never meant to reach the terminal as text.
  static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count,
        bytes[index + 1] == UInt8(ascii: "<"),
        let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
        bytes[(index + 2)..<close].allSatisfy({ Self.paddingBytes.contains($0) })
      {
        index = close + 1
        continue
      }
      result.append(bytes[index])
      index += 1
    }
    return result
  }

  private static let paddingBytes = Set("0123456789.*/".utf8)
}
