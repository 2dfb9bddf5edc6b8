import ShowModel
import TerminalCells

/// Renders the browser's state into a frame: title, panes, status line, and the help
/// overlay or the too-small message on top.
public struct BrowserRenderer {
  /// The state to draw.
  public let state: BrowserState
  /// The look.
  public let theme: Theme

  /// Creates a renderer.
  public init(state: BrowserState, options: BrowserOptions) {
    self.state = state
    theme = Theme(monochrome: options.monochrome)
  }

  /// The frame.
  public func render() -> ScreenBuffer {
    var buffer = ScreenBuffer(width: state.width, height: state.height)
    let layout = state.frameLayout
    if layout.tooSmall {
      TooSmallMessage.draw(into: &buffer)
      return buffer
    }
    TitleBar.draw(state, layout.title, theme, into: &buffer)
    let top = layout.tabs.map { $0.y + 1 } ?? 1
    for column in layout.separators {
      for row in top..<(state.height - 1) {
        buffer.put("│", row: row, column: column, style: theme.separator)
      }
    }
    StatusLine.draw(state, layout.status, theme, into: &buffer)
    // Each open view draws itself, bottom of the stack first, so an overlay comes last.
    for view in BrowserViews.stack(of: state) { view.draw(state, layout, theme, into: &buffer) }
    return buffer
  }
}

/// The message that replaces the screen when the terminal is below the minimum size.
enum TooSmallMessage {
  static func draw(into buffer: inout ScreenBuffer) {
    let need = "\(Layout.minimumWidth)×\(Layout.minimumHeight)"
    let long = "terminal too small (need \(need))"
    let text = DisplayWidth.of(long) <= buffer.width ? long : "too small: \(need)"
    let lines = TextWrapper(width: buffer.width).wrap(text)
    let top = max((buffer.height - lines.count) / 2, 0)
    for (index, line) in lines.enumerated() {
      let column = max((buffer.width - DisplayWidth.of(line)) / 2, 0)
      buffer.put(line, row: top + index, column: column, style: CellStyle(bold: true))
    }
    buffer.cursor = nil
  }
}
