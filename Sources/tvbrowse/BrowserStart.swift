import BrowserCore
import ShowLibrary
import ShowModel

/// What the browser opens on: the show `--show` or `--pack` names, else the Library view
/// when the library holds a show, else the built-in show. The Library view is a key (`0`)
/// away from any show.
struct BrowserStart {
  /// The shows of the Library view, and their catalogs.
  let shelf: ShowShelf
  /// The show open at the start, if any: its library id (empty for a pack file) and its
  /// catalog.
  private let opened: (id: String, catalog: Catalog)?
  /// The show the Library view selects first: the one the browser opened last.
  private let selected: String?
  /// True when the library file is there but could not be read.
  private var problem = false
  /// The show being read whole, when only its outline was read to open on.
  private(set) var reading: BackgroundTask<ShowRequest, OpenedShow>?

  /// Reads the library (never creating it) and the show to open. A library that cannot be
  /// read leaves the built-in show, unless `--show` or `--library` asks for it.
  init(source: PackOption) throws {
    try source.checkChoice()
    let builtIn = try LibraryAccess.builtInCatalog()
    let access: LibraryAccess?
    if source.show != nil || source.library != nil {
      access = try LibraryAccess(option: source.library)
    } else {
      access = try? LibraryAccess(option: nil)
    }
    var library: Library?
    var stored: [LibraryShow] = []
    var progress: [String: ShelfProgress] = [:]
    do {
      library = try access?.existing()
      stored = try library?.shows() ?? []
      progress = try ShowShelf.progress(in: library, builtIn: builtIn)
    } catch {
      // Said on the first screen: the browser goes on with the built-in show.
      problem = true
    }
    shelf = ShowShelf(
      libraryPath: access?.path, stored: stored, progress: progress, builtIn: builtIn)
    selected = try? library?.lastOpened()
    if let name = source.show, let access {
      let (show, catalog) = try access.openOutline(name)
      if catalog.outlineCounts == nil {
        shelf.keep(catalog, for: show.id)
      } else {
        // Read while the outline is drawn, from before the terminal is set up.
        reading = BrowserProgram.startReading(
          ShowRequest(show: show.id), from: shelf, withRelations: true)
      }
      // Subcommands without --show or --pack answer about the show opened last.
      LibraryAccess.recordOpened(id: show.id, option: source.library)
      opened = (show.id, catalog)
    } else if let pack = source.pack {
      try source.checkPath(pack)
      let catalog: Catalog
      do {
        catalog = try PackLoader.catalog(path: pack, root: source.root)
      } catch {
        throw CommandFailure(packProblems: error.problems, file: SafeText.echo(pack))
      }
      // Kept, so that Back from a show its links led to returns to it.
      shelf.keep(catalog, for: "")
      opened = ("", catalog)
    } else if stored.isEmpty {
      try source.checkPath(nil)
      opened = (ShowSlug.builtIn, builtIn)
    } else {
      opened = nil
    }
  }

  /// The browser for a terminal of the given size.
  func browser(width: Int, height: Int, options: BrowserOptions) -> LibraryBrowser {
    var browser: LibraryBrowser
    if let opened {
      browser = LibraryBrowser(
        shows: shelf.rows, open: opened.id, catalog: opened.catalog, width: width,
        height: height, options: options)
      // As the show itself will, until its marks are read.
      if opened.catalog.outlineCounts != nil, shelf.hasMarks(opened.id) {
        browser.awaitMarks(forShowing: browser.showings)
      }
    } else {
      browser = LibraryBrowser(
        shows: shelf.rows, selecting: selected, width: width, height: height, options: options)
    }
    if problem { browser.say("The library cannot be read: tvbrowse shows says why") }
    return browser
  }
}
