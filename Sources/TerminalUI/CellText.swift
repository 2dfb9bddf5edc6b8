import CNcursesw

/// The text of one cell as the C library measures it, so that what reaches the terminal
/// takes exactly the columns the frame gave it, and never a control character.
enum CellText {
  /// Shown instead of a grapheme that cannot be printed in the space given.
  static let replacement = "\u{FFFD}"

  /// Appends the UTF-8 of `text` to `output`: its first scalar when it is printable and at
  /// most `columns` wide by `wcwidth` (else the replacement character), then only the marks
  /// that join it (scalars `wcwidth` measures 0 wide, control characters never), up to a
  /// zero-width joiner, whose joined character has no room here. Returns the columns the
  /// terminal will advance.
  @discardableResult
  static func append(_ text: String, columns: Int, to output: inout [UInt8]) -> Int {
    let utf8 = text.utf8
    if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
      output.append(byte)
      return 1
    }
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next() else {
      output.append(UInt8(ascii: " "))
      return 1
    }
    let width = Int(wcwidth(wchar_t(bitPattern: first.value)))
    guard width >= 1, width <= columns else {
      output += replacementBytes
      return 1
    }
    UTF8.encode(first) { output.append($0) }
    while let mark = scalars.next() {
      // A zero-width joiner would join the next cell's character to this one.
      if mark.value == 0x200D { break }
      guard mark.value >= 0xA0, wcwidth(wchar_t(bitPattern: mark.value)) == 0 else { continue }
      UTF8.encode(mark) { output.append($0) }
    }
    return width
  }

  private static let replacementBytes = Array(replacement.utf8)
}
