import GRDB
import ShowModel

extension Library {
  /// Where the people keyed in `keys` (entity id → `OtherShows.personKey`) are in shows of
  /// the library other than `show`, each listed once, by show name. A library of an
  /// earlier version, read without migrating it, knows of none.
  public func otherShows(ofPeople keys: [String: String], in show: String) throws(LibraryError)
    -> OtherShows
  {
    var entitiesByKey: [String: [String]] = [:]
    for (entity, key) in keys { entitiesByKey[key, default: []].append(entity) }
    let allKeys = entitiesByKey.keys.sorted()
    return try reading { db in
      guard try db.tableExists("person") else { return OtherShows() }
      var found: [String: [ShowAppearance]] = [:]
      // In batches, within SQLite's limit on the arguments of one statement.
      for start in stride(from: 0, to: allKeys.count, by: 500) {
        let batch = Array(allKeys[start..<min(start + 500, allKeys.count)])
        let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT person.key, person.show, show.name, person.entity FROM person
            JOIN show ON show.id = person.show
            WHERE person.key IN (\(marks)) AND person.show != ?
            ORDER BY show.name COLLATE NOCASE, person.show, person.entity
            """,
          arguments: StatementArguments(batch + [show]))
        while let row = try rows.next() {
          guard let key: String = row[0], let other: String = row[1], let name: String = row[2],
            let entity: String = row[3]
          else { continue }
          let appearance = ShowAppearance(show: other, showName: name, entity: entity)
          for own in entitiesByKey[key] ?? [] { found[own, default: []].append(appearance) }
        }
      }
      return OtherShows(found)
    }
  }
}
