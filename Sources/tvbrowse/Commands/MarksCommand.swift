import ArgumentParser
import Foundation
import ShowLibrary
import ShowModel

/// `tvbrowse marks export|import`: moves the watched marks between libraries as JSON.
struct MarksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "marks", abstract: "Export or import the watched marks as JSON.",
    subcommands: [MarksExportCommand.self, MarksImportCommand.self])
}

/// `tvbrowse marks export`: every mark, as JSON on stdout.
struct MarksExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Print every watched mark as JSON.")

  // The options the root command shares with every subcommand; `--library` is read here.
  @OptionGroup var source: PackOption

  func validate() throws {
    try source.checkOnlyLibrary(in: "marks export")
  }

  func run() throws {
    let marks: [EpisodeMark]
    do {
      marks = try LibraryAccess(option: source.library).existing()?.allMarks() ?? []
    } catch let error as LibraryError {
      throw CommandFailure(error.message)
    }
    Output.json(MarkFile.json(marks))
  }
}

/// `tvbrowse marks import FILE`: merges marks into the library, the newer state of each
/// episode kept.
struct MarksImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Merge watched marks from a JSON file into the library.",
    discussion: """
      For each episode the newer mark is kept, by the time it was made. A mark of a show \
      in the library must name one of its episodes, by id or by season and number; a mark \
      of another show is kept, with its episode's id, for when the show is added.
      """)

  @Argument(help: ArgumentHelp("The file `marks export` wrote.", valueName: "file"))
  var file: String

  // The options the root command shares with every subcommand; `--library` is read here.
  @OptionGroup var source: PackOption

  @OptionGroup var common: CommonOptions

  func validate() throws {
    try source.checkOnlyLibrary(in: "marks import")
    if file.isEmpty { throw ValidationError("the file's path is empty") }
  }

  func run() throws {
    let shown = SafeText.echo(file)
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(file, limit: 1 << 28)
    } catch {
      throw CommandFailure("cannot read \(shown): \(error.message)")
    }
    let entries: [MarkFile.Entry]
    do {
      entries = try MarkFile.read(bytes)
    } catch {
      throw CommandFailure("\(shown): \(error.place): \(error.message)")
    }
    let access = try LibraryAccess(option: source.library)
    let shows = try ShowKeys(access: access)
    var marks: [EpisodeMark] = []
    var unmatched = 0
    // Each show's episodes, by id and by numbers, read once.
    var episodes: [String: EpisodeTable] = [:]
    for entry in entries {
      // Kept under the name the library keeps the show's marks under: a show added from
      // TVmaze is found by its IMDb id too.
      guard let show = shows.show(answering: entry.show) else {
        // A show not in the library: kept as the file names it, for when it is added.
        guard let id = entry.id else {
          unmatched += 1
          continue
        }
        marks.append(
          EpisodeMark(
            show: entry.show, episode: id, season: entry.season, number: entry.number,
            watched: entry.watched, at: entry.at))
        continue
      }
      // A show of the library: the mark must name one of its episodes, by id or by
      // numbers, and takes its season and number from the show.
      let key = show.markKey
      if episodes[key] == nil { episodes[key] = Self.episodes(of: show, access: access) }
      let found = episodes[key].flatMap { table in
        entry.id.flatMap { table.byID[$0] }
          ?? entry.number.flatMap {
            table.byNumbers[EpisodeNumbers(season: entry.season, number: $0)]
          }
      }
      guard let episode = found else {
        unmatched += 1
        continue
      }
      marks.append(EpisodeMark(key: key, episode: episode, watched: entry.watched, at: entry.at))
    }
    let merge: MarkMerge
    do {
      merge = try access.writable().merge(marks)
    } catch let error as LibraryError {
      throw CommandFailure(error.message)
    }
    if common.json {
      Output.json(
        .object([
          ("added", .number(String(merge.added))), ("updated", .number(String(merge.updated))),
          ("unchanged", .number(String(merge.unchanged))),
          ("unmatched", .number(String(unmatched))),
        ]))
      return
    }
    var line =
      "Imported \(SafeText.sanitize(file)): \(merge.added) added, \(merge.updated) updated, \(merge.unchanged) unchanged"
    if unmatched > 0 {
      line +=
        "; \(unmatched) not matched to an episode (give each its \"id\", or add its show first)"
    }
    Output.write(line + "\n")
  }

  /// `show`'s episodes by id and by season and number; none when it cannot be read.
  private static func episodes(of show: LibraryShow, access: LibraryAccess) -> EpisodeTable {
    var table = EpisodeTable()
    guard let (_, catalog) = try? access.open(MarkedShow.argument(forKey: show.markKey)) else {
      return table
    }
    for episode in EpisodeLine.episodes(of: catalog) {
      table.byID[episode.id] = episode
      guard let number = episode.number else { continue }
      let numbers = EpisodeNumbers(season: episode.season, number: number)
      // The first of two episodes with one season and number is the one marked.
      if table.byNumbers[numbers] == nil { table.byNumbers[numbers] = episode }
    }
    return table
  }
}

/// A show's episodes, by id and by season and number.
private struct EpisodeTable {
  var byID: [String: EpisodeLine] = [:]
  var byNumbers: [EpisodeNumbers: EpisodeLine] = [:]
}

/// An episode named by its season and number.
private struct EpisodeNumbers: Hashable {
  var season: Int
  var number: Int
}

/// The shows of the library (and the built-in one) by every name a mark may give them:
/// `tvmaze:N`, `imdb:tt…`, or for a pack, `pack:ID`.
private struct ShowKeys {
  private var shows: [String: LibraryShow] = [:]

  init(access: LibraryAccess) throws {
    var all = [LibraryAccess.builtInShow(try LibraryAccess.builtInCatalog())]
    if let library = try access.existing() {
      do {
        all += try library.shows()
      } catch {
        throw CommandFailure(error.message)
      }
    }
    for show in all {
      if let tvmaze = show.tvmaze { shows["tvmaze:\(tvmaze)"] = show }
      if let imdb = show.imdb { shows["imdb:\(imdb)"] = show }
      if show.tvmaze == nil && show.imdb == nil { shows["pack:\(show.id)"] = show }
    }
  }

  /// The show a mark's `key` names, if the library holds it.
  func show(answering key: String) -> LibraryShow? { shows[key] }
}
