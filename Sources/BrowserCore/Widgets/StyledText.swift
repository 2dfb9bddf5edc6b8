import ShowModel

/// The role a piece of text plays on screen; the theme turns roles into cell styles.
public enum TextRole: Sendable, Equatable {
  /// Body text, secondary text, headings, links, quotes, search matches, gaps in the sources, warnings, titles, and the quote highlighted in the reader.
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
    var builder = LineBuilder(width: max(width, 1), hanging: min(hanging, max(width, 1) / 2))
    for (word, role, spaceBefore) in words(spans) {
      builder.add(word, role: role, spaceBefore: spaceBefore)
    }
    return builder.finish()
  }

  /// Fills lines word by word.
  private struct LineBuilder {
    let width: Int
    let hanging: Int
    var lines: [StyledLine] = []
    var line: StyledLine = []
    var used = 0

    init(width: Int, hanging: Int) {
      self.width = width
      self.hanging = hanging
    }

    /// True while the current line holds nothing but its indent.
    var isFresh: Bool { used == (lines.isEmpty ? 0 : hanging) }

    mutating func add(_ word: String, role: TextRole, spaceBefore: Bool) {
      let columns = DisplayWidth.of(word)
      let gap = spaceBefore && !isFresh ? 1 : 0
      if used + gap + columns > width && !isFresh {
        breakLine()
      } else if gap > 0 {
        // The space between words belongs to what comes before it, so a highlight
        // starts on its first letter.
        append(" ", role: line.last?.role ?? .normal)
        used += 1
      }
      var rest = Substring(word)
      while !rest.isEmpty {
        var piece = DisplayWidth.prefix(String(rest), fitting: width - used)
        if piece.isEmpty {
          guard isFresh else {
            breakLine()
            continue
          }
          // A grapheme wider than the whole line goes on a line of its own, to be clipped.
          piece = String(rest.prefix(1))
        }
        append(piece, role: role)
        used += DisplayWidth.of(piece)
        rest = rest.dropFirst(piece.count)
        if !rest.isEmpty { breakLine() }
      }
    }

    mutating func breakLine() {
      lines.append(line)
      line = hanging > 0 ? [Span(String(repeating: " ", count: hanging))] : []
      used = hanging
    }

    mutating func append(_ text: String, role: TextRole) {
      if let last = line.last, last.role == role {
        line[line.count - 1].text += text
      } else {
        line.append(Span(text, role))
      }
    }

    mutating func finish() -> [StyledLine] {
      lines.append(line)
      return lines
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
