/// The ids of a pack's entities as they are read: the index of the first entity with each
/// id, and for each entity whose id an earlier one has, that earlier entity. Built once, as
/// the reader appends each entity, and handed on to validation and to the catalog, so that
/// every id is hashed once from the file to the first frame (each was hashed three times:
/// into the reader's set of long ids, the validator's index and the catalog's).
struct PackIDs: Sendable {
  /// The longest string, in UTF-8 bytes, that Swift stores inline without a heap buffer.
  static let longestInlineString = 15

  /// The index of the first entity with each id.
  private(set) var index: EntityIDIndex
  /// For each entity whose id an earlier entity has, that earlier entity.
  private(set) var firstWithID: [Int: Int] = [:]

  /// An empty table for about `count` entities; it grows past them.
  init(count: Int) {
    index = EntityIDIndex(count: count)
  }

  /// The table of `entities`, each entity with an id added in order.
  init(of entities: [Entity]) {
    self.init(count: entities.count)
    for place in entities.indices { add(place, of: entities) }
  }

  /// Adds the entity at `place` of `entities` under its id, unless its id is empty.
  mutating func add(_ place: Int, of entities: [Entity]) {
    guard !entities[place].id.isEmpty else { return }
    if index.isHalfFull { index = index.grown(for: entities) }
    if let first = index.add(place, of: entities) { firstWithID[place] = first }
  }

  /// `reference` sharing the storage of the id it names, when that id is too long to be
  /// stored inline and an entity of `entities` has it: a credit's person, a thread's
  /// characters, a citation's source each held a copy of the id (13 MB of a
  /// 200,000-entity pack).
  func shared(_ reference: String, in entities: [Entity]) -> String {
    guard reference.utf8.count > Self.longestInlineString,
      let place = index.first(reference, in: entities)
    else { return reference }
    return entities[place].id
  }

  /// A citation's `source` as `shared(_:in:)` gives it, and the place and text of the
  /// first entity of `entities` with that id when it is an article with its text inline:
  /// one lookup for both.
  func sharedSource(_ source: String, in entities: [Entity]) -> (
    id: String, article: (place: Int, text: String)?
  ) {
    guard let place = index.first(source, in: entities) else { return (source, nil) }
    let id = source.utf8.count > Self.longestInlineString ? entities[place].id : source
    guard case .source(.article, let text?) = entities[place].payload else { return (id, nil) }
    return (id, (place, text))
  }
}
