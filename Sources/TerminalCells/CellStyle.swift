/// A terminal colour: the terminal's default, one of the eight basic colours, or an entry of
/// the 256-colour palette.
public enum TerminalColor: Sendable, Hashable {
  /// The terminal's own colour.
  case standard
  /// The eight basic colours.
  case black, red, green, yellow, blue, magenta, cyan, white
  /// An index into the 256-colour palette.
  case palette(UInt8)
}

/// How one cell is drawn: colours and attributes. Monochrome terminals keep only the
/// attributes, so selection and focus must never rely on colour alone.
public struct CellStyle: Sendable, Hashable {
  /// Foreground colour.
  public var foreground: TerminalColor = .standard
  /// Background colour.
  public var background: TerminalColor = .standard
  /// Bold text.
  public var bold = false
  /// Dim text.
  public var dim = false
  /// Underlined text.
  public var underline = false
  /// Reverse video: foreground and background swapped.
  public var reverse = false

  /// The default style.
  public static let plain = CellStyle()

  /// Creates a style.
  public init(
    foreground: TerminalColor = .standard, background: TerminalColor = .standard,
    bold: Bool = false,
    dim: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// This style without colours, as a monochrome screen draws it.
  public var monochrome: CellStyle {
    CellStyle(bold: bold, dim: dim, underline: underline, reverse: reverse)
  }
}

/// One cell of the screen: a grapheme cluster and its style. A wide character fills its own
/// cell and marks the next one as its continuation.
public struct Cell: Sendable, Hashable {
  /// The grapheme drawn here; empty for the continuation of a wide character.
  public var text: String
  /// The style.
  public var style: CellStyle

  /// A blank cell.
  public static let blank = Cell(text: " ", style: .plain)

  /// Creates a cell.
  public init(text: String, style: CellStyle = .plain) {
    self.text = text
    self.style = style
  }

  /// True for the right half of a wide character.
  public var isContinuation: Bool { text.isEmpty }
}
