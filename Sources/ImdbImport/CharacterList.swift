/// The `characters` field of title.principals: a JSON array of strings written in one
/// field (`["Clay Jensen","Narrator"]`), read here in one pass.
public enum CharacterList {
  /// The names; nil when the text is not a JSON array of strings.
  public static func parse(_ text: String) -> [String]? {
    var text = text
    // Nearly every list has no escape: its names are read straight from the bytes.
    if let names = text.withUTF8(parseWithoutEscapes) { return names }
    return parseScalars(text)
  }

  /// The names of a list with no backslash and no control character in it, read from its
  /// bytes; nil for any other text (which the scalar reader then reads or refuses).
  private static func parseWithoutEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var index = 0
    let count = bytes.count
    func skipSpace() {
      while index < count,
        bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
          || bytes[index] == 0x0D
      {
        index += 1
      }
    }
    skipSpace()
    guard index < count, bytes[index] == 0x5B else { return nil }
    index += 1
    skipSpace()
    var names: [String] = []
    if index < count, bytes[index] == 0x5D {
      index += 1
      skipSpace()
      return index == count ? names : nil
    }
    while true {
      skipSpace()
      guard index < count, bytes[index] == 0x22 else { return nil }
      let start = index + 1
      index = start
      while index < count, bytes[index] != 0x22 {
        // An escape or a control character: the scalar reader decides.
        if bytes[index] == 0x5C || bytes[index] < 0x20 { return nil }
        index += 1
      }
      guard index < count else { return nil }
      names.append(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
      index += 1
      skipSpace()
      guard index < count else { return nil }
      if bytes[index] == 0x2C {
        index += 1
        continue
      }
      guard bytes[index] == 0x5D else { return nil }
      index += 1
      skipSpace()
      return index == count ? names : nil
    }
  }

  /// The names, read a scalar at a time with JSON's escapes.
  private static func parseScalars(_ text: String) -> [String]? {
    var scalars = text.unicodeScalars[...]
    var names: [String] = []
    skipSpace(&scalars)
    guard scalars.popFirst() == "[" else { return nil }
    skipSpace(&scalars)
    if scalars.first == "]" {
      scalars.removeFirst()
      skipSpace(&scalars)
      return scalars.isEmpty ? [] : nil
    }
    while true {
      skipSpace(&scalars)
      guard let name = string(&scalars) else { return nil }
      names.append(name)
      skipSpace(&scalars)
      switch scalars.popFirst() {
      case ",": continue
      case "]":
        skipSpace(&scalars)
        return scalars.isEmpty ? names : nil
      default: return nil
      }
    }
  }

  private static func skipSpace(_ scalars: inout Substring.UnicodeScalarView) {
    while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r"
    {
      scalars.removeFirst()
    }
  }

  /// A JSON string at the start of `scalars`, its escapes read.
  private static func string(_ scalars: inout Substring.UnicodeScalarView) -> String? {
    guard scalars.popFirst() == "\"" else { return nil }
    var result = String.UnicodeScalarView()
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\"":
        return String(result)
      case "\\":
        guard let escaped = scalars.popFirst() else { return nil }
        switch escaped {
        case "\"", "\\", "/": result.append(escaped)
        case "b": result.append("\u{8}")
        case "f": result.append("\u{C}")
        case "n": result.append("\n")
        case "r": result.append("\r")
        case "t": result.append("\t")
        case "u":
          guard let unit = hex(&scalars) else { return nil }
          if (0xD800..<0xDC00).contains(unit) {
            // A surrogate pair: the low half must follow.
            guard scalars.popFirst() == "\\", scalars.popFirst() == "u", let low = hex(&scalars),
              (0xDC00..<0xE000).contains(low),
              let joined = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            else { return nil }
            result.append(joined)
          } else {
            guard let single = Unicode.Scalar(unit) else { return nil }
            result.append(single)
          }
        default: return nil
        }
      default:
        guard scalar.value >= 0x20 else { return nil }
        result.append(scalar)
      }
    }
    return nil
  }

  private static func hex(_ scalars: inout Substring.UnicodeScalarView) -> UInt32? {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let scalar = scalars.popFirst(), let digit = hexDigit(scalar) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar {
    case "0"..."9": return scalar.value - 0x30
    case "a"..."f": return scalar.value - 0x61 + 10
    case "A"..."F": return scalar.value - 0x41 + 10
    default: return nil
    }
  }
}
