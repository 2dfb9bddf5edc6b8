import Foundation
import GRDB
import ShowModel

extension Library {
  /// The part of the show `show` that the details of its entity `id` are made from: the
  /// show, the entity, the entities that name it, and the ones that any of these name (a
  /// credit's person and character, the sources their citations cite), in the show's
  /// order. Nil when the show has no entity of that id, when it is the show itself (its
  /// page needs everything), or when the library is of a version before entities were
  /// kept by id: the show is read whole then.
  /// Reads only those records: a person's page in a show of 100,000 entities reads a
  /// handful.
  public func neighbourhood(of id: String, in show: String) throws(LibraryError) -> Pack? {
    let path = path
    return try reading { db -> Pack? in
      guard try db.columns(in: "entity").contains(where: { $0.name == "id" }),
        try db.tableExists("link"),
        let first = try Int.fetchOne(
          db, sql: "SELECT min(ordinal) FROM entity WHERE show = ? AND id = ?",
          arguments: [show, id]),
        // The show's own page lists every season and thread: it is read whole.
        first != 0
      else { return nil }
      let sharing = CitationSharing()
      var kept: [Int: Entity] = [:]
      func read(_ sql: String, _ arguments: StatementArguments) throws {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
          guard let ordinal: Int = row[0], kept[ordinal] == nil else { continue }
          guard let data: Data = row[1],
            let entity = try? EntityDecoder.entity(from: [UInt8](data), sharing: sharing)
          else {
            throw LibraryError(
              "\(path) is damaged: entity \(row[0] ?? -1) of show \"\(show)\" cannot be read; add the show again"
            )
          }
          kept[ordinal] = entity
        }
      }
      // The show, the entity, and what names it.
      try read(
        "SELECT ordinal, record FROM entity WHERE show = ? AND (ordinal = 0 OR ordinal = ?)",
        [show, first])
      try read(
        """
        SELECT ordinal, record FROM entity WHERE show = ? AND ordinal IN
          (SELECT ordinal FROM link WHERE show = ? AND target = ?)
        """, [show, show, id])
      // What these name, each id at its first place.
      var named = Set(kept.values.flatMap(\.references))
      named.subtract(kept.values.map(\.id))
      let wanted = named.sorted()
      for start in stride(from: 0, to: wanted.count, by: 500) {
        let batch = Array(wanted[start..<min(start + 500, wanted.count)])
        let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
        try read(
          """
          SELECT min(ordinal), record FROM entity WHERE show = ? AND id IN (\(marks))
          GROUP BY id
          """, StatementArguments([show] + batch))
      }
      let entities = kept.keys.sorted().compactMap { kept[$0] }
      return Pack(entities: entities, paths: [])
    }
  }
}
