import Foundation
import Testing

/// `show`, `list` and `search` behind the spoiler shield, and `--spoilers`, run as a person
/// runs them, each test with a library file of its own.
struct SpoilerCommandTests {
  private let folder = NSTemporaryDirectory() + "tvbrowse-spoiler-e2e-\(UUID().uuidString)"
  private var library: String { folder + "/library.sqlite" }

  private static func fixture(_ name: String) -> String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/") + "/ShowModelTests/Fixtures/" + name
  }

  private func run(_ arguments: [String]) throws -> BinaryRunner.Run {
    try BinaryRunner.run(arguments, library: library)
  }

  private func json(_ arguments: [String]) throws -> Any {
    let run = try run(arguments + ["--json"])
    #expect(run.status == 0, "\(run)")
    return try JSONSerialization.jsonObject(with: Data(run.stdoutBytes))
  }

  /// The built-in show watched up to S01E12.
  private func watchUpToS01E12() throws {
    let marked = try run(["watched", "13-reasons-why", "S01E12", "--until"])
    #expect(marked.status == 0, "\(marked)")
  }

  @Test func aThreadThatRevealsTheFinaleIsHiddenUntilItIsWatched() throws {
    let before = try run(["show", "tyler-cliffhanger"])
    #expect(before.stdout.hasPrefix("Tyler's gun arsenal (thread, tyler-cliffhanger)"))
    try watchUpToS01E12()
    let hidden = try run(["show", "tyler-cliffhanger"])
    #expect(
      hidden.stdout == """
        Plot thread (spoiler for S01E13) (thread, tyler-cliffhanger)

        About
          Kind: Plot thread
          spoiler for S01E13 (--spoilers shows it)

        """, "\(hidden)")
    let shown = try run(["show", "tyler-cliffhanger", "--spoilers"])
    #expect(shown.stdout == before.stdout)
    #expect(try run(["watched", "13-reasons-why", "S01E13"]).status == 0)
    #expect(try run(["show", "tyler-cliffhanger"]).stdout == before.stdout)
  }

  @Test func jsonGivesHiddenAndTheEpisodeInPlaceOfTheText() throws {
    try watchUpToS01E12()
    let tyler = try #require(try json(["show", "tyler"]) as? [String: Any])
    let hidden: NSDictionary = ["hidden": true, "reveals": "S01E13"]
    let facts = try #require(tyler["facts"] as? [NSDictionary])
    #expect(facts == [hidden])
    let citations = try #require(tyler["citations"] as? [NSDictionary])
    #expect(citations.count == 2)
    #expect(citations.last == hidden)
    let thread = try #require(try json(["show", "tyler-cliffhanger"]) as? [String: Any])
    #expect(thread["name"] as? String == "Plot thread (spoiler for S01E13)")
    #expect(thread["summary"] as? NSDictionary == hidden)
    let threads = try #require(try json(["list", "threads"]) as? [[String: Any]])
    let listed = try #require(threads.first { $0["id"] as? String == "tyler-cliffhanger" })
    #expect(listed["name"] as? String == "Plot thread (spoiler for S01E13)")
    #expect(listed["summary"] as? NSDictionary == hidden)
    #expect((listed["characters"] as? [Any])?.isEmpty == true)
  }

  @Test func searchFindsTheEntityButNeverPrintsTheHiddenText() throws {
    try watchUpToS01E12()
    let text = try run(["search", "arsenal"])
    #expect(text.status == 0)
    // Only the id, which names it for `show`, says what it is about.
    #expect(!text.stdout.contains("gun arsenal"), "\(text)")
    #expect(text.stdout.contains("tyler-cliffhanger  thread     Plot thread (spoiler for S01E13)"))
    let hits = try #require(try json(["search", "arsenal"]) as? [[String: Any]])
    #expect(!hits.isEmpty)
    for hit in hits {
      #expect(hit["matched"] as? NSDictionary == ["hidden": true, "reveals": "S01E13"])
      #expect((hit["positions"] as? [Any])?.isEmpty == true)
    }
    let everything = try run(["search", "arsenal", "--spoilers"])
    #expect(everything.stdout.contains("Tyler's gun arsenal"))
  }

  @Test func anArticlesPassagesThatRevealTheFinaleAreHiddenInItsText() throws {
    try watchUpToS01E12()
    let article = try run(["show", "article-so-close", "--text"])
    #expect(article.status == 0)
    #expect(!article.stdout.contains("survives his gunshot"), "\(article)")
    #expect(!article.stdout.contains("Druid"), "\(article)")
    #expect(article.stdout.contains("[spoiler for S01E13]"))
    #expect(
      try run(["show", "article-so-close", "--text", "--spoilers"]).stdout.contains(
        "survives his gunshot"))
  }

  @Test func theCandidatesOfANameNotFoundAreNamedAsTheShieldLetsThem() throws {
    try watchUpToS01E12()
    let run = try run(["show", "shoots himself"])
    #expect(run.status == 1)
    #expect(!run.stderr.contains("Alex shoots himself"), "\(run)")
  }

  @Test func aPackFileHasNoMarksAndHidesNothing() throws {
    try watchUpToS01E12()
    let root = TVBrowseBinary.packageRoot()
    let pack = try run([
      "show", "tyler-cliffhanger", "--pack", root + "/Resources/pack.json", "--root", root,
    ])
    #expect(pack.stdout.hasPrefix("Tyler's gun arsenal"), "\(pack)")
  }

  @Test func anImportedShowHidesTheTitlesAndSummariesOfWhatComesNext() throws {
    #expect(try run(["add", Self.fixture("tvmaze/lantern-bay.json")]).status == 0)
    #expect(try run(["watched", "lantern-bay", "S01E12", "--until"]).status == 0)
    let episodes = try run(["list", "episodes", "--show", "lantern-bay"])
    #expect(episodes.stdout.contains("s01e12  S01E12 The Wreck"))
    #expect(episodes.stdout.contains("s01e13  S01E13 (title hidden)"))
    #expect(!episodes.stdout.contains("Landfall"))
    #expect(
      try run(["list", "episodes", "--show", "lantern-bay", "--spoilers"]).stdout.contains(
        "Landfall"))
    let finale = try #require(
      try json(["show", "s01e13", "--show", "lantern-bay"]) as? [String: Any])
    #expect(finale["name"] as? String == "S01E13 (title hidden)")
    #expect(finale["aliases"] as? [String] == [])
    #expect(finale["summary"] as? NSDictionary == ["hidden": true, "reveals": "S01E13"])
    let page = try run(["show", "s01e13", "--show", "lantern-bay"])
    #expect(!page.stdout.contains("Guest Actor"), "\(page)")
    #expect(page.stdout.contains("Air date"))
  }

  @Test func laterGuestsAndALaterSeasonsTitleAreHiddenToo() throws {
    #expect(try run(["add", Self.fixture("tvmaze/lantern-bay.json")]).status == 0)
    #expect(try run(["watched", "lantern-bay", "S01E12", "--until"]).status == 0)
    for kind in ["characters", "people", "credits"] {
      let listed = try run(["list", kind, "--show", "lantern-bay"])
      #expect(!listed.stdout.contains("Visitor 1"), "\(listed)")
      #expect(!listed.stdout.contains("Guest Actor"), "\(listed)")
    }
    #expect(
      try run(["list", "characters", "--show", "lantern-bay", "--spoilers"]).stdout.contains(
        "Visitor 113"))
    #expect(try run(["add", Self.fixture("tvmaze/harbor-lights.json")]).status == 0)
    #expect(try run(["watched", "harbor-lights", "S01E02"]).status == 0)
    let seasons = try run(["list", "seasons", "--show", "harbor-lights"])
    #expect(seasons.stdout.contains("season-2  Season 2"), "\(seasons)")
    #expect(!seasons.stdout.contains("The Storm"), "\(seasons)")
  }

  @Test func unmarkingNamesTheEpisodesByTheirCodesAlone() throws {
    #expect(try run(["add", Self.fixture("tvmaze/harbor-lights.json")]).status == 0)
    let text = try run(["watched", "harbor-lights", "S02E01", "--unmark"])
    #expect(text.stdout == "Marked S02E01 unwatched\n", "\(text)")
    let json = try #require(
      try self.json(["watched", "harbor-lights", "S02E01", "--unmark"]) as? [String: Any])
    let episodes = try #require(json["episodes"] as? [[String: Any]])
    #expect(episodes.first?["title"] as? NSDictionary == ["hidden": true, "reveals": "S02E01"])
  }

  @Test func theLibraryViewsSearchHidesWhatTheShowHides() throws {
    #expect(try run(["add", Self.fixture("tvmaze/lantern-bay.json")]).status == 0)
    #expect(try run(["watched", "lantern-bay", "S01E12", "--until"]).status == 0)
    let browser = try Tmux.browser(
      [], width: 100, height: 30, environment: ["TVBROWSE_LIBRARY": library])
    _ = try browser.wait(forText: "Enter open")
    try browser.send("/")
    for character in "Landfall" { try browser.send(String(character)) }
    let screen = try browser.waitForSteadyScreen(containing: "S01E13 (title hidden)")
    #expect(!screen.contains("S01E13 Landfall"), "\(screen)")
    try browser.send("Escape")
    try browser.send("q")
    #expect(try browser.waitForExit() == 0)
  }

  @Test func aStoredPackKeepsWhatItsFactsReveal() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let pack = folder + "/pack.json"
    try Data(
      """
      {"format": "tvbrowse-pack", "version": 2,
       "show": {"id": "bay", "name": "Bay"},
       "sources": [{"id": "a", "kind": "article", "name": "A",
                    "text": "Nora leaves the island in the last episode."}],
       "seasons": [{"id": "season-1", "name": "Season 1", "number": 1}],
       "episodes": [{"id": "e1", "name": "S01E01", "season": "season-1", "number": 1},
                    {"id": "e2", "name": "S01E02", "season": "season-1", "number": 2}],
       "characters": [{"id": "nora", "name": "Nora",
         "facts": [{"label": "Fate", "reveals": "e2", "claims": [{"value": "Leaves the island",
           "citations": [{"source": "a", "quote": "Nora leaves the island"}]}]}]}],
       "threads": [{"id": "the-island", "name": "The island", "characters": ["nora"]}]}
      """.utf8
    ).write(to: URL(fileURLWithPath: pack))
    #expect(try run(["add", pack]).status == 0)
    #expect(try run(["watched", "bay", "S01E01"]).status == 0)
    let nora = try run(["show", "nora", "--show", "bay"])
    #expect(!nora.stdout.contains("Leaves the island"), "\(nora)")
    #expect(nora.stdout.contains("spoiler for S01E02 (--spoilers shows it)"))
    #expect(
      try run(["show", "nora", "--show", "bay", "--spoilers"]).stdout.contains("Leaves the island"))
  }
}
