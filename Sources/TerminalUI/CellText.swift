import CNcursesw

/// The text of one cell as the C library will measure it, so that what curses writes takes
/// exactly the columns the frame gave it.
enum CellText {
  /// Shown instead of a grapheme the C library cannot print in the space given.
  static let replacement = "\u{FFFD}"

  /// `text` when its first scalar is printable and at most `columns` wide by `wcwidth`,
  /// otherwise the replacement character; with the columns curses will advance.
  static func printable(_ text: String, columns: Int) -> (text: String, columns: Int) {
    guard let first = text.unicodeScalars.first else { return (" ", 1) }
    let width = Int(wcwidth(wchar_t(bitPattern: first.value)))
    guard width >= 1, width <= columns else { return (replacement, 1) }
    return (text, width)
  }
}
