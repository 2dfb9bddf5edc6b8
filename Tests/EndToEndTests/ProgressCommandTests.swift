import Foundation
import GRDB
import Testing

/// `watched`, `next`, `progress` and `marks`, run as a person runs them, each test with a
/// library file of its own holding the saved TVmaze show Harbor Lights (two seasons, five
/// episodes, a special among them, all aired in 2019 and 2020).
struct ProgressCommandTests {
  private let folder = NSTemporaryDirectory() + "tvbrowse-progress-e2e-\(UUID().uuidString)"
  private var library: String { folder + "/library.sqlite" }

  private static var harborLights: String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/") + "/ShowModelTests/Fixtures/tvmaze/harbor-lights.json"
  }

  private func run(_ arguments: [String], library: String? = nil) throws -> BinaryRunner.Run {
    try BinaryRunner.run(arguments, library: library ?? self.library)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func json(_ run: BinaryRunner.Run) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(run.stdoutBytes))
  }

  @Test func anEpisodeASeasonAndEverythingUpToOneAreMarked() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    let marked = try run(["watched", "harbor-lights", "S01E02"])
    #expect(marked.stdout == "Marked S01E02 \"Fog\" watched\n", "\(marked)")
    let exported = try run(["marks", "export"])
    // Marking it again changes nothing, not even the time it was marked.
    #expect(try run(["watched", "Harbor Lights", "s1e2"]).stdout == marked.stdout)
    #expect(try run(["marks", "export"]).stdout == exported.stdout)
    #expect(
      try run(["progress", "harbor-lights"]).stdoutLines == [
        "Harbor Lights: 1 of 5 watched; next S01 special (2019-12-20)",
        "Season 1  1/3",
        "Season 2  0/2",
      ])
    #expect(
      try run(["next"]).stdoutLines == ["harbor-lights  S01 special  Behind the Lights  2019-12-20"]
    )
    let until = try run(["watched", "harbor-lights", "S02E01", "--until"])
    #expect(until.stdout == "Marked S02E01 \"The Storm\" watched, and the 3 episodes before it\n")
    #expect(
      try run(["progress"]).stdoutLines == [
        "Harbor Lights: 4 of 5 watched; next S02E02 (2020-04-10)"
      ])
    let season = try run(["watched", "harbor-lights", "S02", "--unmark"])
    #expect(season.stdout == "Marked the 2 episodes of season 2 unwatched\n")
    #expect(
      try run(["progress", "harbor-lights"]).stdoutLines[0].hasPrefix("Harbor Lights: 3 of 5"))
    // Everything watched: nothing is next, and `next` prints nothing.
    #expect(try run(["watched", "harbor-lights", "S02E02", "--until"]).status == 0)
    let none = try run(["next"])
    #expect(none.status == 0 && none.stdout.isEmpty, "\(none)")
    #expect(
      try run(["progress", "harbor-lights"]).stdoutLines[0] == "Harbor Lights: 5 of 5 watched")
  }

  @Test func theJSONOutputsHaveTheirShapes() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    let marked = try #require(
      try json(run(["watched", "harbor-lights", "S01E01", "--json"])) as? [String: Any])
    #expect((marked["show"] as? [String: Any])?["id"] as? String == "harbor-lights")
    #expect(marked["watched"] as? Bool == true)
    #expect(marked["changed"] as? Int == 1)
    let next = try #require(try json(run(["next", "--json"])) as? [[String: Any]])
    #expect(next.count == 1)
    let episode = try #require(next[0]["episode"] as? [String: Any])
    #expect(episode["season"] as? Int == 1)
    #expect(episode["number"] as? Int == 2)
    #expect(episode["title"] as? String == "Fog")
    #expect(episode["airdate"] as? String == "2019-03-08")
    let progress = try #require(
      try json(run(["progress", "harbor-lights", "--json"])) as? [String: Any])
    #expect(progress["watched"] as? Int == 1)
    #expect(progress["episodes"] as? Int == 5)
    let seasons = try #require(progress["seasons"] as? [[String: Any]])
    #expect(seasons.map { $0["episodes"] as? Int } == [3, 2])
    let every = try #require(try json(run(["progress", "--json"])) as? [[String: Any]])
    #expect(every.count == 1)
  }

  @Test func wrongEpisodesAndShowsAreRefusedAndNothingIsWritten() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    let unknown = try run(["watched", "harbor-lights", "S09E01"])
    #expect(unknown.status == 1)
    #expect(
      unknown.stderr.contains("no episode S09E01 in Harbor Lights (S01E01 to S02E02)"),
      "\(unknown)")
    let season = try run(["watched", "harbor-lights", "S07"])
    #expect(season.stderr.contains("no season S07 in Harbor Lights"), "\(season)")
    let form = try run(["watched", "harbor-lights", "episode two"])
    #expect(form.status == 64)
    #expect(form.stderr.contains("\"episode two\" is not an episode: give one like S02E03"))
    let show = try run(["watched", "no such show", "S01E01"])
    #expect(show.status == 1)
    let pack = try run(["watched", "harbor-lights", "S01E01", "--pack", "x.json"])
    #expect(pack.status == 64, "\(pack)")
    #expect(try run(["marks", "export"]).stdout == "[]\n")
    // A special, which has no number, is named by its id.
    let special = try run(["watched", "harbor-lights", "s01-special-500005"])
    #expect(special.stdout == "Marked S01 special \"Behind the Lights\" watched\n", "\(special)")
  }

  @Test func marksOutliveAnUpdateARemovalAndAnotherAdd() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    #expect(try run(["watched", "harbor-lights", "S01E02", "--until"]).status == 0)
    // Added again, the show is replaced whole; removed and added, it comes back.
    #expect(try run(["add", Self.harborLights]).status == 0)
    #expect(
      try run(["progress", "harbor-lights"]).stdoutLines[0].hasPrefix("Harbor Lights: 2 of 5"))
    #expect(try run(["remove", "harbor-lights"]).status == 0)
    #expect(try run(["next"]).stdout.isEmpty)
    #expect(try run(["add", Self.harborLights]).status == 0)
    #expect(
      try run(["progress", "harbor-lights"]).stdoutLines[0].hasPrefix("Harbor Lights: 2 of 5"))
  }

  @Test func marksMoveBetweenLibrariesAndTheNewerStateWins() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    #expect(try run(["watched", "harbor-lights", "S01E02", "--until"]).status == 0)
    let exported = try run(["marks", "export"])
    let file = try write("marks.json", exported.stdout)
    let other = folder + "/other.sqlite"
    let imported = try run(["marks", "import", file], library: other)
    #expect(imported.stdout == "Imported \(file): 2 added, 0 updated, 0 unchanged\n", "\(imported)")
    #expect(try run(["marks", "export"], library: other).stdout == exported.stdout)
    #expect(
      try run(["marks", "import", file], library: other).stdout.hasSuffix(
        ": 0 added, 0 updated, 2 unchanged\n"))
    // A newer mark replaces the library's, an older one does not; a mark named by
    // numbers alone is found in the show.
    let older = """
      [
        {"show": {"tvmaze": 90210}, "episode": {"season": 1, "number": 1, "id": "s01e01"},
         "watched": true, "at": "2020-01-01T00:00:00Z"},
        {"show": {"tvmaze": 90210}, "episode": {"season": 1, "number": 2, "id": "s01e02"},
         "watched": true, "at": "2020-01-01T00:00:00Z"}
      ]
      """
    let third = folder + "/third.sqlite"
    #expect(try run(["add", Self.harborLights], library: third).status == 0)
    #expect(
      try run(["marks", "import", try write("older.json", older)], library: third).status == 0)
    let marks = """
      [
        {"show": {"tvmaze": 90210}, "episode": {"season": 1, "number": 1, "id": "s01e01"},
         "watched": false, "at": "2021-01-01T00:00:00Z"},
        {"show": {"tvmaze": 90210}, "episode": {"season": 1, "number": 2, "id": "s01e02"},
         "watched": false, "at": "2019-01-01T00:00:00Z"},
        {"show": {"tvmaze": 90210}, "episode": {"season": 2, "number": 1},
         "watched": true, "at": "2026-11-28T08:00:00.250+01:00"}
      ]
      """
    let merged = try run(["marks", "import", try write("newer.json", marks)], library: third)
    #expect(merged.stdout.hasSuffix(": 1 added, 1 updated, 1 unchanged\n"), "\(merged)")
    #expect(
      try run(["progress", "harbor-lights"], library: third).stdoutLines[0]
        == "Harbor Lights: 2 of 5 watched; next S02E02 (2020-04-10)")
    let times = try #require(
      try json(run(["marks", "export"], library: third)) as? [[String: Any]]
    ).map { $0["at"] as? String }
    #expect(times.contains("2026-11-28T07:00:00Z"))
  }

  @Test func aBadFileOfMarksSaysWhereAndWritesNothing() throws {
    let cases: [(String, String)] = [
      ("{}", "the document: expected an array of marks, found an object"),
      ("[1]", "[0]: expected a mark, an object, found a number"),
      (
        #"[{"show": {"netflix": 1}, "episode": {"season": 1}, "watched": true, "at": "2026-01-01T00:00:00Z"}]"#,
        "[0].show: expected one of"
      ),
      (
        #"[{"show": {"pack": "x"}, "episode": {"season": "one"}, "watched": true, "at": "2026-01-01T00:00:00Z"}]"#,
        "[0].episode.season: expected a season number from 0"
      ),
      (
        #"[{"show": {"pack": "x"}, "episode": {"season": 1, "id": "e"}, "watched": 1, "at": "2026-01-01T00:00:00Z"}]"#,
        "[0].watched: expected true or false"
      ),
      (
        #"[{"show": {"pack": "x"}, "episode": {"season": 1, "id": "e"}, "watched": true, "at": "yesterday"}]"#,
        "[0].at: expected a time in ISO-8601"
      ),
      ("[\n  {\"show\": }", "line 2, column 12"),
      (
        #"[{"show": {"pack": "x"}, "episode": {"season": 1, "id": "e"}, "watched": true, "at": "2999-01-01T00:00:00Z"}]"#,
        "[0].at: a time later than tomorrow: 2999-01-01T00:00:00Z"
      ),
    ]
    for (index, (text, message)) in cases.enumerated() {
      let file = try write("bad-\(index).json", text)
      let result = try run(["marks", "import", file])
      #expect(result.status == 1, "\(text)")
      #expect(result.stderr.contains("\(file): \(message)"), "\(result)")
    }
    #expect(!FileManager.default.fileExists(atPath: library))
  }

  @Test func anImportKilledAtAnyMomentLeavesAllItsMarksOrNone() throws {
    let count = 20_000
    var marks: [String] = []
    for number in 1...count {
      marks.append(
        #"{"show": {"pack": "long"}, "episode": {"season": 1, "number": \#(number), "id": "e\#(number)"}, "watched": true, "at": "2026-11-28T07:00:00Z"}"#
      )
    }
    let file = try write("many.json", "[" + marks.joined(separator: ",\n") + "]")
    let started = Date()
    #expect(try run(["marks", "import", file]).status == 0)
    let span = UInt32(Date().timeIntervalSince(started) * 1.5 * 1_000_000)
    var random = SystemRandomNumberGenerator()
    var opened = 0
    for round in 0..<10 {
      try? FileManager.default.removeItem(atPath: library)
      try? FileManager.default.removeItem(atPath: library + "-wal")
      try? FileManager.default.removeItem(atPath: library + "-shm")
      let process = try BinaryRunner.start(["marks", "import", file], library: library)
      usleep(UInt32.random(in: 0..<span, using: &random))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      guard FileManager.default.fileExists(atPath: library) else { continue }
      opened += 1
      let check = try DatabaseQueue(path: library).read {
        try String.fetchAll($0, sql: "PRAGMA integrity_check")
      }
      #expect(check == ["ok"], "round \(round)")
      let exported = try run(["marks", "export"])
      #expect(exported.status == 0, "\(exported)")
      let found = try #require(try json(exported) as? [Any]).count
      #expect(found == 0 || found == count, "round \(round): \(found) marks")
    }
    // Most kills land after the library is made, during or after the import.
    #expect(opened > 0)
  }

  @Test func twoProcessesMarkingAtOnceLoseNothing() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    var files: [String] = []
    for part in 0..<2 {
      let marks = (0..<5_000).map { number in
        "{\"show\": {\"pack\": \"part-\(part)\"}, \"episode\": {\"season\": 1, \"number\": \(number), \"id\": \"e\(number)\"}, \"watched\": true, \"at\": \"2026-11-28T07:00:00Z\"}"
      }
      files.append(try write("part-\(part).json", "[" + marks.joined(separator: ",") + "]"))
    }
    var processes: [Process] = []
    for file in files {
      let process = try BinaryRunner.start(["marks", "import", file], library: library)
      processes.append(process)
    }
    // Meanwhile, episodes marked one by one.
    for code in ["S01E01", "S01E02", "S02E01"] {
      #expect(try run(["watched", "harbor-lights", code]).status == 0)
    }
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let exported = try #require(try json(run(["marks", "export"])) as? [Any])
    #expect(exported.count == 10_003)
  }

  @Test func aMarkGivenByTheShowsIMDbIdIsKeptUnderTheLibrarysName() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    // The second names an episode the show does not have; the third gives numbers that
    // disagree with its id, which wins.
    let marks =
      "[{\"show\": {\"imdb\": \"tt9000001\"}, \"episode\": {\"season\": 1, \"number\": 2}, \"watched\": true, \"at\": \"2026-01-01T00:00:00Z\"},"
      + "{\"show\": {\"tvmaze\": 90210}, \"episode\": {\"season\": 1, \"number\": 9, \"id\": \"s09e99\"}, \"watched\": true, \"at\": \"2026-01-01T00:00:00Z\"},"
      + "{\"show\": {\"tvmaze\": 90210}, \"episode\": {\"season\": 2, \"number\": 2, \"id\": \"s01e01\"}, \"watched\": true, \"at\": \"2026-01-01T00:00:00Z\"}]"
    let imported = try run(["marks", "import", try write("imdb.json", marks)])
    #expect(
      imported.stdout.hasSuffix(
        ": 2 added, 0 updated, 0 unchanged; 1 not matched to an episode (give each its \"id\", or add its show first)\n"
      ), "\(imported)")
    let exported = try #require(try json(run(["marks", "export"])) as? [[String: Any]])
    #expect(exported.map { ($0["episode"] as? [String: Any])?["number"] as? Int } == [1, 2])
    #expect(
      try run(["progress", "harbor-lights"]).stdoutLines[0].hasPrefix("Harbor Lights: 2 of 5"))
    #expect(try run(["progress"]).stdoutLines.count == 1)
  }
}
