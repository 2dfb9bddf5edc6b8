import Foundation
import Testing

/// The built `tvbrowse` binary run as a plain process: each subcommand's exit status, the
/// ids and names it prints, its JSON, and its exact error lines.
@Suite struct CommandLineTests {
  // MARK: - Help and validate

  @Test func helpExitsZeroAndNamesEverySubcommand() throws {
    let run = try BinaryRunner.run(["--help"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("USAGE: tvbrowse"))
    for subcommand in ["list", "show", "search", "validate"] {
      #expect(run.stdoutLines.contains { $0.hasPrefix("  \(subcommand) ") }, "\(subcommand)")
    }
  }

  @Test func validateBuiltInPackCountsEveryEntity() throws {
    let run = try BinaryRunner.run(["validate"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr == "")
    // The show itself, plus every entity the lists hold.
    var count = 1
    for kind in ["seasons", "episodes", "characters", "people", "credits", "threads", "sources"] {
      count += try Self.items(BinaryRunner.run(["list", kind, "--json"])).count
    }
    #expect(run.stdout == "(built-in pack): valid (\(count) entities)\n")
  }

  @Test func validateBrokenPackPrintsEveryProblemOnStderr() throws {
    let pack = try ScratchPack(Self.brokenPack)
    defer { pack.remove() }
    let run = try BinaryRunner.run(["validate", pack.path])
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(
      run.stderrLines == Self.brokenPackProblems.map { "\(pack.path): \($0)" } + [
        "tvbrowse: 4 problems in \(pack.path)"
      ])
  }

  @Test func validateSyntaxErrorPrintsLineAndColumn() throws {
    let pack = try ScratchPack("{\"format\": \"tvbrowse-pack\",\n \"version\": 1,}\n")
    defer { pack.remove() }
    let run = try BinaryRunner.run(["validate", "--pack", pack.path])
    #expect(run.status == 1)
    #expect(
      run.stderrLines == [
        "\(pack.path):2:14: trailing comma before '}'", "tvbrowse: 1 problem in \(pack.path)",
      ])
  }

  @Test func validateJSONListsEachProblemWithItsLocation() throws {
    let pack = try ScratchPack(Self.brokenPack)
    defer { pack.remove() }
    let run = try BinaryRunner.run(["validate", pack.path, "--json"])
    #expect(run.status == 1)
    let report = try #require(try Self.json(run) as? [String: Any])
    #expect(report["file"] as? String == pack.path)
    #expect(report["valid"] as? Bool == false)
    let problems = try #require(report["problems"] as? [[String: Any]])
    let lines = problems.map {
      "\($0["path"] as? String ?? "?"): \($0["message"] as? String ?? "?")"
    }
    #expect(lines == Self.brokenPackProblems)
    #expect(problems.allSatisfy { $0["file"] as? String == pack.path })

    let valid = try Self.json(BinaryRunner.run(["validate", "--json"])) as? [String: Any]
    #expect(valid?["valid"] as? Bool == true)
    #expect((valid?["problems"] as? [Any])?.isEmpty == true)
  }

  // MARK: - A pack reads only its own files

  @Test func projectPackValidatesWithTheRepositoryAsRoot() throws {
    let root = TVBrowseBinary.packageRoot()
    let run = try BinaryRunner.run(["validate", "Resources/pack.json", "--root", "."], in: root)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == "Resources/pack.json: valid (88 entities)\n")
    let list = try BinaryRunner.run(
      ["list", "sources", "--pack", "Resources/pack.json", "--root", "."], in: root)
    #expect(list.status == 0, "\(list)")
    // The browser opens the pack too, then finds no terminal to draw on.
    let browser = try BinaryRunner.run(["--pack", "Resources/pack.json", "--root", "."], in: root)
    #expect(browser.status == 1, "\(browser)")
    #expect(!browser.stderr.contains("Resources/pack.json"), "\(browser)")
    #expect(browser.stderr.contains("for output without a terminal use the subcommands"))
  }

  @Test func projectPackWithoutRootIsRefusedItsArticles() throws {
    let run = try BinaryRunner.run(
      ["validate", "Resources/pack.json"], in: TVBrowseBinary.packageRoot())
    #expect(run.status == 1)
    #expect(run.stderrLines.count == 4, "\(run)")
    #expect(
      run.stderrLines.first
        == "Resources/pack.json: sources[0].file: cannot read source file \"../seeds/000_10b43d2d2bc7ca08.txt\": refused without reading: it leads outside the pack's folder, and a source file must resolve inside it (after \"..\" and symbolic links)"
    )
  }

  @Test func rootThatDoesNotHoldThePackIsAUsageError() throws {
    let root = TVBrowseBinary.packageRoot()
    for command in [
      ["validate", "Resources/pack.json", "--root", "Tests"],
      ["list", "people", "--pack", "Resources/pack.json", "--root", "seeds"],
      ["--pack", "Resources/pack.json", "--root", "Tests"],
    ] {
      let run = try BinaryRunner.run(command, in: root)
      #expect(run.status == 64, "\(command) \(run)")
      #expect(run.stdout == "")
      #expect(
        run.stderrLines.first?.contains("must be the pack's folder or a folder above it") == true)
    }
    let alone = try BinaryRunner.run(["list", "people", "--root", "."], in: root)
    #expect(alone.status == 64, "\(alone)")
    #expect(alone.stderrLines.first?.contains("--root needs a pack file") == true)
  }

  // MARK: - list

  @Test func listCharactersTextAndJSONAgree() throws {
    let text = try BinaryRunner.run(["list", "characters"])
    #expect(text.status == 0, "\(text)")
    let hannah = try #require(text.stdoutLines.first { $0.hasPrefix("hannah-baker ") })
    #expect(hannah.contains("Hannah Baker"))
    #expect(hannah.contains("Katherine Langford"))

    let items = try Self.items(BinaryRunner.run(["list", "characters", "--json"]))
    #expect(items.count == text.stdoutLines.count)
    for item in items {
      let id = try #require(item["id"] as? String)
      #expect(id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil, "\(id)")
      #expect(item["kind"] as? String == "character", "\(id)")
      #expect((item["name"] as? String)?.isEmpty == false, "\(id)")
    }
    let ids = items.compactMap { $0["id"] as? String }
    #expect(ids == text.stdoutLines.map { String($0.prefix { $0 != " " }) })
    #expect(ids.contains("hannah-baker") && ids.contains("clay-jensen"))
    #expect(
      items.first { $0["id"] as? String == "hannah-baker" }?["name"] as? String == "Hannah Baker")
  }

  // MARK: - show

  @Test func showHannahBakerText() throws {
    let run = try BinaryRunner.run(["show", "hannah-baker"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdoutLines.first?.hasPrefix("Hannah Baker") == true)
    #expect(run.stdout.contains("Katherine Langford [katherine-langford]"))
    for thread in ["hannahs-tapes", "clay-receives-the-tapes", "hannahs-mother-questions"] {
      #expect(run.stdout.contains("[\(thread)]"), "\(thread)")
    }
    #expect(run.stdout.contains("“her decision to commit suicide”"))
    #expect(run.stdout.contains("[article-backlash]"))
  }

  @Test func showHannahBakerJSON() throws {
    let details = try #require(
      try Self.json(BinaryRunner.run(["show", "hannah-baker", "--json"])) as? [String: Any])
    #expect(details["id"] as? String == "hannah-baker")
    #expect(details["kind"] as? String == "character")
    #expect(details["name"] as? String == "Hannah Baker")
    let relations = try #require(details["relations"] as? [String: [[String: Any]]])
    #expect(relations["playedBy"]?.map { $0["id"] as? String } == ["katherine-langford"])
    let threads = relations["plotThreads"]?.compactMap { $0["id"] as? String } ?? []
    #expect(threads.contains("hannahs-tapes") && threads.contains("clay-receives-the-tapes"))
    let citations = try #require(details["citations"] as? [[String: Any]])
    #expect(!citations.isEmpty)
    for citation in citations {
      #expect((citation["quote"] as? String)?.isEmpty == false)
      #expect((citation["source"] as? [String: Any])?["kind"] as? String == "source")
    }
  }

  @Test func showDisagreementText() throws {
    let run = try BinaryRunner.run(["show", "season-2"])
    #expect(run.status == 0, "\(run)")
    let renewal = try #require(
      run.stdoutLines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Renewal") })
    #expect(renewal.contains("sources disagree"))
    #expect(run.stdout.contains("Officially happening"))
    #expect(run.stdout.contains("Not officially announced yet"))
  }

  @Test func showDisagreementJSON() throws {
    let details = try #require(
      try Self.json(BinaryRunner.run(["show", "season-2", "--json"])) as? [String: Any])
    let facts = try #require(details["facts"] as? [[String: Any]])
    let renewal = try #require(facts.first { $0["label"] as? String == "Renewal" })
    #expect(renewal["disagreement"] as? Bool == true)
    let claims = try #require(renewal["claims"] as? [[String: Any]])
    #expect(claims.count >= 2)
    #expect(claims.allSatisfy { ($0["citations"] as? [Any])?.isEmpty == false })
    let episodes = facts.first { $0["label"] as? String == "Episodes" }
    #expect(episodes?["disagreement"] as? Bool == false)
  }

  @Test func showByAlias() throws {
    let run = try BinaryRunner.run(["show", "Minette"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdoutLines.first == "Dylan Minnette (person, dylan-minnette)")
    let json = try Self.json(BinaryRunner.run(["show", "Minette", "--json"])) as? [String: Any]
    #expect(json?["id"] as? String == "dylan-minnette")
  }

  @Test func showUnknownNameSuggestsOnStderr() throws {
    let run = try BinaryRunner.run(["show", "hanah"])
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(run.stderrLines.first == "tvbrowse: no entity has the id, name or alias \"hanah\"")
    #expect(run.stderrLines.contains("tvbrowse: closest matches:"))
    #expect(run.stderrLines.contains { $0.hasPrefix("tvbrowse:   hannah-baker  Hannah Baker") })
  }

  // MARK: - search

  @Test func searchLangfordRanksThePersonFirst() throws {
    let ids = try Self.items(BinaryRunner.run(["search", "langford", "--json"])).compactMap {
      $0["id"] as? String
    }
    #expect(ids.first == "katherine-langford")
    #expect(ids.dropFirst().prefix(4).contains("hannah-baker"), "\(ids)")
    let text = try BinaryRunner.run(["search", "langford"])
    #expect(text.status == 0)
    #expect(text.stdoutLines.first?.hasPrefix("katherine-langford ") == true)
  }

  @Test func searchGunFindsTheArsenalThread() throws {
    let items = try Self.items(BinaryRunner.run(["search", "gun", "--json"]))
    #expect(items.first?["id"] as? String == "tyler-cliffhanger")
    #expect(items.first?["kind"] as? String == "thread")
  }

  @Test func searchKindAndLimit() throws {
    let people = try Self.items(
      BinaryRunner.run(["search", "hannah", "--kind", "people", "--json"]))
    #expect(!people.isEmpty)
    #expect(people.allSatisfy { $0["kind"] as? String == "person" })
    let one = try Self.items(BinaryRunner.run(["search", "langford", "--limit", "1", "--json"]))
    #expect(one.map { $0["id"] as? String } == ["katherine-langford"])
    let text = try BinaryRunner.run(["search", "hannah", "--limit", "1"])
    #expect(text.stdoutLines.first?.hasPrefix("hannah-baker ") == true)
    #expect(text.stdoutLines.dropFirst() == ["    alias: Hannah"])
    let none = try BinaryRunner.run(["search", "zzqxv"])
    #expect(none.status == 1)
    #expect(none.stderr == "tvbrowse: nothing matches \"zzqxv\"\n")
  }

  // MARK: - Missing pack

  @Test(arguments: [["list", "characters"], ["show", "hannah-baker"], ["search", "hannah"]])
  func missingPackIsOneErrorLine(command: [String]) throws {
    let path = "/nonexistent-\(UUID().uuidString)/pack.json"
    let run = try BinaryRunner.run(command + ["--pack", path])
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(run.stderr == "\(path): no such file\n")
  }

  @Test func validateMissingPack() throws {
    let path = "/nonexistent-\(UUID().uuidString)/pack.json"
    let run = try BinaryRunner.run(["validate", path])
    #expect(run.status == 1)
    #expect(run.stderrLines == ["\(path): no such file", "tvbrowse: 1 problem in \(path)"])
  }

  // MARK: - Escape sequences in the data

  @Test func textOutputShowsNoRawControls() throws {
    let pack = try ScratchPack(Self.escapePack, named: "escapes.json")
    defer { pack.remove() }
    // Each command with the exit status it must end with.
    let commands: [([String], Int32)] = [
      (["list", "characters"], 0), (["list", "people"], 0), (["list", "sources"], 0),
      (["show", "evil-hannah"], 0), (["show", "evil-person"], 0), (["show", "article"], 0),
      (["search", "hannah"], 0), (["search", "evil"], 0), (["show", "Evil\u{1B}[2J"], 1),
      (["show", "\u{1B}]0;x\u{07}\u{9B}1m\u{202E}"], 1), (["validate"], 0),
    ]
    for (command, status) in commands {
      let run = try BinaryRunner.run(command + ["--pack", pack.path])
      #expect(run.status == status, "\(command) \(run)")
      #expect(Self.rawControls(run.stdoutBytes) == [], "stdout of \(command)")
      #expect(Self.rawControls(run.stderrBytes) == [], "stderr of \(command)")
    }
    let show = try BinaryRunner.run(["show", "evil-hannah", "--pack", pack.path])
    #expect(show.stdoutLines.first == "Evil\u{241B}[2J Hannah (character, evil-hannah)")
    #expect(show.stdout.contains("Rings a bell\u{2407} and \u{FFFD}31m turns red \u{FFFD}right."))

    let broken = try ScratchPack(
      Self.escapePack.replacingOccurrences(of: "said so\"", with: "said no\""))
    defer { broken.remove() }
    let validate = try BinaryRunner.run(["validate", broken.path])
    #expect(validate.status == 1)
    #expect(Self.rawControls(validate.stderrBytes) == [])
    #expect(
      validate.stderrLines.first
        == "\(broken.path): characters[0].citations[0].quote: quote not found in source \"article\": \"\u{FFFD}Baker\u{241B}[2J said no\"; closest passage: \"\u{FFFD}Baker\u{241B}[2J said so\", which differs at character 17: \"n\" in the quote, \"s\" in the article"
    )

    let missing = "\(pack.folder)/\u{1B}[2J\u{9B}0m.json"
    let open = try BinaryRunner.run(["list", "characters", "--pack", missing])
    #expect(open.stderr == "\(pack.folder)/\u{241B}[2J\u{FFFD}0m.json: no such file\n")
  }

  @Test func jsonOutputEscapesControls() throws {
    let pack = try ScratchPack(Self.escapePack)
    defer { pack.remove() }
    let show = try BinaryRunner.run(["show", "evil-hannah", "--pack", pack.path, "--json"])
    #expect(Self.rawControls(show.stdoutBytes) == [])
    for escape in [#"\u001b[2J"#, #"\u0007"#, #"\u009b31m"#, #"\u202e"#] {
      #expect(show.stdout.contains(escape), "\(escape)")
    }
    let details = try #require(try Self.json(show) as? [String: Any])
    #expect(details["name"] as? String == "Evil\u{1B}[2J Hannah")
    #expect(details["aliases"] as? [String] == ["\u{202E}Hannah"])
    #expect(
      details["summary"] as? String == "Rings a bell\u{07} and \u{9B}31m turns red \u{202E}right.")

    for command in [["list", "people"], ["list", "sources"], ["search", "evil"]] {
      let run = try BinaryRunner.run(command + ["--pack", pack.path, "--json"])
      #expect(run.status == 0, "\(command) \(run)")
      #expect(Self.rawControls(run.stdoutBytes) == [], "\(command)")
      #expect(try Self.json(run) is [Any], "\(command)")
    }
    let people = try Self.items(
      BinaryRunner.run(["list", "people", "--pack", pack.path, "--json"]))
    #expect(people.first?["name"] as? String == "Person \u{202E}Reversed\u{1B}]0;title\u{07}")
  }

  /// A valid pack whose names, aliases, summaries, texts and quotes hold terminal escapes:
  /// ESC [ 2 J (clear screen), ESC ] 0 ; title BEL (set title), C1 CSI and a bidi override.
  static let escapePack = """
    {
      "format": "tvbrowse-pack",
      "version": 1,
      "show": {
        "id": "show", "name": "Show\\u001b[2J",
        "citations": [ { "source": "article", "quote": "Evil\\u001b]0;title\\u0007 Hannah" } ]
      },
      "sources": [
        { "id": "article", "kind": "article", "name": "Headline \u{9B}31m",
          "text": "Evil\\u001b]0;title\\u0007 Hannah \u{202E}Baker\\u001b[2J said so." }
      ],
      "characters": [
        { "id": "evil-hannah", "name": "Evil\\u001b[2J Hannah", "aliases": ["\\u202eHannah"],
          "summary": "Rings a bell\\u0007 and \\u009b31m turns red \u{202E}right.",
          "citations": [ { "source": "article", "quote": "\u{202E}Baker\\u001b[2J said so" } ] }
      ],
      "people": [ { "id": "evil-person", "name": "Person \\u202eReversed\\u001b]0;title\\u0007" } ],
      "credits": [ { "id": "credit-evil", "person": "evil-person", "character": "evil-hannah" } ]
    }
    """

  /// Each scalar in `bytes` that must never reach a terminal raw (every control but the
  /// newline, DEL, C1 controls, bidi controls), or a note when the bytes are not UTF-8.
  static func rawControls(_ bytes: [UInt8]) -> [String] {
    guard let text = String(validating: bytes, as: UTF8.self) else { return ["invalid UTF-8"] }
    return text.unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x0A: return false
      case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029: return true
      case 0x202A...0x202E, 0x2066...0x2069: return true
      default: return false
      }
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  // MARK: - Helpers

  /// A pack with one problem of each stage: schema, reference and reach.
  static let brokenPack = """
    {
      "format": "tvbrowse-pack",
      "version": 1,
      "show": { "id": "show", "name": "Show" },
      "characters": [ { "id": "hannah-baker", "aliases": "Hannah" } ],
      "people": [ { "id": "katherine-langford", "name": "Katherine Langford" } ],
      "credits": [ { "id": "credit-1", "person": "katherine-langford", "character": "hannah-bakr" } ]
    }
    """

  /// The problems of `brokenPack`, as `LOCATION: message`.
  static let brokenPackProblems = [
    "characters[0]: missing field \"name\"",
    "characters[0].aliases: expected an array, found a string",
    "credits[0].character: \"hannah-bakr\" names no character in this pack",
    "characters[0]: character \"hannah-baker\" is in no credit and no thread: nothing reaches it",
  ]

  /// Stdout of `run` parsed as JSON, after checking it succeeded.
  static func json(_ run: BinaryRunner.Run) throws -> Any {
    try #require(run.status == 0 || run.status == 1, "\(run)")
    return try JSONSerialization.jsonObject(
      with: Data(run.stdoutBytes), options: [.fragmentsAllowed])
  }

  /// Stdout of `run` as a JSON array of objects.
  static func items(_ run: BinaryRunner.Run) throws -> [[String: Any]] {
    #expect(run.status == 0, "\(run)")
    return try #require(try json(run) as? [[String: Any]], "\(run)")
  }
}

/// A pack file written to a temporary folder of its own for one test.
struct ScratchPack {
  /// The folder the pack is in.
  let folder: String
  /// The pack file's path.
  let path: String

  init(_ text: String, named name: String = "pack.json") throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("tvbrowse-pack-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    path = "\(folder)/\(name)"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Deletes the folder and the pack.
  func remove() {
    try? FileManager.default.removeItem(atPath: folder)
  }
}
