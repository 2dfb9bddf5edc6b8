import Foundation
import Glibc
import TestSupport
import Testing

/// `tvbrowse import imdb` run as a person runs it: the exit status says whether rows were
/// skipped, and an import that fails, is stopped or is killed leaves the previous one.
@Suite struct ImdbImportCommandTests {
  /// A folder of the test's own with a library path in it.
  private final class Place {
    let path: String
    var library: String { path + "/library.sqlite" }
    var imdb: String { path + "/library.imdb.sqlite" }

    init() throws {
      path = FileManager.default.temporaryDirectory.path + "/imdb-e2e-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A copy of the hand-written fixture, plain.
    func quirks() throws -> String {
      let folder = path + "/quirks"
      try FileManager.default.copyItem(atPath: SharedFixtures.imdb("quirks"), toPath: folder)
      return folder
    }

    /// A data set of `shows` series made by the project's generator, gzipped.
    func generated(shows: Int, extraNames: Int = 0) throws -> String {
      let folder = path + "/generated-\(shows)"
      let script = TVBrowseBinary.packageRoot() + "/bench/make_imdb.py"
      let made = try ChildProcess.run(
        "/usr/bin/env",
        ["python3", script, folder, "--shows", "\(shows)", "--extra-names", "\(extraNames)"])
      guard made.status == 0 else { throw ChildProcess.Failure(description: made.errors) }
      let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      let zipped = try ChildProcess.run("/bin/gzip", ["-n"] + names.map { folder + "/" + $0 })
      guard zipped.status == 0 else { throw ChildProcess.Failure(description: zipped.errors) }
      return folder
    }
  }

  @Test func skippedRowsAreReportedByLineAndExitThree() throws {
    let place = try Place()
    let run = try BinaryRunner.run(["import", "imdb", try place.quirks()], library: place.library)
    #expect(run.status == 3)
    #expect(run.stdout == "Imported 2 shows from IMDb; 8 rows skipped\n")
    let problems = run.stderrLines.filter { $0.contains("skipped") }
    #expect(problems.count == 8)
    #expect(
      problems.first
        == "tvbrowse: title.basics.tsv:7: 4 fields where the header names 9; the row was skipped")
    // Not a terminal: a plain line as each file ends.
    #expect(run.stderrLines.contains { $0.hasPrefix("title.principals.tsv: 9 rows in ") })
    #expect(run.stderrLines.contains("writing shows: 2 of 2"))

    let quiet = try BinaryRunner.run(
      ["import", "imdb", place.path + "/quirks", "--quiet"], library: place.library)
    #expect(quiet.status == 3)
    #expect(quiet.stderrLines.count == 8)

    let shows = try BinaryRunner.run(["shows"], library: place.library)
    #expect(shows.stdoutLines.count == 3)
    #expect(shows.stdoutLines[1].hasPrefix("tt0000001       The \"Night\" Tapes  2017–2020"))
  }

  @Test func anImportedShowIsNeitherRemovedNorUpdatedByHandButTakesMarks() throws {
    let place = try Place()
    _ = try BinaryRunner.run(
      ["import", "imdb", try place.quirks(), "--quiet"], library: place.library)
    let remove = try BinaryRunner.run(["remove", "tt0000001"], library: place.library)
    #expect(remove.status == 1)
    #expect(
      remove.stderr
        == "tvbrowse: tt0000001 comes from IMDb's datasets: it stays until an import no longer holds it\n"
    )
    let update = try BinaryRunner.run(["update", "tt0000001"], library: place.library)
    #expect(update.status == 1)
    #expect(
      update.stderr
        == "tvbrowse: tt0000001 comes from IMDb's datasets: import them again to update it\n")
    let watched = try BinaryRunner.run(["watched", "tt0000001", "S01E01"], library: place.library)
    #expect(watched.stdout == "Marked S01E01 \"Tape 1, Side A\" watched\n")
    let next = try BinaryRunner.run(["next"], library: place.library)
    #expect(next.stdoutLines == ["tt0000001  S01E02  Side B"])
    let shows = try BinaryRunner.run(["shows"], library: place.library)
    #expect(shows.stdoutLines.count == 3)
  }

  @Test func anUnreadableImportIsLeftOutAndSaidSoWhereShowsAreListedOrSought() throws {
    let place = try Place()
    _ = try BinaryRunner.run(
      ["import", "imdb", try place.quirks(), "--quiet"], library: place.library)
    try Data("not a database".utf8).write(to: URL(fileURLWithPath: place.imdb))
    let note =
      "the shows imported from IMDb are left out: \(place.imdb) is damaged or not a tvbrowse library"
    let shows = try BinaryRunner.run(["shows"], library: place.library)
    #expect(shows.status == 0)
    #expect(shows.stdoutLines.map { String($0.prefix(14)) } == ["13-reasons-why"])
    #expect(shows.stderrLines.count == 1)
    #expect(shows.stderr.hasPrefix("tvbrowse: " + note))
    let show = try BinaryRunner.run(
      ["show", "show", "--show", "tt0000001"], library: place.library)
    #expect(show.status == 1)
    #expect(show.stderrLines.count == 2 && show.stderrLines[1].hasPrefix("tvbrowse: " + note))
    // Whatever does not look for a show says nothing of it.
    let list = try BinaryRunner.run(["list", "seasons"], library: place.library)
    #expect(list.status == 0 && list.stderr.isEmpty)
    let again = try BinaryRunner.run(
      ["import", "imdb", place.path + "/quirks", "--quiet"], library: place.library)
    #expect(again.status == 3)
    #expect(try BinaryRunner.run(["shows"], library: place.library).stdoutLines.count == 3)
  }

  @Test func aWholeImportExitsZeroAndItsShowsAnswerEveryCommand() throws {
    let place = try Place()
    let data = try place.generated(shows: 3)
    let run = try BinaryRunner.run(["import", "imdb", data], library: place.library)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == "Imported 3 shows from IMDb\n")

    // The ratings printed are the rows of title.ratings, episode by episode.
    let ratings = try ratingsByTitle(data + "/title.ratings.tsv.gz", place: place)
    let episodes = try episodesOf(
      series: "tt0000001", in: data + "/title.episode.tsv.gz", place: place)
    let json = try BinaryRunner.run(["ratings", "tt0000001", "--json"], library: place.library)
    #expect(json.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
    #expect(document["show"] as? String == "tt0000001")
    var checked = 0
    for season in document["seasons"] as? [[String: Any]] ?? [] {
      for episode in season["episodes"] as? [[String: Any]] ?? [] {
        let key = "\(season["season"] as? Int ?? -1)/\(episode["number"] as? Int ?? -1)"
        let title = try #require(episodes[key], "\(key)")
        let expected = ratings[title]
        #expect((episode["rating"] as? Double).map { String(format: "%.1f", $0) } == expected?.0)
        #expect(episode["votes"] as? Int == expected?.1)
        checked += 1
      }
    }
    #expect(checked > 5)
    let text = try BinaryRunner.run(["ratings", "tt0000001"], library: place.library)
    #expect(text.stdoutLines.first?.hasPrefix("S01  ") == true)
    #expect(text.stdoutLines.allSatisfy { $0.count <= 80 })

    let page = try BinaryRunner.run(
      ["show", "show", "--show", "tt0000001"], library: place.library)
    #expect(page.status == 0)
    #expect(page.stdout.contains("Information courtesy of IMDb (https://www.imdb.com). Used with"))
    let people = try BinaryRunner.run(
      ["list", "people", "--show", "tt0000001", "--json"], library: place.library)
    #expect(people.status == 0)
    let listed = try #require(
      try JSONSerialization.jsonObject(with: Data(people.stdoutBytes)) as? [[String: Any]])
    let someone = try #require(listed.first?["name"] as? String)
    let search = try BinaryRunner.run(
      ["search", someone, "--show", "tt0000001"], library: place.library)
    #expect(search.stdoutLines.first?.contains(someone) == true)
  }

  @Test func onATerminalEachFileHasOneLineRewrittenInPlace() throws {
    let place = try Place()
    let data = try place.generated(shows: 100)
    let terminal = try PseudoTerminal(
      try BinaryRunner.binaryPath(), ["import", "imdb", data, "--library", place.library])
    try terminal.wait(forText: "Imported 100 shows from IMDb", timeout: .seconds(120))
    let output = String(decoding: terminal.written, as: UTF8.self)
    // Each update returns to the line's start and clears it; a file's last one ends it.
    let updates = output.components(separatedBy: "\r\u{1B}[K").dropFirst()
    let reading = updates.filter {
      $0.hasPrefix("title.principals.tsv.gz: ") && $0.contains(" rows/s, ")
    }
    #expect(!reading.isEmpty, "\(output)")
    #expect(reading.allSatisfy { $0.contains(" MB read") && !$0.contains("\n") })
    let lines = output.split(separator: "\r\n").map {
      $0.components(separatedBy: "\r\u{1B}[K").last ?? ""
    }
    #expect(
      lines.contains { $0.hasPrefix("title.principals.tsv.gz: ") && $0.contains(" rows in ") })
    #expect(terminal.waitForExit(timeout: .seconds(10)) == 0)
  }

  @Test func aMissingFolderOrFileFailsAndChangesNothing() throws {
    let place = try Place()
    let none = try BinaryRunner.run(
      ["import", "imdb", place.path + "/none"], library: place.library)
    #expect(none.status == 1)
    #expect(none.stderr == "tvbrowse: there is no folder \(place.path)/none\n")
    let file = try BinaryRunner.run(["import", "imdb", place.library], library: place.library)
    #expect(file.status == 1)
    #expect(
      file.stderr
        == "tvbrowse: \(place.library) is a file: give the folder that holds IMDb's files\n")
    let empty = try BinaryRunner.run(["import", "imdb", place.path], library: place.library)
    #expect(empty.status == 1)
    #expect(
      empty.stderr == "tvbrowse: \(place.path) has no title.basics.tsv.gz (or title.basics.tsv)\n")
    #expect(!FileManager.default.fileExists(atPath: place.imdb))
  }

  @Test func showRatingsPrintsTheGridAsRatingsDoes() throws {
    let place = try Place()
    _ = try BinaryRunner.run(
      ["import", "imdb", try place.quirks(), "--quiet"], library: place.library)
    let ratings = try BinaryRunner.run(["ratings", "tt0000001"], library: place.library)
    let page = try BinaryRunner.run(
      ["show", "ratings", "--show", "tt0000001"], library: place.library)
    #expect(ratings.stdout == "S01  7.5  6.9\n")
    #expect(page.stdout == ratings.stdout)
    let json = try BinaryRunner.run(
      ["show", "ratings", "--show", "tt0000001", "--json"], library: place.library)
    let ratingsJSON = try BinaryRunner.run(
      ["ratings", "tt0000001", "--json"], library: place.library)
    #expect(json.stdout == ratingsJSON.stdout && json.status == 0)
  }

  @Test(arguments: [SIGINT, SIGKILL])
  func anImportCutShortLeavesThePreviousOne(signal: Int32) throws {
    let place = try Place()
    let first = try BinaryRunner.run(
      ["import", "imdb", try place.quirks()], library: place.library)
    #expect(first.status == 3)
    let before = try Data(contentsOf: URL(fileURLWithPath: place.imdb))
    let data = try place.generated(shows: 100)

    let child = try Background.start(["import", "imdb", data], library: place.library)
    // Once the new file is being written, the import is stopped or killed.
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: place.imdb + ".importing") && Date() < deadline {
      usleep(5_000)
    }
    try #require(
      FileManager.default.fileExists(atPath: place.imdb + ".importing"),
      "the import never started writing")
    kill(child.pid, signal)
    let status = child.wait()
    let errors = child.errors
    if signal == SIGINT {
      #expect(status == 130)
      #expect(errors.contains("tvbrowse: import stopped: the library is as it was"))
      #expect(!FileManager.default.fileExists(atPath: place.imdb + ".importing"))
    } else {
      #expect(status == 128 + SIGKILL)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: place.imdb)) == before)
    let shows = try BinaryRunner.run(["shows"], library: place.library)
    #expect(
      shows.stdoutLines.map { String($0.prefix(9)) } == ["13-reason", "tt0000001", "tt0000005"])
    // The next import takes over what a killed one left.
    let again = try BinaryRunner.run(
      ["import", "imdb", place.path + "/quirks", "--quiet"], library: place.library)
    #expect(again.status == 3, "\(again)")
    #expect(!FileManager.default.fileExists(atPath: place.imdb + ".importing"))
  }

  @Test func aFullDiskFailsClearlyAndLeavesThePreviousOne() throws {
    let place = try Place()
    let first = try BinaryRunner.run(
      ["import", "imdb", try place.quirks()], library: place.library)
    #expect(first.status == 3)
    let before = try Data(contentsOf: URL(fileURLWithPath: place.imdb))
    let data = try place.generated(shows: 40)
    // Files may grow to 1,000 blocks (512 KB or more), with SIGXFSZ ignored so that a write
    // past it fails with EFBIG instead of ending the process.
    let binary = try BinaryRunner.binaryPath()
    let run = try ChildProcess.run(
      "/bin/sh",
      [
        "-c",
        "trap '' XFSZ; ulimit -f 1000; TVBROWSE_LIBRARY=\(TVBrowseBinary.shellQuoted(place.library)) exec \(TVBrowseBinary.shellQuoted(binary)) import imdb --quiet \(TVBrowseBinary.shellQuoted(data))",
      ])
    #expect(run.status == 1, "\(run.errors)")
    #expect(
      run.errors.hasPrefix("tvbrowse: cannot write \(place.imdb).importing: "), "\(run.errors)")
    #expect(!FileManager.default.fileExists(atPath: place.imdb + ".importing"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: place.imdb)) == before)
  }

  // MARK: - The data's own answers

  /// Each title's rating ("8.1") and votes, read from the file the import read.
  private func ratingsByTitle(_ path: String, place: Place) throws -> [String: (String, Int)] {
    var ratings: [String: (String, Int)] = [:]
    for line in try gunzipped(path).split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      ratings[String(fields[0])] = (
        String(format: "%.1f", Double(fields[1]) ?? -1), Int(fields[2]) ?? -1
      )
    }
    return ratings
  }

  /// The episodes of `series` with a season and a number, "season/number" → title id.
  private func episodesOf(series: String, in path: String, place: Place) throws -> [String: String]
  {
    var episodes: [String: String] = [:]
    for line in try gunzipped(path).split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields[1] == series, let season = Int(fields[2]), let number = Int(fields[3]) else {
        continue
      }
      episodes["\(season)/\(number)"] = String(fields[0])
    }
    return episodes
  }

  private func gunzipped(_ path: String) throws -> String {
    let run = try ChildProcess.run("/bin/gzip", ["-dc", path])
    guard run.status == 0 else { throw ChildProcess.Failure(description: run.errors) }
    return run.output
  }
}

/// `tvbrowse` started in the background with no signal blocked or ignored, its output in
/// files, for a test that signals it.
private struct Background {
  let pid: pid_t
  let errorsPath: String

  static func start(_ arguments: [String], library: String) throws -> Background {
    let binary = try BinaryRunner.binaryPath()
    let errorsPath = FileManager.default.temporaryDirectory.path + "/bg-\(UUID().uuidString).err"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var attributes = SpawnAttributes.cleanSignals()
    defer { posix_spawnattr_destroy(&attributes) }
    let environment = ProcessInfo.processInfo.environment.merging(
      ["TVBROWSE_LIBRARY": library, "NO_COLOR": "1"]) { _, new in new }
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw ChildProcess.Failure(
        description: "cannot start \(binary): \(String(cString: strerror(spawned)))")
    }
    return Background(pid: pid, errorsPath: errorsPath)
  }

  /// Waits for the end: the exit status, or 128 + the signal that ended it.
  func wait() -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  /// What it wrote to stderr, read once it has ended; the file is removed.
  var errors: String {
    defer { unlink(errorsPath) }
    return (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? ""
  }
}
