import ShowModel

/// The role a piece of text plays on screen; the theme turns roles into cell styles.
public enum TextRole: Sendable, Equatable {
  case normal, dim, heading, link, quote, match, missing, warning, title, highlight
}

/// A run of text with one role.
public struct Span: Sendable, Equatable {
  /// The text; already safe for the terminal or made safe when drawn.
  public var text: String
  /// What the text is.
  public var role: TextRole

  /// Creates a span.
  public init(_ text: String, _ role: TextRole = .normal) {
    self.text = text
    self.role = role
  }
}

/// A line of spans.
public typealias StyledLine = [Span]

/// Word wrapping of styled text to a width, with a hanging indent for continuation lines;
/// graphemes are never split and wide characters count two columns.
public enum SpanWrapper {
  /// Wraps `spans` to `width` columns; continuation lines start with `hanging` spaces.
  public static func wrap(_ spans: [Span], width: Int, hanging: Int = 0) -> [StyledLine] {
    let width = max(width, 1)
    let hanging = min(hanging, width / 2)
    var lines: [StyledLine] = []
    var line: StyledLine = []
    var used = 0
    func newLine() {
      lines.append(line)
      line = hanging > 0 ? [Span(String(repeating: " ", count: hanging))] : []
      used = hanging
    }
    for (word, role, spaceBefore) in words(spans) {
      let columns = DisplayWidth.of(word)
      let gap = spaceBefore && used > 0 && !(used == hanging && !lines.isEmpty) ? 1 : 0
      if used + gap + columns > width && used > (lines.isEmpty ? 0 : hanging) {
        newLine()
        append(word, role, gap: 0, to: &line, used: &used, width: width, newLine: newLine)
      } else {
        append(word, role, gap: gap, to: &line, used: &used, width: width, newLine: newLine)
      }
    }
    lines.append(line)
    return lines
  }

  private static func append(
    _ word: String, _ role: TextRole, gap: Int, to line: inout StyledLine, used: inout Int,
    width: Int, newLine: () -> Void
  ) {
    if gap > 0 { add(" ", role: role, to: &line) }
    used += gap
    var rest = Substring(word)
    while !rest.isEmpty {
      let room = width - used
      let piece = DisplayWidth.prefix(String(rest), fitting: room)
      if piece.isEmpty {
        newLine()
        if width - used <= 0 { return }
        continue
      }
      add(piece, role: role, to: &line)
      used += DisplayWidth.of(piece)
      rest = rest.dropFirst(piece.count)
      if !rest.isEmpty { newLine() }
    }
  }

  private static func add(_ text: String, role: TextRole, to line: inout StyledLine) {
    if let last = line.last, last.role == role {
      line[line.count - 1].text += text
    } else {
      line.append(Span(text, role))
    }
  }

  /// Splits spans into words, each with its role and whether a space came before it.
  private static func words(_ spans: [Span]) -> [(String, TextRole, Bool)] {
    var result: [(String, TextRole, Bool)] = []
    var pendingSpace = false
    for span in spans {
      var word = ""
      for character in SafeText.sanitize(span.text) {
        if character == " " {
          if !word.isEmpty {
            result.append((word, span.role, pendingSpace))
            word = ""
          }
          pendingSpace = true
        } else {
          word.append(character)
        }
      }
      if !word.isEmpty {
        // A word that continues across spans with no space between keeps no gap.
        result.append((word, span.role, pendingSpace))
        pendingSpace = false
      }
    }
    return result
  }
}
