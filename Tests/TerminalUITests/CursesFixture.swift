import CNcursesw
import Glibc
import Testing

/// A real curses screen that writes to /dev/null, for tests that draw and read back.
final class CursesFixture {
  /// One cell as curses holds it.
  struct HeldCell: Equatable, CustomStringConvertible {
    /// The characters, or "" for the right half of a wide character.
    var text: String
    /// The video attributes (bold, dim, underline, reverse), colour pair removed.
    var attributes: attr_t
    /// The colour pair.
    var pair: Int

    var description: String { "\(text.debugDescription) attr=\(attributes) pair=\(pair)" }
  }

  /// The window to draw into.
  let window: UnsafeMutablePointer<WINDOW>
  private let screen: OpaquePointer
  private let file: UnsafeMutablePointer<FILE>

  /// A screen of `width` × `height` for a terminal of `type`, colours started.
  init(width: Int32, height: Int32, colors: Bool = true, type: String = "xterm-256color") {
    _ = setlocale(LC_CTYPE, "C.UTF-8")
    file = fopen("/dev/null", "r+")!
    screen = newterm(type, file, file)!
    window = shim_stdscr()
    resizeterm(height, width)
    if colors {
      start_color()
      use_default_colors()
    }
  }

  deinit {
    endwin()
    delscreen(screen)
    fclose(file)
  }

  /// The cell at `row`, `column` as curses holds it.
  func cell(_ row: Int32, _ column: Int32) -> HeldCell {
    var held = cchar_t()
    mvwin_wch(window, row, column, &held)
    return describe(held)
  }

  /// The first `count` cells of a row.
  func row(_ row: Int32, count: Int32) -> [HeldCell] {
    (0..<count).map { cell(row, $0) }
  }

  /// The characters of a row as `mvwin_wchnstr` reads them: the right halves of wide
  /// characters are left out.
  func characters(_ row: Int32, count: Int32) -> [String] {
    var held = [cchar_t](repeating: cchar_t(), count: Int(count) + 1)
    let status = mvwin_wchnstr(window, row, 0, &held, count)
    precondition(status != ERR, "mvwin_wchnstr failed")
    return held.prefix { $0.chars.0 != 0 }.map { describe($0).text }
  }

  /// The text of a row, continuation cells skipped.
  func text(_ row: Int32, count: Int32) -> String {
    self.row(row, count: count).map(\.text).joined()
  }

  /// The colours of a pair.
  func colors(ofPair pair: Int) -> (foreground: Int, background: Int) {
    var foreground: Int16 = 0
    var background: Int16 = 0
    pair_content(Int16(pair), &foreground, &background)
    return (Int(foreground), Int(background))
  }

  private func describe(_ held: cchar_t) -> HeldCell {
    var copy = held
    // Curses marks the left half of a wide character 1 and its right half 2 in the
    // character bits of the attributes.
    if copy.attr & shim_A_CHARTEXT() > 1 {
      return HeldCell(
        text: "", attributes: copy.attr & shim_A_ATTRIBUTES() & ~shim_A_COLOR(), pair: 0)
    }
    var characters = [wchar_t](repeating: 0, count: Int(shim_CCHARW_MAX()) + 1)
    var attributes: attr_t = 0
    var pair: Int16 = 0
    getcchar(&copy, &characters, &attributes, &pair, nil)
    let scalars = characters.prefix { $0 != 0 }.compactMap {
      Unicode.Scalar(UInt32(bitPattern: $0))
    }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    return HeldCell(text: text, attributes: attributes & ~shim_A_COLOR(), pair: Int(pair))
  }
}

/// The suites that set up a curses screen: curses holds one terminal for the whole
/// process, so they run one test at a time, never beside each other.
@Suite("Curses screens", .serialized)
enum CursesScreenTests {}
