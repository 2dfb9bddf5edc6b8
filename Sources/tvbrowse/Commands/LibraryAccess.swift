import ArgumentParser
import Foundation
import ShowLibrary
import ShowModel

/// The library as the commands use it: found from `--library`, the environment, or the
/// default place; read without creating it, written by `add`.
struct LibraryAccess {
  /// The library file's path.
  let path: String

  /// The library named by `option`, else by the environment.
  init(option: String?) throws {
    if option?.isEmpty == true {
      throw ValidationError("the library path is empty: give a file, or leave --library out")
    }
    guard
      let path = LibraryLocation.path(
        option: option, environment: ProcessInfo.processInfo.environment)
    else {
      throw CommandFailure("no library: set TVBROWSE_LIBRARY, or HOME for the default place")
    }
    self.path = path
  }

  /// The library, or nil when its file does not exist yet.
  func existing() throws -> Library? {
    do {
      return try Library.openExisting(path: path)
    } catch {
      throw CommandFailure(error.message)
    }
  }

  /// Why the library's IMDb shows are left out, for the places that list or look for
  /// shows (`shows`, a show not found): nil when they are not. Said there rather than on
  /// every opening, which the browser does while it draws.
  static func imdbNote(_ library: Library?) -> String? {
    library?.imdbProblem.map {
      "the shows imported from IMDb are left out: \($0); `tvbrowse import imdb FOLDER` makes them again"
    }
  }

  /// The library to change, or nil when its file does not exist (it is not made).
  func existingToWrite() throws -> Library? {
    do {
      return try Library.openExistingToWrite(path: path)
    } catch {
      throw CommandFailure(error.message)
    }
  }

  /// The library, made when it does not exist.
  func writable() throws -> Library {
    do {
      return try Library.openOrCreate(path: path)
    } catch {
      throw CommandFailure(error.message)
    }
  }

  /// The built-in show's catalog.
  static func builtInCatalog() throws -> Catalog {
    do {
      return try PackLoader.catalog(path: nil)
    } catch {
      throw CommandFailure(packProblems: error.problems, file: PackLoader.builtInName)
    }
  }

  /// The built-in show's line, counted from the pack in the binary.
  static func builtInShow(_ catalog: Catalog) -> LibraryShow {
    LibraryShow(
      id: ShowSlug.builtIn, name: catalog.show.name,
      seasons: catalog.entities(of: .season).count,
      episodes: catalog.entities(of: .episode).count, origin: .builtin)
  }

  /// The show `argument` names: the built-in one or one in the library; a failure that
  /// lists the shows when the name fits several, or says how to list them when none.
  func find(_ argument: String, in library: Library?) throws -> LibraryShow {
    let builtIn = LibraryShow(
      id: ShowSlug.builtIn, name: "13 Reasons Why", seasons: 0, episodes: 0, origin: .builtin)
    var stored: [LibraryShow] = []
    if let library {
      do {
        // A library id, the first form looked for, is found without reading every show.
        if argument != builtIn.id, let show = try library.show(id: argument) { return show }
        stored = try library.shows()
      } catch {
        throw CommandFailure(error.message)
      }
    }
    switch ShowLookup.find(argument, in: [builtIn] + stored) {
    case .one(let show):
      return show
    case .none:
      throw CommandFailure(
        (["no show \"\(SafeText.echo(argument))\" in the library; `tvbrowse shows` lists them"]
          + [Self.imdbNote(library)].compactMap { $0 }).joined(separator: "\n"))
    case .several(let shows):
      throw CommandFailure(
        (["\"\(SafeText.echo(argument))\" names \(shows.count) shows; give one's id:"]
          + shows.map { "  " + ShowLine.candidate($0) }).joined(separator: "\n"))
    }
  }

  /// Calls `body` with the built-in show, then with each show of the library, each with
  /// its catalog, one show at a time: a library of thousands of imported shows is never
  /// held whole.
  func forEachCatalog(_ body: (LibraryShow, Catalog) throws -> Void) throws {
    let builtIn = try Self.builtInCatalog()
    try body(Self.builtInShow(builtIn), builtIn)
    guard let library = try existing() else { return }
    let shows: [LibraryShow]
    do {
      shows = try library.shows()
    } catch {
      throw CommandFailure(error.message)
    }
    for show in shows {
      let pack: Pack?
      do {
        pack = try library.pack(of: show.id)
      } catch {
        throw CommandFailure(error.message)
      }
      guard let pack else { continue }
      try body(show, Catalog(pack: consume pack))
    }
  }

  /// The show the browser last opened, with its catalog; nil when there is no library,
  /// none was recorded, or that show is no longer there.
  static func lastOpened(option: String?) throws -> (LibraryShow, Catalog)? {
    guard let (access, library, show) = lastOpenedShow(option: option) else { return nil }
    return (show, try access.catalog(of: show, in: library))
  }

  /// The library id of the show the browser last opened, when it is still there.
  static func lastOpenedID(option: String?) -> String? {
    lastOpenedShow(option: option)?.show.id
  }

  /// The show the browser last opened, and the library it was read from (opened once). A
  /// library that cannot be read gives nil, which leaves the built-in show: `shows` and
  /// `--show` say what is wrong with it.
  private static func lastOpenedShow(option: String?)
    -> (access: LibraryAccess, library: Library, show: LibraryShow)?
  {
    guard let access = try? LibraryAccess(option: option),
      let library = try? access.existing(), let id = try? library.lastOpened(),
      let show = try? access.find(id, in: library), show.id == id
    else { return nil }
    return (access, library, show)
  }

  /// Records `show` as the one the browser opened, in a library that exists; a library
  /// that cannot take it is left as it is (this is a convenience, never a reason to fail).
  static func recordOpened(id: String, option: String?) {
    guard let access = try? LibraryAccess(option: option),
      let library = try? access.existingToWrite()
    else { return }
    try? library.recordOpened(id)
  }

  /// The catalog of the part of a stored show that the details of its entity `id` need
  /// (`Library.neighbourhood`), and the show: the one `name` names, else the one the
  /// browser last opened. Nil when that is the built-in show, or the show has no entity
  /// of exactly that id: the caller reads the whole show then.
  static func neighbourhood(of id: String, inShow name: String?, option: String?) throws -> (
    LibraryShow, Catalog
  )? {
    let found: (Library, LibraryShow)?
    if let name {
      let access = try LibraryAccess(option: option)
      guard let library = try access.existing() else { return nil }
      found = (library, try access.find(name, in: library))
    } else {
      // As for any default show, a library that cannot be named leaves the built-in one.
      found = lastOpenedShow(option: option).map { ($0.library, $0.show) }
    }
    guard let (library, show) = found, show.origin != .builtin else { return nil }
    do {
      guard let pack = try library.neighbourhood(of: id, in: show.id) else { return nil }
      return (show, Catalog(pack: consume pack))
    } catch {
      throw CommandFailure(error.message)
    }
  }

  /// The episodes of the stored show `show` in air order, as the library keeps them
  /// (`Library.airOrder`); nil when it does not, or cannot be read.
  static func airOrder(of show: LibraryShow, option: String?) -> [EpisodeLine]? {
    guard let access = try? LibraryAccess(option: option), let library = try? access.existing()
    else { return nil }
    return (try? library.airOrder(of: show.id)) ?? nil
  }

  /// The show `argument` names, with its catalog.
  func open(_ argument: String) throws -> (LibraryShow, Catalog) {
    let library = try existing()
    let show = try find(argument, in: library)
    return (show, try catalog(of: show, in: library))
  }

  /// The show `argument` names, with the outline of its catalog (`Library.outline`) when
  /// the library keeps one, for the browser to draw while the rest is read; else, and for
  /// the built-in show, its whole catalog.
  func openOutline(_ argument: String) throws -> (LibraryShow, Catalog) {
    let library = try existing()
    let show = try find(argument, in: library)
    // A damaged show is read whole, which says what is damaged.
    if show.origin != .builtin, let outline = try? library?.outline(of: show.id) {
      return (show, Catalog(outline: outline.entities, counts: outline.counts))
    }
    return (show, try catalog(of: show, in: library))
  }

  /// The show `argument` names, with its stored pack; nil for the built-in show, which
  /// is not stored.
  func storedPack(_ argument: String) throws -> (LibraryShow, Pack?) {
    let library = try existing()
    let show = try find(argument, in: library)
    return (show, try pack(of: show, in: library))
  }

  /// The catalog of `show`, found in `library`.
  private func catalog(of show: LibraryShow, in library: Library?) throws -> Catalog {
    guard let pack = try pack(of: show, in: library) else { return try Self.builtInCatalog() }
    // Handed over, not copied: a copy of the entities costs a retain of each of their parts.
    return Catalog(pack: consume pack)
  }

  /// The stored pack of `show`; nil for the built-in show.
  private func pack(of show: LibraryShow, in library: Library?) throws -> Pack? {
    if show.origin == .builtin { return nil }
    let pack: Pack?
    do {
      pack = try library?.pack(of: show.id)
    } catch {
      throw CommandFailure(error.message)
    }
    guard let pack else { throw CommandFailure("show \"\(show.id)\" is no longer in the library") }
    return pack
  }
}
