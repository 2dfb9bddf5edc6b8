import TerminalCells

/// Turns what a piece of the screen is into a cell style, in colour or monochrome. In
/// monochrome, selection is reverse video and focus is bold, so both stay obvious.
public struct Theme: Sendable {
  /// True when colours are not used.
  public let monochrome: Bool

  /// Creates a theme.
  public init(monochrome: Bool) {
    self.monochrome = monochrome
  }

  /// The style of text with `role`.
  public func style(_ role: TextRole) -> CellStyle {
    let style: CellStyle
    switch role {
    case .normal: style = .plain
    case .dim: style = CellStyle(dim: true)
    case .heading: style = CellStyle(foreground: .yellow, bold: true)
    case .link: style = CellStyle(foreground: .cyan)
    case .quote: style = CellStyle(foreground: .green)
    case .match: style = CellStyle(foreground: .yellow, bold: true, underline: true)
    case .missing: style = CellStyle(dim: true)
    case .warning: style = CellStyle(foreground: .magenta, bold: true)
    case .title: style = CellStyle(bold: true)
    case .highlight:
      style =
        monochrome
        ? CellStyle(bold: true, reverse: true)
        : CellStyle(foreground: .black, background: .yellow, bold: true)
    case .currentMatch:
      style =
        monochrome
        ? CellStyle(bold: true, underline: true, reverse: true)
        : CellStyle(foreground: .black, background: .cyan, bold: true, underline: true)
    case .rating(let band):
      style = Self.ratingStyle(band, monochrome: monochrome)
    }
    return monochrome ? style.monochrome : style
  }

  /// A rating's cell: a background from red to green, or in monochrome bold for the
  /// best two bands and dim for the worst.
  private static func ratingStyle(_ band: RatingBand, monochrome: Bool) -> CellStyle {
    if monochrome {
      switch band {
      case .poor: return CellStyle(dim: true)
      case .fair, .good: return .plain
      case .great, .superb: return CellStyle(bold: true)
      }
    }
    switch band {
    case .poor: return CellStyle(foreground: .white, background: .red, bold: true)
    case .fair: return CellStyle(foreground: .black, background: .palette(208))
    case .good: return CellStyle(foreground: .black, background: .yellow)
    case .great: return CellStyle(foreground: .black, background: .palette(113))
    case .superb: return CellStyle(foreground: .black, background: .green, bold: true)
    }
  }

  /// The title line.
  public var titleBar: CellStyle {
    monochrome
      ? CellStyle(bold: true, reverse: true)
      : CellStyle(foreground: .white, background: .blue, bold: true)
  }

  /// The status line.
  public var statusBar: CellStyle {
    monochrome ? CellStyle(reverse: true) : CellStyle(foreground: .black, background: .palette(250))
  }

  /// A pane's header row, focused or not.
  public func paneHeader(focused: Bool) -> CellStyle {
    if focused {
      return monochrome
        ? CellStyle(bold: true, underline: true)
        : CellStyle(foreground: .cyan, bold: true, underline: true)
    }
    return CellStyle(dim: true, underline: true)
  }

  /// The separator between panes.
  public var separator: CellStyle { CellStyle(dim: true) }

  /// Applies the selection look to `style`: reverse video in the focused pane, bold in others.
  public func selected(_ style: CellStyle, focused: Bool) -> CellStyle {
    var style = style
    if focused {
      style.reverse = true
    } else {
      style.bold = true
      style.underline = true
    }
    return style
  }
}
