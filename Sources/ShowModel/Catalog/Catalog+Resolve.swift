/// What a name or id the user typed refers to.
public enum Resolution: Sendable, Equatable {
  /// Exactly one entity.
  case found(Entity)
  /// Several entities fit equally well; the caller lists them rather than guess.
  case ambiguous([Entity])
  /// Nothing fits; the closest matches, best first (maybe none).
  case notFound(suggestions: [Entity])
}

extension Catalog {
  /// Resolves an id, or a name or alias typed in any case and without accents. A name that
  /// fits several entities is ambiguous; a name that fits none gets suggestions.
  public func resolve(_ text: String) -> Resolution {
    let trimmed = text.trimmingWhitespace()
    if let entity = entity(trimmed) { return .found(entity) }
    // Names are matched in any case, whatever the query's own case says.
    let hits = search(trimmed.lowercased())
    let exact = hits.filter { $0.tier == .name && Self.isWhole($0) }
    let unique = Self.firstOfEachID(exact.map(\.entity))
    switch unique.count {
    case 1: return .found(unique[0])
    case 0: return .notFound(suggestions: Array(hits.prefix(5).map(\.entity)))
    // They fit equally well, so the ranking's order among them says nothing: by name.
    default: return .ambiguous(unique.sorted { ($0.name, $0.id) < ($1.name, $1.id) })
    }
  }

  /// The entities in order, each id kept at its first place only; linear in the count.
  static func firstOfEachID(_ entities: [Entity]) -> [Entity] {
    var seen = Set<String>()
    return entities.filter { seen.insert($0.id).inserted }
  }

  /// True when the match covers every non-space character of the matched text.
  private static func isWhole(_ hit: CatalogHit) -> Bool {
    guard hit.match.typos == 0 else { return false }
    let letters = hit.matchedText.enumerated().filter { !$0.element.isWhitespace }.map(\.offset)
    return Set(letters).isSubset(of: Set(hit.match.positions))
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
