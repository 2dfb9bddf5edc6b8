import BrowserCore
import ShowModel
import TerminalCells
import TerminalUI

/// The browser as the terminal session runs it: events go to the browser, and its long
/// work (the layout of a huge article, a search, reading a show from the library) runs on
/// worker threads between frames.
struct BrowserProgram: TerminalProgram {
  private var library: LibraryBrowser
  private let shelf: ShowShelf
  /// Records the show opened from the Library view, for the subcommands to answer about;
  /// called on a worker thread.
  private let recordOpened: @Sendable (String) -> Void
  private var tasks = ShowTasks()
  private var opening: BackgroundTask<ShowRequest, OpenedShow>?
  private var shelfSearch: BackgroundTask<String, (hits: [ShelfHit], areCut: Bool)>?
  /// Finds where the open show's people are in other shows, for the browser it names.
  private var links: BackgroundTask<Int, OtherShows>?
  /// Reads the open show's marks, for the browser it names: one query, apart from the
  /// slower links so that `w` works at once.
  private var markReading: BackgroundTask<Int, Result<WatchedEpisodes, MarksProblem>>?
  /// The showing (`LibraryBrowser.showings`) whose marks were asked for last.
  private var marksRead = -1
  /// Writes the marks the show open asked for.
  private var marking: BackgroundTask<MarkRequest, String?>?
  /// The browser (`LibraryBrowser.openings`) whose links were asked for last.
  private var linked = 0

  /// Runs `library`, whose shows and catalogs `shelf` holds; `reading` is the show it
  /// opens on, being read, when only its outline was.
  init(
    library: LibraryBrowser, shelf: ShowShelf,
    reading: BackgroundTask<ShowRequest, OpenedShow>? = nil,
    recordOpened: @escaping @Sendable (String) -> Void
  ) {
    self.library = library
    self.shelf = shelf
    self.recordOpened = recordOpened
    opening = reading
  }

  /// Starts reading the show `request` names from `shelf` on a worker thread; `record`
  /// then records it as the show opened last. `withRelations` builds the show's relations
  /// there too, for a show whose outline is on the screen meanwhile: the keys held for it
  /// then find them built.
  static func startReading(
    _ request: ShowRequest, from shelf: ShowShelf, withRelations: Bool = false,
    record: @escaping @Sendable (String) -> Void = { _ in }
  ) -> BackgroundTask<ShowRequest, OpenedShow> {
    BackgroundTask(key: request) { _ in
      do throws(CommandFailure) {
        let catalog = try shelf.catalog(of: request.show)
        if withRelations { catalog.prepareRelations() }
        // Here, not on the loop's thread: the library may wait for another writer.
        record(request.show)
        return OpenedShow.catalog(catalog)
      } catch {
        return OpenedShow.failure(error.message)
      }
    }
  }

  mutating func takeHeldEvent() -> InputEvent? {
    library.takeHeldEvent()
  }

  mutating func receive(_ event: InputEvent) -> Outcome {
    library.receive(event)
  }

  mutating func prepareFrame() -> Bool {
    // Back on the Library view, the shows are read again: another tvbrowse may have added
    // or removed some meanwhile (one query). A library that cannot be read then leaves the
    // shows as they were listed.
    if library.takeReturnToShelf(), let rows = shelf.refresh() {
      library.replaceShows(rows)
    }
    opening = updateOpening(task: opening)
    shelfSearch = updateShelfSearch(task: shelfSearch)
    links = updateLinks(task: links)
    markReading = updateMarkReading(task: markReading)
    marking = updateMarking(task: marking)
    var busy =
      opening != nil || shelfSearch != nil || links != nil || markReading != nil
      || marking != nil
    if !library.showsShelf, library.browser != nil, !library.isOutlined {
      busy = tasks.prepare(&library.browser!) || busy
    } else {
      // The show kept behind the Library view waits: its work is dropped until it shows.
      tasks.cancel()
    }
    return busy
  }

  func render() -> ScreenBuffer {
    library.render()
  }

  mutating func finish() {
    tasks.cancel()
    // A mark being written when the browser quits is let finish: it is one transaction.
    _ = marking?.waitBriefly(upTo: .seconds(2))
  }

  /// Reads the show the Library view asks for on a worker thread, and hands it over.
  private mutating func updateOpening(task: BackgroundTask<ShowRequest, OpenedShow>?)
    -> BackgroundTask<ShowRequest, OpenedShow>?
  {
    guard let request = library.pendingOpen else { return nil }
    guard let task, task.key == request else {
      // A show asked for before this one is not waited for.
      task?.cancel()
      let started = Self.startReading(request, from: shelf, record: recordOpened)
      return updateOpening(task: started.waitBriefly())
    }
    guard task.isDone, let result = task.result else { return task }
    switch result {
    case .catalog(let catalog):
      // The search and layout tasks were for the show left behind.
      tasks.cancel()
      tasks = ShowTasks()
      library.adopt(catalog, for: request)
    case .failure(let message):
      library.failToOpen(request, because: message)
    }
    return nil
  }

  /// Finds on a worker thread, once the show is on screen, where the people of the show
  /// open are in the library's other shows, and hands that over: a large show's people
  /// take a while to look up, and the first frame does not wait for them.
  private mutating func updateLinks(task: BackgroundTask<Int, OtherShows>?)
    -> BackgroundTask<Int, OtherShows>?
  {
    if let task {
      guard task.isDone else { return task }
      if let found = task.result { library.adopt(found, forOpening: task.key) }
    }
    let opening = library.openings
    guard opening != linked, !library.isOutlined, let id = library.openShow,
      let catalog = library.browser?.state.catalog
    else { return nil }
    linked = opening
    let shelf = shelf
    return BackgroundTask(key: opening) { _ in shelf.otherShows(of: catalog, id: id) }
  }

  /// Reads on a worker thread the marks of the show that just took the screen, and hands
  /// them over: again on each return to it, as another tvbrowse may have changed them.
  private mutating func updateMarkReading(
    task: BackgroundTask<Int, Result<WatchedEpisodes, MarksProblem>>?
  ) -> BackgroundTask<Int, Result<WatchedEpisodes, MarksProblem>>? {
    if let task {
      guard task.isDone else { return task }
      switch task.result {
      case .success(let watched)?: library.adopt(watched, forShowing: task.key)
      case .failure(let problem)?:
        library.marksUnavailable(because: problem.message, forShowing: task.key)
      case nil: break
      }
    }
    let showing = library.showings
    guard showing != marksRead, !library.showsShelf, !library.isOutlined, let id = library.openShow,
      let catalog = library.browser?.state.catalog
    else { return nil }
    marksRead = showing
    let shelf = shelf
    // Read again for a show already on screen, its episodes keep their air order.
    let before = library.browser?.state.watched
    // Until the marks of a show that has some come, the shield hides whatever reveals a
    // point (a show without marks hides nothing, and is not made to flicker).
    if shelf.hasMarks(id) {
      library.awaitMarks(forShowing: showing)
    }
    return BackgroundTask(key: showing) { _ in
      shelf.marks(of: id).map { marks in
        before?.key == marks.key
          ? before!.replacing(marks) : WatchedEpisodes(marks, catalog: catalog)
      }
    }
  }

  /// Writes the marks the show open asks for on a worker thread (the library may wait for
  /// another writer), and shows them once they are committed.
  private mutating func updateMarking(task: BackgroundTask<MarkRequest, String?>?)
    -> BackgroundTask<MarkRequest, String?>?
  {
    if let task {
      guard task.isDone else { return task }
      if let problem = task.result ?? "the marks were not written" {
        library.failMarks(task.key, because: problem)
      } else {
        library.confirm(task.key)
      }
    }
    guard let request = library.pendingMarks else { return nil }
    let shelf = shelf
    let started = BackgroundTask<MarkRequest, String?>(key: request) { _ in shelf.keep(request) }
      .waitBriefly()
    guard started.isDone else { return started }
    return updateMarking(task: started)
  }

  /// Searches every show on a worker thread for the query the Library view waits for, one
  /// search at a time, and hands the results over.
  private mutating func updateShelfSearch(
    task: BackgroundTask<String, (hits: [ShelfHit], areCut: Bool)>?
  ) -> BackgroundTask<String, (hits: [ShelfHit], areCut: Bool)>? {
    if let task {
      guard task.isDone else { return task }
      if let found = task.result {
        library.adopt(found.hits, areCut: found.areCut, for: task.key)
      }
    }
    guard let query = library.pendingSearch else { return nil }
    let shelf = shelf
    let shielded = !library.showsEverySpoiler
    let started = BackgroundTask(key: query) { _ in shelf.search(query, shielded: shielded) }
      .waitBriefly()
    guard started.isDone else { return started }
    return updateShelfSearch(task: started)
  }
}

/// A show read for the Library view, or why it could not be.
enum OpenedShow: Sendable {
  /// Its catalog.
  case catalog(Catalog)
  /// The message that says why not.
  case failure(String)
}
