import ShowModel

/// What a plot thread's row in the list says after its name, so that a fan sees at a
/// glance which threads end on a cliffhanger and who is in them: a "◆" for a cliffhanger,
/// then the characters involved, dimmed, cut at a whole word with "…" to the room left.
enum ThreadRowNote {
  /// The mark after the name of a thread that ends on a cliffhanger.
  static let cliffhangerMark = "◆"
  /// The legend the list's header carries where it fits.
  static let legend = cliffhangerMark + " cliffhanger"

  /// The spans after `entity`'s name when it is a thread, in `room` columns; none for
  /// other entities. Only as many names are read as can show.
  static func spans(for entity: Entity, catalog: Catalog, room: Int) -> StyledLine {
    guard case .thread(let characters, _, let cliffhanger) = entity.payload else { return [] }
    var spans: StyledLine = []
    var room = room
    if cliffhanger && room >= 2 {
      spans.append(Span(" " + cliffhangerMark, .warning))
      room -= 2
    }
    let names = fitting(characters.lazy.map { SafeText.sanitize(catalog.name(of: $0)) }, room - 2)
    if !names.isEmpty { spans.append(Span("  " + names, .dim)) }
    return spans
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
