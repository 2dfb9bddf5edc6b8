import ShowModel

/// Bold and dim for command-line output: ANSI SGR codes, or nothing. The executable
/// chooses which from `--color` (auto: codes only on a terminal without `NO_COLOR`).
public struct TextStyle: Sendable {
  /// True when codes are written.
  public var isStyled: Bool

  /// No codes at all.
  public static let plain = TextStyle(isStyled: false)
  /// ANSI codes.
  public static let ansi = TextStyle(isStyled: true)

  /// Bold text.
  public func bold(_ text: String) -> String {
    isStyled ? "\u{1B}[1m\(text)\u{1B}[22m" : text
  }

  /// Dim text.
  public func dim(_ text: String) -> String {
    isStyled ? "\u{1B}[2m\(text)\u{1B}[22m" : text
  }

  /// The columns `text` takes, not counting the SGR codes in it.
  public static func visibleWidth(_ text: String) -> Int {
    DisplayWidth.of(stripCodes(text))
  }

  /// `text` without SGR codes.
  public static func stripCodes(_ text: String) -> String {
    guard text.contains("\u{1B}") else { return text }
    var result = ""
    var inCode = false
    for character in text {
      if character == "\u{1B}" {
        inCode = true
      } else if inCode {
        if character == "m" { inCode = false }
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// How a piece of a report is styled.
  public enum Weight: Sendable, Equatable {
    /// Plain, bold and dim text.
    case plain, bold, dim
  }

  /// `text` with the codes of `weight`.
  public func apply(_ weight: Weight, to text: String) -> String {
    switch weight {
    case .plain: return text
    case .bold: return bold(text)
    case .dim: return dim(text)
    }
  }
}
