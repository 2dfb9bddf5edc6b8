/// The number of terminal columns text takes: wide (East Asian) characters and emoji take
/// two, combining marks and joiners none, and a grapheme cluster is measured as a whole.
public enum DisplayWidth {
  /// The columns one grapheme cluster takes, as a terminal that measures each scalar with
  /// wcwidth draws it: an emoji sequence joined by U+200D takes the width of its parts.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let first = scalars.first, first.value < 0x7F {
      return first.value < 0x20 ? 0 : 1
    }
    return scalars.reduce(0) { $0 + of($1) }
  }

  /// The pieces of a grapheme cluster that each fill their own cells: a spacing scalar and
  /// the marks that follow it. Joiners (U+200D) are dropped, so a terminal never joins
  /// what was measured apart.
  public static func cells(of character: Character) -> [(text: String, width: Int)] {
    let scalars = character.unicodeScalars
    if scalars.count == 1 { return [(String(character), of(character))] }
    var pieces: [(text: String, width: Int)] = []
    for scalar in scalars where scalar.value != 0x200D {
      let width = of(scalar)
      if width == 0, !pieces.isEmpty {
        pieces[pieces.count - 1].text.unicodeScalars.append(scalar)
      } else {
        pieces.append((String(scalar), width))
      }
    }
    return pieces
  }

  /// The columns a string takes.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// The columns one scalar takes on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || value == 0x200D || (0xFE00...0xFE0F).contains(value) { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// True when `text` takes more than `columns`; reads no further than the column after.
  public static func exceeds(_ text: String, _ columns: Int) -> Bool {
    var used = 0
    for character in text {
      used += of(character)
      if used > columns { return true }
    }
    return false
  }

  /// The longest prefix of `text` that fits in `columns`, never splitting a grapheme.
  public static func prefix(_ text: String, fitting columns: Int) -> String {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let width = of(text[index])
      if used + width > columns { break }
      used += width
      end = text.index(after: index)
    }
    return String(text[..<end])
  }

  /// `text` cut to `columns`, ending in "…" when cut. Reads no further than the cut.
  public static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    var used = 0
    var cut = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      used += of(text[index])
      if used > columns { return String(text[..<cut]) + "…" }
      index = text.index(after: index)
      if used < columns { cut = index }
    }
    return text
  }

  /// `text` padded with spaces (or cut) to exactly `columns`.
  public static func pad(_ text: String, to columns: Int) -> String {
    let cut = truncate(text, to: columns)
    return cut + String(repeating: " ", count: max(0, columns - of(cut)))
  }
}
