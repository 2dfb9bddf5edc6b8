import ShowModel
import TerminalCells

/// Options the user sets on the command line that change how the browser looks or reads
/// input.
public struct BrowserOptions: Sendable, Equatable {
  /// Draw without colour: selection and focus by reverse video and bold only.
  public var monochrome: Bool
  /// React to mouse clicks and the wheel.
  public var mouse: Bool
  /// The keys, as the defaults or a keys file remapped them.
  public var keymap: Keymap
  /// A message for the status line of the first screen (the keys file was not used).
  public var notice: String?

  /// Creates options.
  public init(
    monochrome: Bool = false, mouse: Bool = true, keymap: Keymap = .standard,
    notice: String? = nil
  ) {
    self.monochrome = monochrome
    self.mouse = mouse
    self.keymap = keymap
    self.notice = notice
  }
}

/// The browser as a value: feed it events, ask it for frames. It never touches a terminal.
public struct Browser: Sendable {
  /// The whole state of the browser.
  public private(set) var state: BrowserState
  /// The options it was started with.
  public let options: BrowserOptions
  /// Keys for the results of a search still running, applied once they come.
  private var heldEvents: [InputEvent] = []

  /// A browser on `catalog`, at the start screen, for a terminal of the given size.
  public init(
    catalog: Catalog, width: Int, height: Int, options: BrowserOptions = BrowserOptions()
  ) {
    state = BrowserState(catalog: catalog, width: width, height: height)
    state.keymap = options.keymap
    state.message = options.notice
    self.options = options
  }

  /// Applies one event, searches and does the layout the next frame needs, however long
  /// they take.
  public mutating func handle(_ event: InputEvent) -> Outcome {
    let outcome = receive(event)
    finishPendingWork()
    return outcome
  }

  /// Does here, however long it takes, the searches, layout and find that the last event
  /// left to do.
  public mutating func finishPendingWork() {
    // Results that leave the list short ask for more, at least twice as many each time.
    while let query = pendingQuery { adopt(search(query, waitingForIndexes: true)) }
    _ = layOut(isInterrupted: { false })
    if let request = pendingFind, let matches = request.run(isInterrupted: { false }) {
      adopt(matches, for: request)
    }
  }

  /// The search query whose results the list waits for, if any: search with `search`, here
  /// or on another thread, and hand the results back with `adopt`.
  public var pendingQuery: String? { state.pendingQuery }

  /// The results for `query`; safe to call on another thread. Unless `waitingForIndexes`,
  /// a search that needs an index not built yet gives the results of the indexes that are,
  /// and has the rest built on another thread: `searchAgainOnceIndexed` then runs it again.
  public func search(_ query: String, waitingForIndexes: Bool = false) -> SearchResults {
    let found = state.results(for: query, waitingForIndexes: waitingForIndexes)
    return SearchResults(
      query: query, hits: found.hits, areCut: found.areCut, isComplete: found.isComplete)
  }

  /// True when the results listed lack tiers whose indexes are being built or were built
  /// since: call `searchAgainOnceIndexed` until it is false.
  public var awaitsIndex: Bool { state.resultsAwaitIndex }

  /// Asks for the results listed again when they lacked tiers whose indexes are built now;
  /// the search then waits in `pendingQuery`. True when it does.
  public mutating func searchAgainOnceIndexed() -> Bool {
    state.searchAgainOnceIndexed()
  }

  /// Lists the results of a search, if the browser still waits for them.
  /// Keys that were held for them are applied then, in order.
  public mutating func adopt(_ results: SearchResults) {
    state.adoptResults(
      results.hits, for: results.query, areCut: results.areCut, isComplete: results.isComplete)
    guard state.pendingQuery == nil, !heldEvents.isEmpty else { return }
    let held = heldEvents
    heldEvents.removeAll()
    for event in held { _ = BrowserUpdate.apply(event, to: &state) }
  }

  /// Applies one event and leaves long layout (an article in the reader) to `layOut`, so a
  /// loop can keep answering keys and signals while it is done.
  /// A key that acts on the results of a search still running (Enter, j, n, …) is held
  /// until they come, so `/name` Enter Enter opens the first result however fast it is
  /// typed; any other key or click but a repaint (Ctrl-L) drops what was held, as the
  /// person has moved on.
  public mutating func receive(_ event: InputEvent) -> Outcome {
    switch event {
    case .key(let key) where state.waitsForResults(key):
      heldEvents.append(event)
      return .ignored
    case .key(let key) where state.keymap.action(for: key, in: [KeyScope]()) == .repaint:
      // Repainting changes nothing the held keys act on: they stay held.
      return BrowserUpdate.apply(event, to: &state)
    case .key, .mouse, .interrupt:
      heldEvents.removeAll()
    case .resize:
      break
    }
    return BrowserUpdate.apply(event, to: &state)
  }

  /// The long layout the next frame needs, to be done here with `layOut` or on another
  /// thread and handed back with `adopt`; nil when there is none.
  public var pendingLayout: ReaderLayoutRequest? { state.pendingReaderLayout }

  /// Takes a layout done on another thread, if the browser still needs it.
  public mutating func adopt(_ content: ReaderContent, for request: ReaderLayoutRequest) {
    state.adopt(content, for: request)
  }

  /// The find in the reader's article still to run, to be run here or on another thread
  /// and handed back with `adopt`; nil when there is none.
  public var pendingFind: ReaderFindRequest? { state.pendingFind }

  /// Takes the matches of a find run on another thread, if the browser still needs them.
  public mutating func adopt(_ matches: [ReaderMatch], for request: ReaderFindRequest) {
    state.adopt(matches, for: request)
  }

  /// Does the layout the next frame needs. Returns false when `isInterrupted` (asked every
  /// few thousand characters) stopped it: the state is as before, and the next call starts
  /// over, after the loop has handled what interrupted it.
  public mutating func layOut(isInterrupted: () -> Bool) -> Bool {
    state.layOutReader(isInterrupted: isInterrupted)
  }

  /// Where a key asked to go outside this show, if it did; clears the request.
  public mutating func takeDeparture() -> Departure? {
    defer { state.departure = nil }
    return state.departure
  }

  /// Makes Back, once this show's history is spent, leave for the show `name`, or, for
  /// nil, say there is nothing to go back to.
  public mutating func leadBack(to name: String?) {
    state.backLeadsTo = name
  }

  /// Takes where the show's people are in other shows, found after the show opened. The
  /// details shown gain their links, the block selected staying selected.
  public mutating func adopt(_ otherShows: OtherShows) {
    let selection = state.view.details.selection
    let selected =
      state.detailBlocks.indices.contains(selection)
      ? state.detailBlocks[selection] : nil
    state.otherShows = otherShows
    state.refreshCaches()
    if let selected, let moved = state.detailBlocks.firstIndex(of: selected), moved != selection {
      state.view.details.selection = moved
      state.view.details.offset += moved - selection
    }
    state.clampScrolling()
    state.placeFrame()
  }

  /// Takes the show's watched episodes, read from the library after the show took the
  /// screen (and made ready off the loop's thread): the list marks them, and `w` and `W`
  /// can mark more.
  public mutating func adopt(_ watched: WatchedEpisodes) {
    state.watched = watched
    // What the spoiler shield hides follows the marks: the list and the details again.
    state.refreshCaches()
    state.placeFrame()
  }

  /// Says why the show's marks cannot be kept or read (a pack file, a library that
  /// cannot be read): `w` and `W` then say so.
  public mutating func marksUnavailable(because reason: String) {
    state.marksProblem = reason
    state.shield = state.shield.notAwaitingMarks()
    state.refreshCaches()
    state.placeFrame()
  }

  /// Says that the show's marks are being read: until they come (`adopt`) or cannot be
  /// (`marksUnavailable`), the spoiler shield hides whatever reveals a point, as the
  /// watched point is not known yet.
  public mutating func awaitMarks() {
    guard state.watched == nil else { return }
    state.shield = state.shield.awaitingMarks()
    state.refreshCaches()
    state.placeFrame()
  }

  /// Turns the spoiler shield off, as `S` did in another show of this run.
  public mutating func showEverySpoiler() {
    state.shield.turnOff()
    state.refreshCaches()
    state.placeFrame()
  }

  /// The marks `w` or `W` asked for, to be written to the library and handed back with
  /// `confirm` (or `failMarks`).
  public var pendingMarks: MarkRequest? { state.pendingMarks }

  /// Shows the marks of `request` as kept, now that the library has them, and says so.
  public mutating func confirm(_ request: MarkRequest) {
    state.confirm(request)
    state.refreshCaches()
    state.placeFrame()
  }

  /// Drops the marks of `request`, which the library could not keep, and says why.
  public mutating func failMarks(_ request: MarkRequest, because reason: String) {
    state.failMarks(request, because: reason)
    state.placeFrame()
  }

  /// Says `message` on the status line, until the next key.
  public mutating func say(_ message: String) {
    state.message = message
  }

  /// Opens the details of the entity `id`, as following a link to it does; Back returns
  /// to where the browser was, unless `keepingHistory` is false. Nothing happens when the
  /// show has no such entity.
  public mutating func openEntity(_ id: String, keepingHistory: Bool = true) {
    state.open(.entity(id))
    if !keepingHistory { state.back.removeAll() }
    state.refreshCaches()
    state.placeFrame()
  }

  /// Renders the current state into a frame.
  public func render() -> ScreenBuffer {
    BrowserRenderer(state: state, options: options).render()
  }
}

/// The results of a search for the list, with the query they are for.
public struct SearchResults: Sendable {
  /// The query.
  public let query: String
  /// The hits, best first.
  let hits: [CatalogHit]
  /// True when the search found more than `hits`.
  let areCut: Bool
  /// False when the hits lack tiers whose indexes were still being built.
  let isComplete: Bool
}
