/// Makes text from a pack harmless for a terminal: control characters (C0, DEL, C1), line
/// and paragraph separators, and bidirectional controls become visible stand-ins, so no
/// escape sequence from data ever reaches the terminal.
public enum SafeText {
  /// `text` with every control character replaced; tabs and newlines become spaces.
  public static func sanitize(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(contentsOf: replacement(for: scalar).unicodeScalars)
    }
    return String(result)
  }

  /// The most characters of a value that a message shows.
  public static let echoLimit = 80

  /// `value` as a message quotes it: cut after `echoLimit` characters (Unicode scalars)
  /// with "…", so that no key, number, query or name from the input makes a message longer
  /// than a line or two. Every message that quotes a value uses it; the output layer then
  /// makes the message harmless with `sanitize`.
  public static func echo(_ value: String) -> String {
    let scalars = value.unicodeScalars
    guard
      let cut = scalars.index(
        scalars.startIndex, offsetBy: echoLimit, limitedBy: scalars.endIndex),
      cut != scalars.endIndex
    else {
      return value
    }
    return String(scalars[..<cut]) + "…"
  }

  /// True for a scalar that must not reach a terminal as it is.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x2028, 0x2029: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  private static func replacement(for scalar: Unicode.Scalar) -> String {
    guard isUnsafe(scalar) else { return String(scalar) }
    switch scalar.value {
    case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: return " "
    case 0x00...0x1F: return String(Unicode.Scalar(0x2400 + scalar.value)!)
    case 0x7F: return "\u{2421}"
    default: return "\u{FFFD}"
    }
  }
}
