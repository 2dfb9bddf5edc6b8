import ShowModel

/// What a plot thread's row in the list says after its name, so that a fan sees at a
/// glance which threads end on a cliffhanger and who is in them: a "◆" for a cliffhanger,
/// then the characters involved, dimmed, cut at a whole word with "…" to the room left.
enum ThreadRowNote {
  /// The mark after the name of a thread that ends on a cliffhanger.
  static let cliffhangerMark = "◆"
  /// The legend the list's header carries where it fits.
  static let legend = cliffhangerMark + " cliffhanger"

  /// The list row of `entity` in `width` columns: its name after `indent`, then, for a
  /// thread, its mark and characters. A cliffhanger keeps its mark: a name that leaves it
  /// no room is cut, ending in "…". Only what can show of the names is read, so that a
  /// name of millions of characters costs a row.
  static func row(_ entity: Entity, indent: String, catalog: Catalog, width: Int) -> StyledLine {
    guard case .thread(let characters, _, let cliffhanger) = entity.payload else {
      return [Span(indent), Span(entity.name)]
    }
    let name = bounded(entity.name, width)
    var line = [Span(indent), Span(name)]
    let nameRoom = width - indent.count - (cliffhanger ? 2 : 0)
    if DisplayWidth.exceeds(SafeText.sanitize(name), nameRoom) {
      guard cliffhanger, nameRoom > 0 else { return line }
      line[1].text = DisplayWidth.truncate(name, to: nameRoom)
    }
    var room = width - StyledLineWidth.of(line)
    if cliffhanger && room >= 2 {
      line.append(Span(" " + cliffhangerMark, .warning))
      room -= 2
    }
    let names = fitting(
      characters.lazy.map { SafeText.sanitize(bounded(catalog.name(of: $0), width)) }, room - 2)
    if !names.isEmpty { line.append(Span("  " + names, .dim)) }
    return line
  }

  /// `text` when it has at most `width` + 1 characters, else that many and "…": all a row
  /// of `width` columns can show of it.
  static func bounded(_ text: String, _ width: Int) -> String {
    let head = text.prefix(max(width, 0) + 1)
    return head.endIndex == text.endIndex ? text : head + "…"
  }

  /// `names` joined with ", " when they fit in `width` columns; else as many whole words
  /// as fit with "…" after them; "" when not even one word fits.
  static func fitting<Names: Sequence<String>>(_ names: Names, _ width: Int) -> String {
    guard width >= 2 else { return "" }
    var text = ""
    var used = 0
    for name in names {
      let piece = (text.isEmpty ? "" : ", ") + name
      text += piece
      used += DisplayWidth.of(piece)
      if used > width { break }
    }
    guard used > width else { return text }
    // Cut to the room left for "…", then back to the end of the last whole word.
    var cut = DisplayWidth.prefix(text, fitting: width - 1)
    let next = text.dropFirst(cut.count).first
    if let next, next != " " && next != "," {
      while let last = cut.last, last != " " { cut.removeLast() }
    }
    while let last = cut.last, last == " " || last == "," { cut.removeLast() }
    return cut.isEmpty ? "" : cut + "…"
  }
}
