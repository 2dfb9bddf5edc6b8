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
  /// The options the browser was started with.
  public let options: BrowserOptions

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
  /// `shows` a key (`0`) away.
  public init(
    shows: [ShelfShow], open id: String, catalog: Catalog, width: Int, height: Int,
    options: BrowserOptions
  ) {
    self.init(shows: shows, selecting: id, width: width, height: height, options: options)
    shelf.message = nil
    browser = Browser(catalog: catalog, width: width, height: height, options: options)
    openShow = id
    showsShelf = false
    shelf.canReturn = true
  }

  /// The query whose results across every show the Library view waits for: search with
  /// whatever holds every show, and hand the results back with `adopt(_:for:)`.
  public var pendingSearch: String? { shelf.pendingQuery }

  /// Applies one event and leaves the work it asks for to the caller: the show's browser
  /// takes it while it has the screen (see `Browser.receive`), the Library view otherwise.
  public mutating func receive(_ event: InputEvent) -> Outcome {
    if case .resize = event {
      _ = shelf.apply(event)
      // The show kept behind the Library view takes the size too, to come back drawn right.
      if showsShelf, browser != nil { _ = browser!.receive(event) }
    }
    if !showsShelf, browser != nil {
      let outcome = browser!.receive(event)
      guard browser!.takeLibraryRequest() else { return outcome }
      showsShelf = true
      return .redraw
    }
    if case .resize = event { return .redraw }
    switch shelf.apply(event) {
    case .done(let outcome): return outcome
    case .returnToShow:
      showsShelf = false
      return .redraw
    case .open(let request):
      open(request)
      return .redraw
    }
  }

  /// Applies one event, and does here what the show's browser asks (`Browser.handle`);
  /// `open` and `search` carry out the Library view's requests at once.
  public mutating func handle(
    _ event: InputEvent, open: (ShowRequest) -> Catalog?, search: (String) -> [ShelfHit]
  ) -> Outcome {
    let outcome = receive(event)
    if !showsShelf, browser != nil { _ = browser!.handle(.resize(width: width, height: height)) }
    if let request = pendingOpen {
      if let catalog = open(request) {
        adopt(catalog, for: request)
      } else {
        failToOpen(request, because: "cannot open \(request.show)")
      }
    }
    if let query = pendingSearch { adopt(search(query), for: query) }
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
    browser = Browser(catalog: catalog, width: width, height: height, options: options)
    openShow = request.show
    show(request)
  }

  /// Says on the status line why a show asked for could not be opened.
  public mutating func failToOpen(_ request: ShowRequest, because message: String) {
    guard request == pendingOpen else { return }
    pendingOpen = nil
    shelf.message = message
  }

  /// Takes the results of a search across every show, if the Library view still waits
  /// for them.
  public mutating func adopt(_ hits: [ShelfHit], for query: String) {
    shelf.adopt(hits, for: query)
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

  /// Gives the screen to the show's browser, at the entity asked for.
  private mutating func show(_ request: ShowRequest) {
    if let entity = request.entity { browser!.openEntity(entity) }
    showsShelf = false
    shelf.canReturn = true
  }
}
