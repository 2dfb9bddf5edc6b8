import Foundation
import GRDB
import Testing

/// `add`, `shows`, `remove` and `--show`, run as a person runs them, each test with a
/// library file of its own.
struct LibraryCommandTests {
  private let folder = NSTemporaryDirectory() + "tvbrowse-library-e2e-\(UUID().uuidString)"
  private var library: String { folder + "/library.sqlite" }

  private static var harborLights: String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/") + "/ShowModelTests/Fixtures/tvmaze/harbor-lights.json"
  }

  private func run(_ arguments: [String]) throws -> BinaryRunner.Run {
    try BinaryRunner.run(arguments, library: library)
  }

  private func write(_ name: String, _ text: String) throws -> String {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aSavedTVmazeShowIsAddedListedOpenedAndRemoved() throws {
    let added = try run(["add", Self.harborLights])
    #expect(added.status == 0, "\(added)")
    #expect(added.stdout == "Added Harbor Lights as harbor-lights (2 seasons, 5 episodes)\n")
    let shows = try run(["shows"])
    #expect(
      shows.stdoutLines == [
        "13-reasons-why  13 Reasons Why  –          2 seasons, 26 episodes  builtin",
        "harbor-lights   Harbor Lights   2019–2020  2 seasons, 5 episodes   tvmaze",
      ])
    let json = try JSONSerialization.jsonObject(
      with: Data(try run(["shows", "--json"]).stdoutBytes))
    let entries = try #require(json as? [[String: Any]])
    #expect(entries.count == 2)
    #expect(entries[1]["id"] as? String == "harbor-lights")
    #expect(entries[1]["start"] as? Int == 2019)
    #expect(entries[1]["tvmaze"] as? Int == 90210)
    #expect(entries[1]["imdb"] as? String == "tt9000001")
    #expect(entries[1]["source"] as? String == "tvmaze")
    #expect(entries[0]["end"] is NSNull)
    let episodes = try run(["list", "episodes", "--show", "harbor lights"])
    #expect(episodes.stdoutLines.count == 5, "\(episodes)")
    #expect(episodes.stdoutLines[2].contains("S01 special (2019-12-20) Behind the Lights"))
    let person = try run(["show", "person-303", "--show", "tvmaze:90210"])
    #expect(person.stdout.contains("— TVmaze show 90210 [tvmaze]"), "\(person)")
    let validated = try run(["validate", "--show", "harbor-lights"])
    #expect(validated.stdout == "harbor-lights: valid (23 entities)\n", "\(validated)")
    let removed = try run(["remove", "harbor-lights"])
    #expect(removed.stdout == "Removed harbor-lights (Harbor Lights)\n")
    #expect(try run(["shows"]).stdoutLines.count == 1)
    let gone = try run(["list", "episodes", "--show", "harbor-lights"])
    #expect(gone.status == 1)
    #expect(gone.stderr.contains("no show \"harbor-lights\" in the library"))
  }

  @Test func searchAllRanksTheHitsOfEveryShowAndNamesTheirShow() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    // The best hit is in the second show, the next in the first: the hits interleave.
    let text = try run(["search", "nora", "--all"])
    #expect(text.status == 0, "\(text)")
    let rows = text.stdoutLines.filter { !$0.hasPrefix(" ") }
    #expect(rows.first?.hasSuffix("character  Nora Quay — Harbor Lights") == true, "\(text)")
    #expect(rows.dropFirst().first?.hasPrefix("article-backlash") == true, "\(text)")
    #expect(rows.dropFirst(2).first?.hasSuffix("Ada Morrow — Harbor Lights") == true, "\(text)")
    let json = try JSONSerialization.jsonObject(
      with: Data(try run(["search", "hannah", "--all", "--json", "--limit", "3"]).stdoutBytes))
    let hits = try #require(json as? [[String: Any]])
    #expect(hits.count == 3)
    let first = try #require(hits.first)
    #expect(first["name"] as? String == "Hannah Baker")
    #expect(
      (first["show"] as? [String: String]) == ["id": "13-reasons-why", "name": "13 Reasons Why"])
    let both = try run(["search", "x", "--all", "--show", "harbor-lights"])
    #expect(both.status == 64)
    let none = try run(["search", "zzzqqq", "--all"])
    #expect(none.stderr == "tvbrowse: nothing matches \"zzzqqq\" in any show\n")
  }

  /// `show` names an entity by id (read from its few records) or by name (the whole show
  /// read): the page is the same; the show's own page lists all its seasons either way.
  @Test func aPageReadByIdIsThePageReadWhole() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    for (id, name) in [
      ("s01e01", "S01E01 The Logbook"), ("person-301", "Ada Morrow"),
      ("season-2", "Season 2: The Storm"),
    ] {
      for json in [[], ["--json"]] {
        let byID = try run(["show", id, "--show", "harbor-lights"] + json)
        let byName = try run(["show", name, "--show", "harbor-lights"] + json)
        #expect(byID.status == 0 && !byID.stdout.isEmpty, "\(byID)")
        #expect(byID.stdout == byName.stdout, "\(id)")
      }
    }
    let showPage = try run(["show", "show", "--show", "harbor-lights"])
    #expect(showPage.stdout.contains("Season 2: The Storm"), "\(showPage)")
    // With no library to be found, the default show is the built-in one, as before.
    let nowhere = try BinaryRunner.run(
      ["show", "hannah-baker"],
      environment: ["TVBROWSE_LIBRARY": "", "HOME": "", "XDG_DATA_HOME": ""])
    #expect(nowhere.status == 0, "\(nowhere)")
  }

  /// Without --show or --pack, subcommands answer about the show the browser opened last,
  /// and the browser opens on the Library view with it selected; a show removed since
  /// leaves the built-in one.
  @Test func theShowOpenedLastIsTheDefault() throws {
    #expect(try run(["add", Self.harborLights]).status == 0)
    // The built-in show's 26 episodes, then Harbor Lights' 5.
    #expect(try run(["list", "episodes"]).stdoutLines.count == 26)
    let browser = try Tmux.browser(
      ["--show", "harbor-lights"], width: 80, height: 24,
      environment: ["TVBROWSE_LIBRARY": library])
    _ = try browser.wait(forText: "Harbor Lights › Show")
    try browser.send("q")
    #expect(try browser.waitForExit() == 0)
    #expect(try run(["list", "episodes"]).stdoutLines.count == 5)
    let bare = try Tmux.browser(
      [], width: 80, height: 24, environment: ["TVBROWSE_LIBRARY": library])
    _ = try bare.wait(forText: " 2/2  Enter open")
    try bare.send("Enter")
    _ = try bare.wait(forText: "Harbor Lights › Show")
    try bare.send("q")
    #expect(try bare.waitForExit() == 0)
    #expect(try run(["remove", "harbor-lights"]).status == 0)
    #expect(try run(["list", "episodes"]).stdoutLines.count == 26)
  }

  /// A library that cannot be read never keeps the built-in show from answering, and
  /// `shows` says what is wrong with it; ids read from it reach the terminal escaped.
  @Test func aBadLibraryLeavesTheBuiltInShowAndItsTextIsEscaped() throws {
    _ = try write("library.sqlite", String(repeating: "garbage ", count: 1000))
    let seasons = try run(["list", "seasons"])
    #expect(seasons.status == 0, "\(seasons)")
    let shows = try run(["shows"])
    #expect(shows.status == 1)
    #expect(shows.stderr.contains("is damaged or not a tvbrowse library"), "\(shows)")
    try FileManager.default.removeItem(atPath: library)
    #expect(try run(["add", Self.harborLights]).status == 0)
    try DatabaseQueue(path: library).write { db in
      try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
      try db.execute(sql: "UPDATE show SET id = 'hl' || char(27) || ']0;PWN' || char(7)")
      try db.execute(sql: "UPDATE entity SET show = 'hl' || char(27) || ']0;PWN' || char(7)")
      for table in ["person", "link", "episode"] {
        try db.execute(sql: "UPDATE \(table) SET show = 'hl' || char(27) || ']0;PWN' || char(7)")
      }
    }
    for arguments in [["shows"], ["remove", "Harbor Lights"]] {
      let result = try run(arguments)
      #expect(result.status == 0, "\(result)")
      #expect(
        !result.stdoutBytes.contains(0x1B) && !result.stdoutBytes.contains(0x07), "\(arguments)")
    }
  }

  /// A pack is read by the pack reader, with its article files, and stored with them; a
  /// broken pack gives its problems as validate does, and nothing is written.
  @Test func aPackIsAddedWithItsArticlesAndABrokenOneIsRefused() throws {
    let root = TVBrowseBinary.packageRoot()
    let broken = try BinaryRunner.run(
      ["add", "Tests/ShowModelTests/BrokenPacks/trailing-comma.json"], in: root, library: library)
    #expect(broken.status == 1)
    #expect(
      broken.stderr
        == "Tests/ShowModelTests/BrokenPacks/trailing-comma.json:6:73: trailing comma before ']'\n")
    #expect(!FileManager.default.fileExists(atPath: library))
    let added = try BinaryRunner.run(
      ["add", "Resources/pack.json", "--root", "."], in: root, library: library)
    #expect(added.stdout == "Added 13 Reasons Why as 13-reasons-why-2 (2 seasons, 26 episodes)\n")
    let article = try run(["show", "article-so-close", "--text", "--show", "13-reasons-why-2"])
    #expect(article.stdout.hasPrefix("It’s SO close to being official"), "\(article)")
  }

  /// `shows` lines up its columns and fits 80 columns, a long name cut with "…".
  @Test func showsFitsEightyColumnsInColumnsThatLineUp() throws {
    let long = String(repeating: "Very Long Name ", count: 12)
    let path = try write("long.json", #"{"id": 8, "name": "\#(long)", "premiered": "1999-01-01"}"#)
    #expect(try run(["add", path]).status == 0)
    #expect(try run(["add", Self.harborLights]).status == 0)
    let lines = try run(["shows"]).stdoutLines
    // The long show's id, cut at 40 characters, stands on a line of its own.
    #expect(lines.count == 4)
    #expect(lines.contains("very-long-name-very-long-name-very-long"), "\(lines)")
    #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines)")
    #expect(lines.contains { $0.contains("…") })
    // The years start in one column on every line.
    let starts = lines.filter { $0.contains("  ") }.map { line in
      line.distance(
        from: line.startIndex,
        to: line.range(of: "  –  ")?.lowerBound ?? line.range(of: "  19")?.lowerBound
          ?? line.range(of: "  20")!.lowerBound)
    }
    #expect(Set(starts).count == 1, "\(lines)")
  }

  @Test func readingCommandsNeverCreateTheLibrary() throws {
    #expect(try run(["shows"]).status == 0)
    #expect(try run(["list", "seasons", "--show", "13-reasons-why"]).status == 0)
    #expect(try run(["list", "seasons", "--show", "nothing"]).status == 1)
    #expect(try run(["remove", "nothing"]).status == 1)
    #expect(try run(["search", "hannah", "--all"]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: library))
  }

  @Test func usageErrorsAndTheBuiltInShowAreRefused() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // A one-letter library path is a file in the working folder (it once crashed `add`).
    let one = try BinaryRunner.run(
      ["add", Self.harborLights, "--library", "a"], in: folder, library: library)
    #expect(one.status == 0, "\(one)")
    #expect(FileManager.default.fileExists(atPath: folder + "/a"))
    let empty = try run(["shows", "--library", ""])
    #expect(empty.status == 64)
    #expect(empty.stderr.contains("the library path is empty"), "\(empty)")
    let both = try run(["list", "seasons", "--show", "x", "--pack", "y"])
    #expect(both.status == 64)
    #expect(both.stderr.contains("--show and --pack both name a show to open"))
    let builtIn = try run(["remove", "13 Reasons Why"])
    #expect(builtIn.status == 1)
    #expect(builtIn.stderr == "tvbrowse: the built-in show cannot be removed\n")
  }

  @Test func aBadFileSaysWhereAndWritesNothing() throws {
    let cases: [(String, String)] = [
      (
        #"{"id": 1, "name": "X", "_embedded": {"episodes": [{"season": "2"}]}}"#,
        "_embedded.episodes[0].season: expected an integer, found a string"
      ),
      (
        "[1, 2]",
        #"expected a tvbrowse pack ("format": "tvbrowse-pack") or a saved TVmaze show (an object with "id" and "name")"#
      ),
      (#"{"id": 1,"#, "line 1, column 10:"),
      (
        #"{"id": 1, "name": "X", "_embedded": {"cast": [{"person": {"id": 1, "name": "A"}, "character": {"id": 1, "name": "B"}}]}}"#,
        ""
      ),
    ]
    for (index, (text, message)) in cases.enumerated() {
      let path = try write("bad-\(index).json", text)
      let result = try run(["add", path])
      if message.isEmpty {
        #expect(result.status == 0, "\(result)")
        continue
      }
      #expect(result.status == 1, "\(result)")
      #expect(result.stderr.contains("\(path): \(message)"), "\(result)")
    }
    let shows = try run(["shows", "--json"])
    #expect(shows.stdout.contains("\"X\""))
    #expect(shows.stdout.components(separatedBy: "\"id\"").count == 3)
  }

  @Test func textFromTVmazeReachesTheTerminalWithoutAControlCharacter() throws {
    let path = try write(
      "evil.json",
      #"{"id": 7, "name": "Evil\u001b[31mRed", "summary": "<p>a\u0007b\u001b]0;title\u0007</p>"}"#)
    #expect(try run(["add", path]).status == 0)
    for arguments in [
      ["shows"], ["show", "show", "--show", "tvmaze:7"], ["list", "sources", "--show", "tvmaze:7"],
    ] {
      let result = try run(arguments)
      #expect(result.status == 0, "\(result)")
      #expect(
        !result.stdoutBytes.contains(0x1B) && !result.stdoutBytes.contains(0x07), "\(arguments)")
    }
  }

  /// `kill -9` at random moments of `add`: the library holds the show whole or not at
  /// all, and SQLite finds the file sound.
  @Test func anAddKilledAtAnyMomentLeavesTheShowWholeOrAbsent() throws {
    let generated = folder + "/generated.json"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let script = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    let make = Process()
    make.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    make.arguments = [
      "python3", "/" + script + "/bench/make_tvmaze.py", generated, "--episodes", "1000",
      "--cast", "300",
    ]
    try make.run()
    make.waitUntilExit()
    #expect(make.terminationStatus == 0)
    // One add left to finish: the show whole, and how long an add takes here; the kills
    // land within 1.5 times that, before, during and after the transaction.
    let started = Date()
    #expect(try run(["add", generated]).status == 0)
    let span = UInt32(Date().timeIntervalSince(started) * 1.5 * 1_000_000)
    var random = SystemRandomNumberGenerator()
    var whole = 0
    for round in 0..<30 {
      // Every tenth round starts from no show; the others kill an add that replaces it.
      if round % 10 == 5 { _ = try? run(["remove", "generated-harbor"]) }
      let process = try BinaryRunner.start(["add", generated], library: library)
      usleep(UInt32.random(in: 0..<span, using: &random))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      guard FileManager.default.fileExists(atPath: library) else { continue }
      let check = try DatabaseQueue(path: library).read {
        try String.fetchAll($0, sql: "PRAGMA integrity_check")
      }
      #expect(check == ["ok"], "round \(round)")
      let shows = try run(["shows", "--json"])
      #expect(shows.status == 0, "\(shows)")
      let entries = try #require(
        try JSONSerialization.jsonObject(with: Data(shows.stdoutBytes)) as? [[String: Any]])
      for entry in entries where entry["id"] as? String == "generated-harbor" {
        #expect(entry["episodes"] as? Int == 1000, "round \(round)")
        // The entities too, not only the show's line.
        let episodes = try run(["list", "episodes", "--show", "generated-harbor"])
        #expect(episodes.stdoutLines.count == 1000, "round \(round)")
        whole += 1
      }
    }
    // Some rounds find the show (left by the first add, or committed before the kill).
    #expect(whole > 0)
  }
}
