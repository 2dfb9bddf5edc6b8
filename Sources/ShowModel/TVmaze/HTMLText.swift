/// Plain text from the small HTML that TVmaze writes in summaries (`<p>`, `<b>`, `<i>`,
/// `<br>`): tags removed, character references decoded, each paragraph and line break
/// kept as a line of its own, runs of spaces made one. One pass over the scalars.
public enum HTMLText {
  /// The text of `html`, paragraphs separated by one newline.
  public static func plain(_ html: String) -> String {
    var lines: [String] = []
    var line = ""
    var pendingSpace = false
    var scalars = html.unicodeScalars[...]
    // Once no `>` follows, none follows any later `<` either: each is looked for once.
    var closeFollows = true

    func endLine() {
      if !line.isEmpty { lines.append(line) }
      line = ""
      pendingSpace = false
    }
    func append(_ scalar: Unicode.Scalar) {
      if scalar.properties.isWhitespace {
        pendingSpace = !line.isEmpty
        return
      }
      if pendingSpace { line.unicodeScalars.append(" ") }
      pendingSpace = false
      line.unicodeScalars.append(scalar)
    }

    while let scalar = scalars.popFirst() {
      switch scalar {
      case "<":
        // A tag starts with a letter, `/` or `!` and runs to the next `>`; any other `<`,
        // and one without an end, is text.
        guard let next = scalars.first,
          next.properties.isAlphabetic || next == "/" || next == "!", closeFollows
        else {
          append(scalar)
          continue
        }
        guard let close = scalars.firstIndex(of: ">") else {
          closeFollows = false
          append(scalar)
          continue
        }
        let name = tagName(scalars[scalars.startIndex..<close])
        scalars = scalars[scalars.index(after: close)...]
        if breakingTags.contains(name) { endLine() }
        // A script's or a style's contents are not text: skipped to their end tag, looked
        // for once (none: the rest is skipped).
        if name == "script" || name == "style" {
          scalars = Self.after(endTag: "</" + name, in: scalars)
        }
      case "&":
        if let (decoded, rest) = reference(in: scalars) {
          append(decoded)
          scalars = rest
        } else {
          append(scalar)
        }
      default:
        append(scalar)
      }
    }
    endLine()
    return lines.joined(separator: "\n")
  }

  /// What follows the first `end` tag (compared without case) in `text`, after its `>`;
  /// empty when there is none. One pass: the text is lowercased a scalar at a time as it
  /// is compared.
  private static func after(endTag end: String, in text: Substring.UnicodeScalarView)
    -> Substring.UnicodeScalarView
  {
    let wanted = Array(end.unicodeScalars)
    var matched = 0
    var index = text.startIndex
    while index < text.endIndex {
      let scalar = text[index]
      let lowered = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
      if lowered == wanted[matched] {
        matched += 1
        if matched == wanted.count {
          // Past the end tag's `>`.
          let rest = text[text.index(after: index)...]
          guard let close = rest.firstIndex(of: ">") else { return rest[rest.endIndex...] }
          return rest[rest.index(after: close)...]
        }
      } else {
        matched = lowered == wanted[0] ? 1 : 0
      }
      index = text.index(after: index)
    }
    return text[text.endIndex...]
  }

  /// Tags that end a line of text.
  private static let breakingTags: Set<String> = [
    "p", "/p", "br", "br/", "div", "/div", "li", "/li", "ul", "/ul", "ol", "/ol", "h1", "/h1",
    "h2", "/h2", "h3", "/h3", "h4", "/h4", "blockquote", "/blockquote",
  ]

  /// The lowercased name of a tag from the text between `<` and `>`, with a leading `/`
  /// kept ("/p", "br/"); at most 12 scalars are read.
  private static func tagName(_ inside: Substring.UnicodeScalarView) -> String {
    var name = ""
    for scalar in inside.prefix(12) {
      if scalar == " " || scalar == "\t" || scalar == "\n" { break }
      name.unicodeScalars.append(scalar)
    }
    return name.lowercased()
  }

  /// The named references TVmaze's summaries use.
  private static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}",
    "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "eacute": "é", "egrave": "è",
    "aacute": "á", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "ouml": "ö",
    "uuml": "ü", "auml": "ä", "ccedil": "ç", "copy": "©", "reg": "®", "trade": "™",
  ]

  /// The scalar a character reference after `&` stands for, and the text after its `;`;
  /// nil when what follows is not a reference this knows (it stays as text). A reference
  /// is at most 10 scalars long, so this reads a bounded prefix.
  private static func reference(in text: Substring.UnicodeScalarView)
    -> (Unicode.Scalar, Substring.UnicodeScalarView)?
  {
    guard let end = text.prefix(10).firstIndex(of: ";") else { return nil }
    let body = String(String.UnicodeScalarView(text[text.startIndex..<end]))
    let rest = text[text.index(after: end)...]
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
      return (scalar, rest)
    }
    guard let scalar = named[body] else { return nil }
    return (scalar, rest)
  }
}
