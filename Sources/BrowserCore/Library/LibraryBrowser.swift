import ShowModel
import TerminalCells

/// The browser with the Library view: every show in one table, a search across all of
/// them, and the show opened from it in a `Browser` (`0` there returns to the table). It
/// never touches a terminal or a file: opening a show and searching every show are
/// requests (`pendingOpen`, `pendingSearch`) that the program carries out, on another
/// thread if it likes, and hands back (`adopt`).
public struct LibraryBrowser: Sendable {
  /// The Library view's state.
  public private(set) var shelf: Shelf
  /// The browser of the show opened last, kept to return to; it has the screen unless
  /// the Library view does.
  public var browser: Browser?
  /// The library id of the show in `browser`.
  public private(set) var openShow: String?
  /// True while the Library view has the screen.
  public private(set) var showsShelf: Bool
  /// The show to open, while it is read.
  public private(set) var pendingOpen: ShowRequest?
  /// How many times a show's browser was made: the number of the one in `browser`.
  public private(set) var openings = 0
  /// Counts the times a show took the screen (opened, or come back to from the Library
  /// view): its marks are read again each time, as another tvbrowse may have changed them.
  public private(set) var showings = 0
  /// True when a show gave the screen back to the Library view, until taken.
  private var cameBackToShelf = false
  /// True once `S` turned the spoiler shield off in a show of this run: every show opened
  /// after shows everything too.
  private var spoilersShown = false
  /// The options the browser was started with.
  public let options: BrowserOptions
  /// The shows left by following a link to another show, the last left last, each at
  /// the entity it was left from: Back returns to them.
  private var trail: [TrailStep] = []
  /// Where the show on screen was left from, while the link's show is read.
  private var leaving: TrailStep?
  /// True while `browser` holds the outline of the show being read (`pendingOpen`): it
  /// draws the show's first screen, and the events that come meanwhile are held.
  public private(set) var isOutlined = false
  /// The events that came while the outline showed, applied in order once the show is
  /// read.
  private var held = HeldEvents()

  /// A show left by a link: its browser as it was left, history and all, and its id.
  private struct TrailStep: Sendable {
    var browser: Browser
    var show: String
    /// The show's name, for the status line.
    var name: String { browser.state.catalog.show.name }
  }

  /// The Library view of `shows`, for a terminal of the given size, with the show
  /// `selecting` selected, if it is there.
  public init(
    shows: [ShelfShow], selecting: String? = nil, width: Int, height: Int,
    options: BrowserOptions
  ) {
    shelf = Shelf(shows: shows, keymap: options.keymap, width: width, height: height)
    showsShelf = true
    self.options = options
    shelf.message = options.notice
    if let index = shows.firstIndex(where: { $0.id == selecting }) { shelf.move(by: index) }
  }

  /// The show `id` open at its start, its catalog at hand, with the Library view of
  /// `shows` a key (`0`) away. A catalog that holds the show's outline draws its first
  /// screen while the show is read (`pendingOpen`); what is typed meanwhile waits for it.
  public init(
    shows: [ShelfShow], open id: String, catalog: Catalog, width: Int, height: Int,
    options: BrowserOptions
  ) {
    self.init(shows: shows, selecting: id, width: width, height: height, options: options)
    shelf.message = nil
    browser = Browser(catalog: catalog, width: width, height: height, options: options)
    openings += 1
    openShow = id
    showsShelf = false
    shelf.canReturn = true
    if catalog.outlineCounts != nil {
      isOutlined = true
      pendingOpen = ShowRequest(show: id)
    }
  }

  /// The query whose results across every show the Library view waits for: search with
  /// whatever holds every show, and hand the results back with `adopt(_:for:)`.
  public var pendingSearch: String? { shelf.pendingQuery }

  /// Applies one event and leaves the work it asks for to the caller: the show's browser
  /// takes it while it has the screen (see `Browser.receive`), the Library view otherwise.
  public mutating func receive(_ event: InputEvent) -> Outcome {
    if isOutlined { return hold(event) }
    if case .resize = event {
      _ = shelf.apply(event)
      // The show kept behind the Library view takes the size too, to come back drawn right.
      if showsShelf, browser != nil { _ = browser!.receive(event) }
    }
    if !showsShelf, browser != nil {
      let outcome = browser!.receive(event)
      switch browser!.takeDeparture() {
      case nil:
        return outcome
      case .library:
        showsShelf = true
        cameBackToShelf = true
      case .otherShow(let other):
        // The show stays on screen until the other one is read; Back there returns here.
        browser!.say("Opening \(other.showName)…")
        leaving = openShow.map { TrailStep(browser: browser!, show: $0) }
        open(ShowRequest(show: other.show, entity: other.entity))
      case .previousShow:
        // A link's show still being read is not gone to: the show before comes back as it
        // was left.
        leaving = nil
        pendingOpen = nil
        if let previous = trail.popLast() {
          browser = previous.browser
          openShow = previous.show
          openings += 1
          browser!.leadBack(to: trail.last?.name)
        }
      }
      return .redraw
    }
    if case .resize = event { return .redraw }
    switch shelf.apply(event) {
    case .done(let outcome): return outcome
    case .returnToShow:
      showsShelf = false
      showings += 1
      return .redraw
    case .open(let request):
      leaving = nil
      open(request)
      return .redraw
    }
  }

  /// Holds `event` until the show whose outline shows is read: all but Ctrl-C, which quits
  /// at once (the screen shows no line it could cancel), and a first event that quits
  /// (`q`) or repaints (Ctrl-L), which acts now. A resize redraws the outline, and is held
  /// too behind what was held before it.
  private mutating func hold(_ event: InputEvent) -> Outcome {
    guard var outline = browser else { return .ignored }
    switch event {
    case .resize:
      // Held too, behind what came before it, once something is.
      if !held.isEmpty { held.append(event, at: (width, height)) }
      _ = shelf.apply(event)
      defer { browser = outline }
      return outline.receive(event)
    case .interrupt:
      return .quit
    case .key, .mouse:
      if held.isEmpty {
        let outcome = outline.receive(event)
        if outcome == .quit || outcome == .repaint { return outcome }
      }
      held.append(event, at: (width, height))
      return .ignored
    }
  }

  /// The next event held while the outline showed, once the show is read, to be applied
  /// (`receive`) as if it came now; nil when none waits.
  public mutating func takeHeldEvent() -> InputEvent? {
    isOutlined ? nil : held.take()
  }

  /// Applies one event, and does here what the show's browser asks (`Browser.handle`);
  /// `open` and `search` carry out the Library view's requests at once, and a show opened
  /// then takes the links to other shows that `otherShows` finds for it and the marks
  /// `marks` reads, as the program hands them over after its first frame; `keep` writes
  /// the marks asked for, or says why it could not.
  public mutating func handle(
    _ event: InputEvent, open: (ShowRequest) -> Catalog?,
    otherShows: (_ show: String) -> OtherShows = { _ in OtherShows() },
    marks: (_ show: String) -> ShowMarks? = { _ in nil },
    keep: (MarkRequest) -> String? = { _ in "nothing keeps marks here" },
    search: (String) -> [ShelfHit]
  ) -> Outcome {
    var outcome = receive(event)
    if outcome == .quit { return .quit }
    if !showsShelf, browser != nil { browser!.finishPendingWork() }
    if let request = pendingMarks {
      // `keep` writes them, or says why it could not.
      if let problem = keep(request) {
        failMarks(request, because: problem)
      } else {
        confirm(request)
      }
    }
    if let request = pendingOpen {
      if let catalog = open(request) {
        adopt(catalog, for: request)
        adopt(otherShows(request.show), forOpening: openings)
        if let found = marks(request.show), let catalog = browser?.state.catalog {
          adopt(WatchedEpisodes(found, catalog: catalog), forShowing: showings)
        }
      } else {
        failToOpen(request, because: "cannot open \(request.show)")
      }
    }
    if let query = pendingSearch { adopt(search(query), for: query) }
    while let event = takeHeldEvent() {
      let heldOutcome = handle(
        event, open: open, otherShows: otherShows, marks: marks, keep: keep, search: search)
      if heldOutcome == .quit { return .quit }
      if heldOutcome != .ignored { outcome = heldOutcome }
    }
    return outcome
  }

  /// The terminal's size.
  public var width: Int { shelf.width }
  /// The terminal's size.
  public var height: Int { shelf.height }

  /// Takes the catalog of a show asked for, if it is still wanted, and shows it.
  public mutating func adopt(_ catalog: Catalog, for request: ShowRequest) {
    guard request == pendingOpen else { return }
    pendingOpen = nil
    // A message said over the outline stays for the show.
    let message = isOutlined ? browser?.state.message : nil
    isOutlined = false
    // `S` turned the shield off until the browser quits, not only in the show it was in.
    if browser?.state.shield.isOn == false { spoilersShown = true }
    // Held clicks land where they were aimed; the resizes held after them follow.
    let size = held.firstSize ?? (width, height)
    browser = Browser(catalog: catalog, width: size.width, height: size.height, options: options)
    if spoilersShown { browser!.showEverySpoiler() }
    if let message { browser!.say(message) }
    openings += 1
    openShow = request.show
    show(request)
  }

  /// True once each time a show gives the screen back to the Library view (`0`): the
  /// library may have changed meanwhile, and its shows can be read again.
  public mutating func takeReturnToShelf() -> Bool {
    defer { cameBackToShelf = false }
    return cameBackToShelf
  }

  /// Lists `shows` in the Library view instead, read again from the library.
  public mutating func replaceShows(_ shows: [ShelfShow]) {
    shelf.replaceShows(shows)
  }

  /// Says `message` on the status line of what has the screen, until the next key.
  public mutating func say(_ message: String) {
    if !showsShelf, browser != nil {
      browser!.say(message)
    } else {
      shelf.message = message
    }
  }

  /// Takes where the people of the show open are in other shows, if the browser they were
  /// found for (`opening`) is still the one open.
  public mutating func adopt(_ otherShows: OtherShows, forOpening opening: Int) {
    guard opening == openings, browser != nil else { return }
    browser!.adopt(otherShows)
  }

  /// Takes the watched episodes of the show open, if they were read for the showing
  /// (`showings`) still on screen.
  public mutating func adopt(_ watched: WatchedEpisodes, forShowing showing: Int) {
    guard showing == showings, browser != nil else { return }
    browser!.adopt(watched)
  }

  /// Says why the marks of the show open cannot be kept or read, if this was found for
  /// the showing (`showings`) still on screen.
  public mutating func marksUnavailable(because reason: String, forShowing showing: Int) {
    guard showing == showings, browser != nil else { return }
    browser!.marksUnavailable(because: reason)
  }

  /// True once `S` turned the spoiler shield off in a show of this run: the search across
  /// every show then hides nothing either.
  public var showsEverySpoiler: Bool { spoilersShown || browser?.state.shield.isOn == false }

  /// Says that the marks of the show open are being read, for the showing `showing`.
  public mutating func awaitMarks(forShowing showing: Int) {
    guard showing == showings, browser != nil else { return }
    browser!.awaitMarks()
  }

  /// The marks the show open asked for, to be written to the library.
  public var pendingMarks: MarkRequest? { browser?.pendingMarks }

  /// Shows the marks of `request` as kept, if the show that asked is still open.
  public mutating func confirm(_ request: MarkRequest) {
    browser?.confirm(request)
  }

  /// Drops the marks of `request`, which could not be kept, and says why.
  public mutating func failMarks(_ request: MarkRequest, because reason: String) {
    browser?.failMarks(request, because: reason)
  }

  /// Says on the status line why a show asked for could not be opened.
  public mutating func failToOpen(_ request: ShowRequest, because message: String) {
    guard request == pendingOpen else { return }
    pendingOpen = nil
    leaving = nil
    if isOutlined {
      // The outline never becomes a browser: the Library view says why, and what was held
      // is dropped.
      isOutlined = false
      held = HeldEvents()
      browser = nil
      openShow = nil
      showsShelf = true
      shelf.canReturn = false
    }
    say(message)
  }

  /// Takes the results of a search across every show, if the Library view still waits
  /// for them; `areCut` when the search found more than `hits`.
  public mutating func adopt(_ hits: [ShelfHit], areCut: Bool = false, for query: String) {
    shelf.adopt(hits, areCut: areCut, for: query)
  }

  /// Renders the current state into a frame.
  public func render() -> ScreenBuffer {
    if !showsShelf, let browser { return browser.render() }
    let opening = pendingOpen.flatMap { request in
      shelf.shows.first { $0.id == request.show }?.name ?? request.show
    }
    return ShelfRenderer(
      shelf: shelf, theme: Theme(monochrome: options.monochrome), opening: opening
    ).render()
  }

  /// Opens the show `request` names: at once when its browser is the one kept, else once
  /// its catalog is read.
  private mutating func open(_ request: ShowRequest) {
    guard request.show == openShow, browser != nil else {
      pendingOpen = request
      return
    }
    pendingOpen = nil
    show(request)
  }

  /// Gives the screen to the show's browser, at the entity asked for. A show reached by
  /// a link leads Back to the show it was left from; one opened from the Library view
  /// starts a new trail; one returned to by Back leads to the step before.
  private mutating func show(_ request: ShowRequest) {
    // Reached by a link, the show opens on the entity with no history of its own: Back
    // returns to the show the link was in.
    if let entity = request.entity {
      browser!.openEntity(entity, keepingHistory: leaving == nil)
    }
    if let leaving {
      trail.append(leaving)
    } else if showsShelf {
      trail.removeAll()
    }
    leaving = nil
    browser!.leadBack(to: trail.last?.name)
    showsShelf = false
    shelf.canReturn = true
    showings += 1
  }
}

/// Events held in order, taken one at a time, with the size of the screen when the first
/// came.
private struct HeldEvents: Sendable {
  private var events: [InputEvent] = []
  /// Where the events still to take begin.
  private var next = 0
  /// The size of the screen when the first event still held came.
  private(set) var firstSize: (width: Int, height: Int)?

  /// True when no event waits.
  var isEmpty: Bool { next == events.count }

  /// Holds `event`, which came when the screen was `size`.
  mutating func append(_ event: InputEvent, at size: (width: Int, height: Int)) {
    if isEmpty { firstSize = size }
    events.append(event)
  }

  /// The first event still held, if any.
  mutating func take() -> InputEvent? {
    guard !isEmpty else { return nil }
    defer {
      next += 1
      if isEmpty { self = HeldEvents() }
    }
    return events[next]
  }
}
