import ArgumentParser
import Dispatch
import Foundation
import ImdbImport
import ShowModel

/// `tvbrowse import SOURCE`: brings shows in from a dataset on disk.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import shows from a dataset on disk.",
    subcommands: [ImportImdbCommand.self])
}

/// `tvbrowse import imdb FOLDER`: every series and mini-series of IMDb's datasets, with
/// its episodes, principals and ratings, as shows of the library.
struct ImportImdbCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "imdb",
    abstract: "Import IMDb's series and mini-series from its dataset files.",
    discussion: """
      FOLDER holds IMDb's files (https://datasets.imdbws.com, for personal and \
      non-commercial use): title.basics, title.episode, title.principals, name.basics and \
      title.ratings, each .tsv.gz or .tsv. They are read into a file beside the library \
      (library.imdb.sqlite for library.sqlite) that replaces the previous import only once \
      it is whole. Exit status: 0 when every row was kept, 3 when rows were skipped (each \
      reported with its file and line), 1 when the import failed and nothing changed.
      """)

  @Argument(help: ArgumentHelp("The folder with IMDb's dataset files.", valueName: "folder"))
  var folder: String

  @Flag(name: .long, help: "Stop at the first problem, changing nothing.")
  var strict = false

  @Flag(name: .long, help: "Print no progress (the problems and the summary are still printed).")
  var quiet = false

  @OptionGroup var source: PackOption

  func validate() throws {
    try source.checkOnlyLibrary(in: "import")
  }

  func run() throws {
    if folder.isEmpty { throw CommandFailure("the folder path is empty") }
    let access = try LibraryAccess(option: source.library)
    // The library is made if need be: the IMDb shows are found through it.
    _ = try access.writable()
    var importer = ImdbImporter(folder: folder, libraryPath: access.path)
    importer.strict = strict
    let stop = StopRequest()
    importer.isStopped = { stop.isRequested }
    let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
    let display = quiet ? nil : ImportDisplay(toTerminal: isatty(2) == 1 && !dumb)
    importer.progress = display
    let outcome: ImdbImporter.Outcome
    do {
      outcome = try withExtendedLifetime(stop.listen()) { try importer.run() }
    } catch let failure as ImportFailure {
      display?.end()
      throw CommandFailure(failure.message)
    } catch is ImdbImporter.Stopped {
      display?.end()
      Output.error("import stopped: the library is as it was")
      throw ExitCode(130)
    }
    display?.end()
    if !outcome.problems.lines.isEmpty {
      Output.error(outcome.problems.lines.joined(separator: "\n"))
    }
    let skipped = outcome.problems.count
    Output.write(
      "Imported \(ShowLine.plural(outcome.shows, "show")) from IMDb"
        + (skipped > 0 ? "; \(ShowLine.plural(skipped, "row")) skipped" : "") + "\n")
    if skipped > 0 { throw ExitCode(3) }
  }
}

/// Ctrl-C, SIGTERM or SIGHUP during an import: noted, for the import to stop between rows
/// and remove what it wrote.
final class StopRequest: @unchecked Sendable {
  private let lock = NSLock()
  private var requested = false

  /// True once a signal came.
  var isRequested: Bool { lock.withLock { requested } }

  /// Starts listening; the sources returned must be kept while the import runs.
  func listen() -> [any DispatchSourceSignal] {
    // A parent may have started this process with them blocked.
    var signals = sigset_t()
    sigemptyset(&signals)
    for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, number) }
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    return [SIGINT, SIGTERM, SIGHUP].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [self] in lock.withLock { requested = true } }
      source.resume()
      return source
    }
  }
}
