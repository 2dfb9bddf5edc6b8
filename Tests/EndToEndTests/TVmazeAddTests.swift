import Foundation
import Testing

/// `add` asks TVmaze over real HTTP, here a stand-in on loopback: each answer the API can
/// give, and each way a network fails, ends in the show added or in one clear line with
/// nothing written.
struct TVmazeAddTests {
  private let folder = NSTemporaryDirectory() + "tvbrowse-tvmaze-\(UUID().uuidString)"
  private var library: String { folder + "/library.sqlite" }

  private func add(
    _ argument: String, at url: String, _ environment: [String: String] = [:],
    extra: [String] = []
  ) throws -> BinaryRunner.Run {
    try BinaryRunner.run(
      ["add", argument] + extra, library: library,
      environment: environment.merging(["TVBROWSE_TVMAZE_URL": url]) { first, _ in first })
  }

  private func expectNothingWritten() {
    #expect(!FileManager.default.fileExists(atPath: library))
  }

  @Test func aShowIsAddedByIdByIMDbIdAndByItsName() throws {
    let server = try FakeTVmaze()
    for argument in ["tvmaze:90210", "imdb:tt9000001", "Harbor Lights"] {
      let run = try add(argument, at: server.baseURL)
      #expect(run.status == 0, "\(argument): \(run)")
      #expect(run.stdout == "Added Harbor Lights as harbor-lights (2 seasons, 5 episodes)\n")
    }
    let shows = try BinaryRunner.run(["shows"], library: library)
    #expect(
      shows.stdoutLines.last
        == "harbor-lights   Harbor Lights   2019–2020  2 seasons, 5 episodes   tvmaze")
    // The IMDb lookup was answered with a redirect, which the client followed.
    #expect(server.requests.contains { $0.hasPrefix("/lookup/shows?imdb=tt9000001") })
    #expect(
      server.requests.allSatisfy { $0.hasSuffix("\ttvbrowse/0.1.0 (+https://www.tvmaze.com/api)") })
  }

  @Test func aNameOfSeveralShowsListsThemWithoutATerminal() throws {
    let server = try FakeTVmaze()
    let run = try add("the office", at: server.baseURL)
    #expect(run.status == 1)
    #expect(
      run.stderrLines == [
        "tvbrowse: \"the office\" fits 3 shows on TVmaze; add one with tvmaze:ID:",
        "tvbrowse:   1. The Office (2005), NBC, United States — tvmaze:526",
        "tvbrowse:   2. The Office (2001), BBC Two, United Kingdom — tvmaze:3",
        "tvbrowse:   3. The Office Mix — tvmaze:9999",
      ])
    let none = try add("no such show", at: server.baseURL)
    #expect(none.stderr == "tvbrowse: TVmaze finds no show for \"no such show\"\n")
    expectNothingWritten()
  }

  @Test func slowDownAndAServerErrorAreWaitedOutThenTheShowIsAdded() throws {
    let server = try FakeTVmaze()
    for scenario in ["slow-down", "flaky", "bad-retry"] {
      let run = try add("tvmaze:90210", at: server.baseURL + "/s/" + scenario)
      #expect(run.status == 0, "\(scenario): \(run)")
    }
    // One 429 then the show; one 500 then the show.
    #expect(server.requests.filter { $0.hasPrefix("/s/slow-down/") }.count == 2)
    #expect(server.requests.filter { $0.hasPrefix("/s/flaky/") }.count == 2)
    // A Retry-After of -1, then of "nan", is not a time to wait: the doubling delay is.
    #expect(server.requests.filter { $0.hasPrefix("/s/bad-retry/") }.count == 3)
  }

  @Test func aPathThatIsNoFileIsNeverLookedUpOnTVmaze() throws {
    let server = try FakeTVmaze()
    for argument in ["./saved-show.json", "saved-show.json", "dir/show"] {
      let run = try add(argument, at: server.baseURL)
      #expect(run.status == 1)
      #expect(run.stderr == "tvbrowse: cannot read \(argument): no such file\n", "\(run)")
    }
    #expect(server.requests.isEmpty)
    expectNothingWritten()
  }

  @Test(arguments: [
    ("missing", "tvbrowse: TVmaze has no show 90210\n"),
    ("broken", "tvbrowse: TVmaze answered HTTP 503 4 times\n"),
    (
      "html",
      "tvbrowse: TVmaze's answer is not JSON (line 1, column 1: unexpected character '<', expected a value)\n"
    ),
    (
      "truncated",
      "tvbrowse: cannot reach TVmaze: transfer closed with "
    ),
  ])
  func aFailingAnswerIsOneLineAndWritesNothing(scenario: String, message: String) throws {
    let server = try FakeTVmaze()
    let run = try add("tvmaze:90210", at: server.baseURL + "/s/" + scenario)
    #expect(run.status == 1)
    // One line; the cut body's line ends with libcurl's count of the bytes missing.
    #expect(run.stderrLines.count == 1)
    #expect(run.stderr.hasPrefix(message), "\(run)")
    expectNothingWritten()
  }

  @Test func aStallEndsAtTheTimeoutAndNothingListeningIsSaidPlainly() throws {
    let server = try FakeTVmaze()
    let stalled = try add(
      "tvmaze:90210", at: server.baseURL + "/s/stall", ["TVBROWSE_TIMEOUT": "1"])
    #expect(stalled.status == 1)
    #expect(
      stalled.stderr.hasPrefix("tvbrowse: cannot reach TVmaze: no answer in time"), "\(stalled)")
    let nobody = try add("tvmaze:90210", at: "http://127.0.0.1:1")
    #expect(nobody.status == 1)
    #expect(nobody.stderr.hasPrefix("tvbrowse: cannot reach TVmaze: "), "\(nobody)")
    #expect(nobody.stderrLines.count == 1)
    expectNothingWritten()
  }

  @Test func httpsIsTrustedThroughTheAuthorityFileAndRefusedWithoutIt() throws {
    let server = try FakeTVmaze(tls: true)
    let refused = try add("tvmaze:90210", at: server.baseURL)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("cannot reach TVmaze: SSL certificate problem"), "\(refused)")
    expectNothingWritten()
    let trusted = try add("tvmaze:90210", at: server.baseURL, ["TVBROWSE_CA_FILE": server.caFile])
    #expect(trusted.status == 0, "\(trusted)")
  }

  /// A proxy named by `http_proxy` or `https_proxy` carries the requests (the fake server
  /// is a proxy too: a whole URL for http, a CONNECT tunnel for https), and `no_proxy`
  /// names the hosts reached without it.
  @Test func theProxiesOfTheEnvironmentAreHonoured() throws {
    let proxy = try FakeTVmaze()
    let clear = ["no_proxy": "", "NO_PROXY": "", "https_proxy": "", "HTTPS_PROXY": ""]
    // A host no resolver knows, reached only through the proxy.
    let viaHTTP = try add(
      "tvmaze:90210", at: "http://api.tvmaze.invalid",
      clear.merging(["http_proxy": proxy.baseURL]) { _, new in new })
    #expect(viaHTTP.status == 0, "\(viaHTTP)")
    #expect(proxy.requests.first?.hasPrefix("PROXY http://api.tvmaze.invalid/shows/90210") == true)
    let secure = try FakeTVmaze(tls: true)
    let viaHTTPS = try add(
      "tvmaze:90210", at: secure.baseURL,
      clear.merging(["https_proxy": proxy.baseURL, "TVBROWSE_CA_FILE": secure.caFile]) {
        _, new in new
      })
    #expect(viaHTTPS.status == 0, "\(viaHTTPS)")
    let port = secure.baseURL.split(separator: ":").last.map(String.init) ?? ""
    #expect(proxy.requests.contains { $0.hasPrefix("CONNECT 127.0.0.1:\(port)") })
    #expect(secure.requests.first?.hasPrefix("/shows/90210") == true)
    // A proxy where nothing listens, bypassed for the loopback address by no_proxy.
    let direct = try FakeTVmaze()
    let bypassed = try add(
      "tvmaze:90210", at: direct.baseURL,
      clear.merging(["http_proxy": "http://127.0.0.1:9", "no_proxy": "127.0.0.1"]) { _, new in new }
    )
    #expect(bypassed.status == 0, "\(bypassed)")
    let unreachable = try add(
      "tvmaze:90210", at: direct.baseURL,
      clear.merging(["http_proxy": "http://127.0.0.1:9"]) { _, new in new })
    #expect(unreachable.status == 1)
    #expect(unreachable.stderr.hasPrefix("tvbrowse: cannot reach TVmaze: "), "\(unreachable)")
  }

  /// Offline, `update` says so in one line, whatever the number of shows, and changes
  /// nothing.
  @Test func updateOfflineSaysSoOnceAndChangesNothing() throws {
    let fixtures = TVBrowseBinary.packageRoot() + "/Tests/ShowModelTests/Fixtures/tvmaze/"
    for file in ["harbor-lights.json", "quay-street.json"] {
      #expect(try add(fixtures + file, at: "http://127.0.0.1:1").status == 0)
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: library))
    let offline = try BinaryRunner.run(
      ["update"], library: library, environment: ["TVBROWSE_TVMAZE_URL": "http://127.0.0.1:1"])
    #expect(offline.status == 1)
    #expect(offline.stderrLines.count == 1, "\(offline)")
    #expect(offline.stderr.hasPrefix("tvbrowse: cannot reach TVmaze: "), "\(offline)")
    #expect(offline.stderr.hasSuffix("(2 shows not updated)\n"), "\(offline)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: library)) == before)
  }

  @Test func updateReplacesOnlyAShowTVmazeHasChanged() throws {
    let server = try FakeTVmaze()
    let url = ["TVBROWSE_TVMAZE_URL": server.baseURL]
    #expect(try add("tvmaze:90210", at: server.baseURL).status == 0)
    let same = try BinaryRunner.run(["update"], library: library, environment: url)
    #expect(same.stdout == "harbor-lights: unchanged\n", "\(same)")
    // TVmaze changes the show: a newer `updated`, and a sixth episode.
    let path = server.folder + "/90210.json"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"updated\": 1717000000", with: "\"updated\": 1800000000")
    text = text.replacingOccurrences(
      of: "\"episodes\": [",
      with: "\"episodes\": [{\"id\": 500009, \"name\": \"Extra\", \"season\": 2, \"number\": 3},")
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let changed = try BinaryRunner.run(
      ["update", "harbor-lights"], library: library, environment: url)
    #expect(changed.stdout == "harbor-lights: updated (2 seasons, 6 episodes)\n", "\(changed)")
    #expect(
      try BinaryRunner.run(["update"], library: library, environment: url).stdout
        == "harbor-lights: unchanged\n")
    let builtIn = try BinaryRunner.run(
      ["update", "13-reasons-why"], library: library, environment: url)
    #expect(builtIn.stderr == "tvbrowse: the built-in show is not from TVmaze\n")
  }

  /// A show TVmaze no longer has is reported, and the others are still refreshed.
  @Test func updateGoesOnPastAShowItCannotRefresh() throws {
    let server = try FakeTVmaze()
    let url = ["TVBROWSE_TVMAZE_URL": server.baseURL]
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let gone = folder + "/gone.json"
    try Data(#"{"id": 4001, "name": "Gone Show", "updated": 1}"#.utf8).write(
      to: URL(fileURLWithPath: gone))
    #expect(try BinaryRunner.run(["add", gone], library: library).status == 0)
    #expect(try add("tvmaze:90210", at: server.baseURL).status == 0)
    let run = try BinaryRunner.run(["update"], library: library, environment: url)
    #expect(run.status == 1)
    #expect(run.stderr == "tvbrowse: gone-show: TVmaze has no show 4001\n", "\(run)")
    #expect(run.stdout == "harbor-lights: unchanged\n", "\(run)")
  }

  @Test func guestsAreFetchedEpisodeByEpisodeAndShownOnTheEpisode() throws {
    let server = try FakeTVmaze()
    let run = try add("tvmaze:90210", at: server.baseURL, [:], extra: ["--guests"])
    #expect(run.status == 0, "\(run)")
    // One request for the show, one for each of its five episodes.
    #expect(server.requests.filter { $0.contains("/guestcast") }.count == 5)
    let episode = try BinaryRunner.run(
      ["show", "s01e01", "--show", "harbor-lights"], library: library)
    #expect(
      episode.stdout.contains("Guest cast\n    • Eve Guest as Lighthouse Keeper"), "\(episode)")
    let person = try BinaryRunner.run(
      ["show", "person-350", "--show", "harbor-lights"], library: library)
    #expect(person.stdout.contains("Lighthouse Keeper [character-450]"), "\(person)")
    let file = try BinaryRunner.run(
      ["add", "--guests", TVBrowseBinary.packageRoot() + "/Resources/pack.json"], library: library)
    #expect(file.status == 64)
  }

  @Test func onATerminalANameOfSeveralShowsAsksWhichOne() throws {
    let server = try FakeTVmaze()
    let tmux = try Tmux.browser(
      ["add", "harbor"], width: 80, height: 24,
      environment: ["TVBROWSE_TVMAZE_URL": server.baseURL, "TVBROWSE_LIBRARY": library])
    _ = try tmux.wait(forText: "Choose 1–2 (Enter cancels):")
    // A number that is not on the list is asked again.
    try tmux.send("7", "Enter")
    _ = try tmux.wait(forText: "7\nChoose 1–2 (Enter cancels):")
    try tmux.send("1", "Enter")
    _ = try tmux.wait(forText: "Added Harbor Lights as harbor-lights")
  }
}
