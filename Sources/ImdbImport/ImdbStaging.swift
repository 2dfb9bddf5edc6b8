import GRDB
import ShowLibrary
import ShowModel

/// IMDb's rows as an import keeps them while it builds the shows: the series, mini-series
/// and episodes with their ratings, and the principals of the kept titles, in a file of
/// their own removed when the import ends; every person in the new file itself
/// (`imdb_name`, attached as `final`), since every person is to be searchable. Each row is
/// checked against the files read before it, through sets of the ids kept so far.
/// Sendable by hand: its sets of ids change only while the files are read, on one thread,
/// and the build that `ShowPipeline` runs on another only reads the database, which
/// serialises its own access.
final class ImdbStaging: @unchecked Sendable {
  let database: DatabaseQueue
  /// The staging file's path.
  let path: String
  private var series = IDSet()
  private var kept = IDSet()
  private var names = IDSet()

  /// The tables: the build's in a new file at `path`, the people's in the new library
  /// file at `finalPath`.
  init(path: String, finalPath: String) throws {
    self.path = path
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    // Both files are renamed into place or removed only once they are whole: a crash
    // leaves files that the next import removes, so nothing is forced to disk here.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = OFF")
      try db.execute(sql: "PRAGMA journal_mode = OFF")
    }
    database = try DatabaseQueue(path: path, configuration: configuration)
    try database.writeWithoutTransaction { db in
      try db.execute(sql: "ATTACH DATABASE ? AS final", arguments: [finalPath])
      try db.execute(sql: "PRAGMA final.synchronous = OFF")
      try db.execute(
        sql: """
          CREATE TABLE imdb_title (id INTEGER PRIMARY KEY, type INTEGER NOT NULL,
            title TEXT NOT NULL, original TEXT, start INTEGER, "end" INTEGER, runtime INTEGER,
            genres TEXT);
          CREATE TABLE imdb_episode (id INTEGER PRIMARY KEY, series INTEGER NOT NULL,
            season INTEGER, number INTEGER);
          CREATE TABLE imdb_principal (title INTEGER NOT NULL, ordering INTEGER NOT NULL,
            name INTEGER NOT NULL, category TEXT NOT NULL, job TEXT, characters TEXT);
          CREATE TABLE imdb_rating (title INTEGER PRIMARY KEY, rating REAL NOT NULL,
            votes INTEGER NOT NULL);
          CREATE TABLE final.imdb_name (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
            birth INTEGER, death INTEGER, professions TEXT, known TEXT);
          """)
    }
  }

  /// Closes the staging file and removes it.
  func remove() {
    try? database.close()
    ImdbImporter.remove(path)
  }

  /// The title types kept, by their code in `imdb_title.type`.
  static let keptTypes = ["tvSeries": 0, "tvMiniSeries": 1, "tvEpisode": 2]

  // MARK: - Rows

  /// Keeps a title.basics row of a series, mini-series or episode; skips any other title.
  func titleBasics(_ row: TSVRow, _ db: Database) throws {
    guard let type = try row.text(1).flatMap({ Self.keptTypes[$0] }) else { return }
    let id = try Self.id(row, 0, .title)
    let arguments: StatementArguments = [
      id, type, try row.requiredText(2), try row.text(3), try row.integer(5), try row.integer(6),
      try row.integer(7), try row.text(8),
    ]
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO imdb_title VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .execute(arguments: arguments)
    if db.changesCount == 0 { throw TSVRow.Problem("\(ImdbID.title(id)) is listed again") }
    kept.insert(id)
    if type < 2 { series.insert(id) }
  }

  /// Keeps an episode whose series title.basics lists.
  func titleEpisode(_ row: TSVRow, _ db: Database) throws {
    let id = try Self.id(row, 0, .title)
    let parent = try Self.id(row, 1, .title)
    guard series.contains(parent) else {
      throw TSVRow.Problem(
        "the series of episode \(ImdbID.title(id)), \(ImdbID.title(parent)), is not a series in title.basics"
      )
    }
    let arguments: StatementArguments = [id, parent, try row.integer(2), try row.integer(3)]
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO imdb_episode VALUES (?, ?, ?, ?)")
      .execute(arguments: arguments)
    if db.changesCount == 0 { throw TSVRow.Problem("\(ImdbID.title(id)) is listed again") }
    kept.insert(id)
  }

  /// Keeps every person.
  func nameBasics(_ row: TSVRow, _ db: Database) throws {
    let id = try Self.id(row, 0, .name)
    let arguments: StatementArguments = [
      id, try row.requiredText(1), try row.integer(2), try row.integer(3), try row.text(4),
      try row.text(5),
    ]
    try db.cachedStatement(sql: "INSERT OR IGNORE INTO final.imdb_name VALUES (?, ?, ?, ?, ?, ?)")
      .execute(arguments: arguments)
    if db.changesCount == 0 {
      throw TSVRow.Problem("\(ImdbID.person(id)) is listed again")
    }
    names.insert(id)
  }

  /// Keeps a principal of a kept title whose person name.basics lists.
  func titlePrincipals(_ row: TSVRow, _ db: Database) throws {
    let title = try Self.id(row, 0, .title)
    guard kept.contains(title) else { return }
    let person = try Self.id(row, 2, .name)
    guard names.contains(person) else {
      throw TSVRow.Problem(
        "the person \(ImdbID.person(person)) of \(ImdbID.title(title)) is not in name.basics"
      )
    }
    let characters = try row.text(5)
    if let characters, CharacterList.parse(characters) == nil {
      throw TSVRow.Problem(
        "characters is not a JSON list of names: \"\(SafeText.echo(characters))\"")
    }
    guard let ordering = try row.integer(1) else { throw TSVRow.Problem("ordering is missing") }
    let arguments: StatementArguments = [
      title, ordering, person, try row.requiredText(3), try row.text(4), characters,
    ]
    try db.cachedStatement(sql: "INSERT INTO imdb_principal VALUES (?, ?, ?, ?, ?, ?)")
      .execute(arguments: arguments)
  }

  /// Keeps the rating of a kept title.
  func titleRatings(_ row: TSVRow, _ db: Database) throws {
    let title = try Self.id(row, 0, .title)
    guard kept.contains(title) else { return }
    guard let rating = try row.decimal(1) else { throw TSVRow.Problem("averageRating is missing") }
    guard rating >= 0 && rating <= EpisodeRating.highest else {
      throw TSVRow.Problem("averageRating is not from 0 to 10: \(rating)")
    }
    guard let votes = try row.integer(2) else { throw TSVRow.Problem("numVotes is missing") }
    try db.cachedStatement(sql: "INSERT OR REPLACE INTO imdb_rating VALUES (?, ?, ?)")
      .execute(arguments: [title, rating, votes])
  }

  /// An id that the sets of kept ids can hold.
  private static func id(_ row: TSVRow, _ field: Int, _ prefix: IDPrefix) throws -> Int {
    let id = try row.id(field, prefix: prefix)
    guard id <= IDSet.limit else {
      throw TSVRow.Problem(
        "\(row.names[field]) is beyond the ids this import takes (\(IDSet.limit))")
    }
    return id
  }

  // MARK: - Reading back, a series at a time

  /// Makes the indexes that reading a series back needs, once every row is in.
  func index() throws {
    try database.write { db in
      try db.execute(
        sql: """
          CREATE INDEX imdb_episode_by_series ON imdb_episode (series, season, number);
          CREATE INDEX imdb_principal_by_title ON imdb_principal (title, ordering);
          """)
    }
  }

  /// How many series and mini-series there are.
  func seriesCount() throws -> Int {
    try database.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM imdb_title WHERE type < 2") ?? 0
    }
  }

  /// Up to `limit` series after the one numbered `after`, by number.
  func series(after: Int, limit: Int) throws -> [SeriesRow] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT t.id, t.type, t.title, t.original, t.start, t."end", t.runtime, t.genres,
            r.rating, r.votes
          FROM imdb_title t LEFT JOIN imdb_rating r ON r.title = t.id
          WHERE t.type < 2 AND t.id > ? ORDER BY t.id LIMIT ?
          """, arguments: [after, limit]
      ).map { row in
        SeriesRow(
          id: row[0], isMiniSeries: row[1] == 1, title: row[2], originalTitle: row[3],
          start: row[4], end: row[5], runtime: row[6], genres: row[7], rating: row[8],
          votes: row[9])
      }
    }
  }

  /// The columns of a principal and its person, for the queries that add where and order.
  private static let principalsSQL = """
    SELECT p.title, p.name, p.category, p.job, p.characters, n.name, n.birth, n.death,
      n.professions
    FROM imdb_principal p JOIN final.imdb_name n ON n.id = p.name
    """

  /// The series' episodes, by season and number (no season last), and the principals of
  /// the series and of its episodes, each title's in their order.
  func parts(of series: Int) throws -> (episodes: [EpisodeRow], principals: [PrincipalRow]) {
    try database.read { db in
      let episodes = try Row.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT e.id, e.season, e.number, t.title, t.start, t.runtime, r.rating, r.votes
            FROM imdb_episode e LEFT JOIN imdb_title t ON t.id = e.id
            LEFT JOIN imdb_rating r ON r.title = e.id
            WHERE e.series = ? ORDER BY e.season IS NULL, e.season, e.number IS NULL, e.number, e.id
            """), arguments: [series]
      ).map { row in
        EpisodeRow(
          id: row[0], season: row[1], number: row[2], title: row[3], year: row[4],
          runtime: row[5], rating: row[6], votes: row[7])
      }
      // The series' own principals, then every episode's, in one query each.
      let own = try Row.fetchAll(
        db.cachedStatement(sql: Self.principalsSQL + " WHERE p.title = ? ORDER BY p.ordering"),
        arguments: [series])
      let ofEpisodes = try Row.fetchAll(
        db.cachedStatement(
          sql: Self.principalsSQL
            + " JOIN imdb_episode e ON e.id = p.title WHERE e.series = ? ORDER BY p.title, p.ordering"
        ),
        arguments: [series])
      let rows = (own + ofEpisodes).map { row in
        PrincipalRow(
          title: row[0], person: row[1], category: row[2], job: row[3],
          characters: (row[4] as String?).flatMap(CharacterList.parse) ?? [], name: row[5],
          birth: row[6], death: row[7], professions: row[8])
      }
      return (episodes, principals: rows)
    }
  }
}
