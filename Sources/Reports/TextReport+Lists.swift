import ShowModel

extension TextReport {
  /// One line an entity: the id (never cut, so it can be pasted into `show`), then the name
  /// and a short note, cut to the width; a row's detail follows on lines of its own,
  /// wrapped, under the id. Names start in one column: an id wider than the id column
  /// stands on a line of its own, and its name starts under the column's end.
  public func list(_ rows: [ListRow]) -> String {
    guard !rows.isEmpty else { return "" }
    let ids = rows.map { safe($0.entity.id) }
    let idWidth = min(ids.map(DisplayWidth.of).max() ?? 0, width / 2)
    let room = width - idWidth - 2
    return rows.indices.map { index in
      let row = rows[index]
      let name = DisplayWidth.truncate(safe(row.entity.name), to: room)
      var line = idCell(ids[index], columns: idWidth) + "  " + name
      let noteRoom = room - DisplayWidth.of(name) - 2
      if let note = row.note, noteRoom > 3 {
        line += "  " + style.dim(DisplayWidth.truncate(safe(note), to: noteRoom))
      }
      var lines = [line]
      if let detail = row.detail { lines += wrapped([.plain(safe(detail))], indent: 4) }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n") + "\n"
  }

  /// Search results: id, kind and name, and under it what matched when it was not the name.
  /// Kinds and names start in one column each, as in `list`.
  /// With `shows` (parallel to `hits`), each name is followed by its show's.
  public func search(_ hits: [CatalogHit], shows: [String]? = nil) -> String {
    let ids = hits.map { safe($0.entity.id) }
    let kindWidth = hits.map { $0.entity.kind.rawValue.count }.max() ?? 0
    let idWidth = min(ids.map(DisplayWidth.of).max() ?? 0, width / 2 - kindWidth)
    let nameRoom = width - idWidth - kindWidth - 4
    return hits.indices.map { index in
      let hit = hits[index]
      var lines = [
        idCell(ids[index], columns: idWidth) + "  "
          + Self.padded(hit.entity.kind.rawValue, to: kindWidth) + "  "
          + DisplayWidth.truncate(
            safe(hit.entity.name + (shows.map { " — " + $0[index] } ?? "")), to: nameRoom)
      ]
      if let spoiler = hit.spoiler {
        lines.append("    " + style.dim("\(spoiler.line) (--spoilers shows it)"))
      } else if hit.field != "name" {
        let label = DisplayWidth.truncate(safe(hit.field), to: 24) + ": "
        let length = width - 4 - DisplayWidth.of(label)
        let excerpt = Excerpt(hit.matchedText, positions: hit.match.positions, length: length - 2)
        lines.append(
          "    " + style.dim(label + DisplayWidth.truncate(safe(excerpt.text), to: length)))
      }
      return lines.joined(separator: "\n")
    }.joined(separator: "\n") + "\n"
  }

  /// The id column of a row, styled: the id padded to `columns`, or, when it is wider, the
  /// id on a line of its own (cut only where it is wider than the whole line) and the
  /// column's blank on the next, where the row goes on.
  private func idCell(_ id: String, columns: Int) -> String {
    guard DisplayWidth.of(id) > columns else { return style.dim(Self.padded(id, to: columns)) }
    return style.dim(DisplayWidth.truncate(id, to: width)) + "\n"
      + String(repeating: " ", count: columns)
  }

  /// `text` followed by spaces up to `columns`; never cut.
  static func padded(_ text: String, to columns: Int) -> String {
    text + String(repeating: " ", count: max(columns - DisplayWidth.of(text), 0))
  }
}
