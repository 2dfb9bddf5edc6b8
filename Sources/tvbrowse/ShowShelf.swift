import BrowserCore
import ShowLibrary
import ShowModel
import Synchronization

/// The shows the browser's Library view lists, and their catalogs: read from the library
/// when first needed, on whatever thread needs them, and kept for the rest of the run while
/// they hold no more than `keptEntities` entities in all (a search of thousands of
/// imported shows reads each again rather than holding them all).
final class ShowShelf: Sendable {
  /// The library file, when there is one.
  private let libraryPath: String?
  /// The shows, the built-in one first, and as the Library view lists them, in the same
  /// order; read again by `refresh`.
  private let lineup: Mutex<(shows: [LibraryShow], rows: [ShelfShow])>
  private let catalogs: Mutex<KeptCatalogs>
  /// The most entities the kept catalogs hold together (about a gigabyte with their
  /// search indexes); the built-in show's is always kept.
  static let keptEntities = 500_000
  /// The shows that could not be read, not tried again by every search.
  private let unreadable = Mutex<Set<String>>([])
  /// What the spoiler shield hides of each show's search results, by id: made for a show
  /// with marks when a search first needs it, and made again once the shows are read again.
  private let shields = Mutex<[String: ShieldedSearch]>([:])

  /// The built-in show and the shows of the library at `libraryPath`, if any.
  /// `progress` says where the person is in each show, by library id.
  init(
    libraryPath: String?, stored: [LibraryShow], progress: [String: ShelfProgress],
    builtIn: Catalog
  ) {
    self.libraryPath = libraryPath
    let builtInShow = LibraryAccess.builtInShow(builtIn)
    self.builtIn = builtIn
    lineup = Mutex(Self.lineup([builtInShow] + stored, progress: progress))
    catalogs = Mutex(
      KeptCatalogs(byID: [builtInShow.id: builtIn], entities: builtIn.entities.count))
  }

  /// The built-in show's catalog, whose episodes give its progress.
  private let builtIn: Catalog

  /// Where the person is in each show of `library` and in the built-in show, by library
  /// id; nothing without a library.
  static func progress(in library: Library?, builtIn: Catalog) throws(LibraryError) -> [String:
    ShelfProgress]
  {
    guard let library else { return [:] }
    let now = MarkFile.now()
    let today = String(now.prefix(10))
    var progress = try library.shelfProgress(today: today, now: now)
    let show = LibraryAccess.builtInShow(builtIn)
    let watched = try library.watchedEpisodes(of: show.markKey)
    if !watched.isEmpty {
      let episodes = EpisodeLine.episodes(of: builtIn)
      progress[show.id] = ShelfProgress(
        watched: watched.count,
        next: ShowProgress(episodes: episodes, watched: watched).next(today: today),
        airedSinceOpened: nil)
    }
    return progress
  }

  /// The shows as the Library view lists them, the built-in one first.
  var rows: [ShelfShow] { lineup.withLock { $0.rows } }

  /// True when the show `id` has an episode marked watched: until its marks are read, the
  /// spoiler shield hides whatever reveals a point.
  func hasMarks(_ id: String) -> Bool {
    lineup.withLock { $0.rows.contains { $0.id == id && $0.watched > 0 } }
  }

  private static func lineup(_ shows: [LibraryShow], progress: [String: ShelfProgress]) -> (
    shows: [LibraryShow], rows: [ShelfShow]
  ) {
    let rows = shows.map { show in
      var row = ShelfShow(
        id: show.id, name: show.name, years: ShowLine.years(show), status: show.status,
        network: show.network, seasons: show.seasons, episodes: show.episodes,
        watched: progress[show.id]?.watched ?? 0)
      row.next = progress[show.id]?.next?.code
      row.airedSinceOpened = progress[show.id]?.airedSinceOpened ?? 0
      return row
    }
    return (shows, rows)
  }

  /// Reads the library's shows again (another tvbrowse may have added, updated or removed
  /// some), forgetting the catalogs of those that changed or went; the rows, or nil when
  /// the library cannot be read now, which leaves the shows as they were.
  func refresh() -> [ShelfShow]? {
    guard let libraryPath, let library = try? Library.openExisting(path: libraryPath),
      let stored = try? library.shows(),
      let progress = try? Self.progress(in: library, builtIn: builtIn)
    else { return nil }
    let (old, fresh) = lineup.withLock { lineup in
      let old = lineup.shows
      lineup = Self.lineup(Array(old.prefix(1)) + stored, progress: progress)
      return (old, lineup)
    }
    let kept = Set(fresh.shows.filter { old.contains($0) }.map(\.id))
    catalogs.withLock { catalogs in
      // The built-in show, and a pack file opened under "", are not the library's.
      catalogs.byID = catalogs.byID.filter { kept.contains($0.key) || $0.key.isEmpty }
      catalogs.entities = catalogs.byID.values.reduce(0) { $0 + $1.entities.count }
    }
    unreadable.withLock { $0.formIntersection(kept) }
    // The marks may have changed meanwhile.
    shields.withLock { $0 = [:] }
    return fresh.rows
  }

  /// The catalog of the show `id`, read from the library the first time.
  func catalog(of id: String) throws(CommandFailure) -> Catalog {
    if let kept = catalogs.withLock({ $0.byID[id] }) { return kept }
    let pack: Pack?
    do {
      pack = try libraryPath.flatMap(Library.openExisting(path:))?.pack(of: id)
    } catch {
      throw CommandFailure(error.message)
    }
    guard let pack else { throw CommandFailure("the show \(id) is no longer in the library") }
    let catalog = Catalog(pack: consume pack)
    keep(catalog, for: id)
    return catalog
  }

  /// Keeps `catalog` as the show `id`'s, read already, letting others go while the kept
  /// ones hold more than `keptEntities` entities.
  func keep(_ catalog: Catalog, for id: String) {
    let builtInID = ShowSlug.builtIn
    catalogs.withLock { kept in
      kept.entities -= kept.byID.updateValue(catalog, forKey: id)?.entities.count ?? 0
      kept.entities += catalog.entities.count
      while kept.entities > Self.keptEntities,
        let other = kept.byID.keys.first(where: { $0 != id && $0 != builtInID })
      {
        kept.entities -= kept.byID.removeValue(forKey: other)?.entities.count ?? 0
      }
    }
  }

  /// Where the people of `catalog`, the show `id` (empty for a pack file), are in the
  /// other shows of the library; none when there is no library or it cannot be read.
  func otherShows(of catalog: Catalog, id: String) -> OtherShows {
    guard let libraryPath, let library = try? Library.openExisting(path: libraryPath),
      let found = try? library.otherShows(ofPeople: OtherShows.personKeys(in: catalog), in: id)
    else { return OtherShows() }
    return found
  }

  /// The watched episodes of the show `id`, as the library keeps them (none when it has no
  /// file yet), or why they cannot be kept or read: a pack file opened by its path is not
  /// in the library.
  func marks(of id: String) -> Result<ShowMarks, MarksProblem> {
    guard let show = lineup.withLock({ $0.shows.first { $0.id == id } }) else {
      return .failure(
        MarksProblem(
          message: "Marks are kept for the shows of the library: add this one with tvbrowse add"))
    }
    guard let libraryPath else {
      return .failure(MarksProblem(message: "No library to keep marks in: set TVBROWSE_LIBRARY"))
    }
    do {
      let watched =
        try Library.openExisting(path: libraryPath)?.watchedEpisodes(of: show.markKey) ?? []
      return .success(ShowMarks(key: show.markKey, watched: watched))
    } catch {
      return .failure(MarksProblem(message: "The marks cannot be read: \(error.message)"))
    }
  }

  /// Writes the marks of `request` to the library, made if need be, in one transaction;
  /// nil once they are committed, else what went wrong.
  func keep(_ request: MarkRequest) -> String? {
    guard let libraryPath else { return "no library: set TVBROWSE_LIBRARY, or HOME" }
    let at = MarkFile.now()
    let marks = request.episodes.map {
      EpisodeMark(key: request.key, episode: $0, watched: request.watched, at: at)
    }
    do {
      try Library.openOrCreate(path: libraryPath).record(marks)
      return nil
    } catch {
      return error.message
    }
  }

  /// What the spoiler shield hides of the search results of the show `id`, when it has
  /// marks: made the first time from its marks and its episodes in air order, then kept.
  private func shield(of id: String, catalog: Catalog, hasMarks: Bool) -> ShieldedSearch? {
    guard hasMarks else { return nil }
    if let kept = shields.withLock({ $0[id] }) { return kept }
    guard case .success(let marks) = marks(of: id) else { return nil }
    let keeper = SpoilerShield(airOrder: EpisodeLine.episodes(of: catalog), watched: marks.watched)
      .search(in: catalog)
    shields.withLock { $0[id] = keeper }
    return keeper
  }

  /// The entities of every show that match `query`, ranked together as `search --all`
  /// ranks them: at most `limit` of each show, then of all, and whether there were more.
  /// A show that cannot be read is left out.
  /// With `shielded`, what each show's spoiler shield hides stays hidden.
  func search(_ query: String, limit: Int = 200, shielded: Bool = true) -> (
    hits: [ShelfHit], areCut: Bool
  ) {
    var found: [(hit: CatalogHit, show: ShelfShow)] = []
    for (show, row) in zip(lineup.withLock { $0.shows }, rows)
    where !unreadable.withLock({ $0.contains(show.id) }) {
      guard let catalog = try? catalog(of: show.id) else {
        unreadable.withLock { _ = $0.insert(show.id) }
        continue
      }
      let keeper = shield(of: show.id, catalog: catalog, hasMarks: shielded && row.watched > 0)
      found += catalog.search(query, limit: limit).map { (keeper?.shielded($0) ?? $0, row) }
    }
    let hits = CrossShowRanking.merge(found, limit: limit).map {
      ShelfHit(show: $0.show, hit: $0.hit)
    }
    return (hits, found.count > limit)
  }

}

/// Why a show's marks cannot be kept or read, as the status line says it.
struct MarksProblem: Error {
  /// The message.
  let message: String
}

/// The catalogs a shelf keeps, by show id, and how many entities they hold together.
struct KeptCatalogs {
  var byID: [String: Catalog]
  var entities: Int
}
