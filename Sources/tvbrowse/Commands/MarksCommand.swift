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
      For each episode the newer mark is kept, by the time it was made. A mark that names \
      its episode by season and number alone is matched in the show when the show is in \
      the library; marks of other shows are kept for when they are added.
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
    var marks: [EpisodeMark] = []
    var unmatched = 0
    var episodes: [String: [EpisodeLine]?] = [:]
    for entry in entries {
      var id = entry.id
      if id == nil {
        // Named by numbers: found in the show's episodes, read once per show.
        if episodes[entry.show] == nil {
          episodes[entry.show] = (try? access.open(MarkedShow.argument(forKey: entry.show)))
            .map { EpisodeLine.episodes(of: $0.1) }
        }
        id =
          episodes[entry.show]??.first {
            $0.season == entry.season && $0.number == entry.number && entry.number != nil
          }?.id
      }
      guard let id else {
        unmatched += 1
        continue
      }
      marks.append(
        EpisodeMark(
          show: entry.show, episode: id, season: entry.season, number: entry.number,
          watched: entry.watched, at: entry.at))
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
}
