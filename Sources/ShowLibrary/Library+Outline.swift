import Foundation
import GRDB
import ShowModel

extension Library {
  /// How many entities of each kind a show has, from the index of kinds alone.
  static let kindCountsSQL = "SELECT kind, count(*) FROM entity WHERE show = ? GROUP BY kind"
  /// A show's entities of three kinds, by the index of kinds.
  static let recordsOfKindsSQL =
    "SELECT ordinal, record FROM entity WHERE show = ? AND kind IN (?, ?, ?)"

  /// The outline of the show `show` (see `Catalog(outline:counts:)`): its show, seasons
  /// and threads and the sources the show cites, in the show's order, with the counts of
  /// the whole show. Reads only those records: what its first screen shows, while the
  /// rest is read. Nil when there is no such show, or when the library kept no counts for
  /// it (written before it kept them, or a record could not be read then): the show is
  /// read whole then.
  public func outline(of show: String) throws(LibraryError) -> (
    entities: [Entity], counts: ShowCounts
  )? {
    if store(of: show) !== self { return try store(of: show).outline(of: show) }
    let path = path
    return try reading { db -> ([Entity], ShowCounts)? in
      guard try db.columns(in: "show").contains(where: { $0.name == "listed_episodes" }),
        let row = try Row.fetchOne(
          db, sql: "SELECT listed_episodes, disagreements FROM show WHERE id = ?",
          arguments: [show]),
        let listed: Int = row[0], let disagreements: Int = row[1]
      else { return nil }
      var kinds: [EntityKind: Int] = [:]
      let counted = try Row.fetchAll(db, sql: Self.kindCountsSQL, arguments: [show])
      for row in counted {
        guard let code: Int = row[0], EntityCodes.kinds.indices.contains(code) else { return nil }
        kinds[EntityCodes.kinds[code]] = row[1]
      }
      var records = RecordsByOrdinal(path: path, show: show)
      let outlined = [EntityKind.show, .season, .thread].map { Int(EntityCodes.code(of: $0)) }
      try records.read(
        db, sql: Self.recordsOfKindsSQL, [show, outlined[0], outlined[1], outlined[2]])
      // The sources the show's facts and citations cite, each id at its first place.
      let shown = records.inOrder.first { $0.kind == .show }
      try records.read(db, ids: shown?.references ?? [])
      let counts = ShowCounts(kinds: kinds, listedEpisodes: listed, disagreements: disagreements)
      return (records.inOrder, counts)
    }
  }
}

/// Records of one show read by ordinal, each decoded once, for a part of the show.
struct RecordsByOrdinal {
  /// The library file, for the message that says a record is damaged.
  let path: String
  /// The show's library id.
  let show: String
  /// The entities read, by ordinal.
  private(set) var kept: [Int: Entity] = [:]
  private let sharing = CitationSharing()

  /// A reader of records of the show `show` in the library at `path`.
  init(path: String, show: String) {
    self.path = path
    self.show = show
  }

  /// The entities read, in the show's order.
  var inOrder: [Entity] { kept.keys.sorted().compactMap { kept[$0] } }

  /// Reads the rows of `sql`, each an ordinal and a record, keeping those not read yet.
  mutating func read(_ db: Database, sql: String, _ arguments: StatementArguments) throws {
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

  /// Reads the entities with the given ids not read yet, each id at its first place.
  mutating func read(_ db: Database, ids: [String]) throws {
    let wanted = Set(ids).subtracting(kept.values.map(\.id)).sorted()
    for start in stride(from: 0, to: wanted.count, by: 500) {
      let batch = Array(wanted[start..<min(start + 500, wanted.count)])
      let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
      try read(
        db,
        sql: """
          SELECT min(ordinal), record FROM entity WHERE show = ? AND id IN (\(marks))
          GROUP BY id
          """, StatementArguments([show] + batch))
    }
  }
}
