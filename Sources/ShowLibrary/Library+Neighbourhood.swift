import Foundation
import GRDB
import ShowModel

extension Library {
  /// The first place of an id in a show, found by its id: for `min`, SQLite would rather
  /// walk every entity of the show in order, thousands of pages for 100,000 entities.
  static let firstPlaceSQL =
    "SELECT min(ordinal) FROM entity INDEXED BY entity_by_id WHERE show = ? AND id = ?"

  /// The part of the show `show` that the details of its entity `id` are made from: the
  /// show, the entity, the entities that name it, and the ones that any of these name (a
  /// credit's person and character, the sources their citations cite), in the show's
  /// order. Nil when the show has no entity of that id, when it is the show itself (its
  /// page needs everything), or when the library is of a version before entities were
  /// kept by id: the show is read whole then.
  /// Reads only those records: a person's page in a show of 100,000 entities reads a
  /// handful.
  public func neighbourhood(of id: String, in show: String) throws(LibraryError) -> Pack? {
    if store(of: show) !== self { return try store(of: show).neighbourhood(of: id, in: show) }
    let path = path
    return try reading { db -> Pack? in
      guard try db.columns(in: "entity").contains(where: { $0.name == "id" }),
        try db.tableExists("link"),
        let first = try Int.fetchOne(db, sql: Self.firstPlaceSQL, arguments: [show, id]),
        // The show's own page lists every season and thread: it is read whole.
        first != 0
      else { return nil }
      var records = RecordsByOrdinal(path: path, show: show)
      // The show, the entity, and what names it.
      try records.read(
        db,
        sql: "SELECT ordinal, record FROM entity WHERE show = ? AND (ordinal = 0 OR ordinal = ?)",
        [show, first])
      try records.read(
        db,
        sql: """
          SELECT ordinal, record FROM entity WHERE show = ? AND ordinal IN
            (SELECT ordinal FROM link WHERE show = ? AND target = ?)
          """, [show, show, id])
      // What these name, each id at its first place.
      try records.read(db, ids: records.kept.values.flatMap(\.references))
      return Pack(entities: records.inOrder, paths: [])
    }
  }
}
