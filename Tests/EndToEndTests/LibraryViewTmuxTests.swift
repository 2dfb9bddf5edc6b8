import Foundation
import Testing

/// The Library view in a real terminal: the table of shows, a show opened from it and `0`
/// back, a search across every show, and a show that vanished from the library meanwhile.
struct LibraryViewTmuxTests {
  private let library =
    NSTemporaryDirectory() + "tvbrowse-library-view-\(UUID().uuidString)/library.sqlite"

  private static var harborLights: String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/") + "/ShowModelTests/Fixtures/tvmaze/harbor-lights.json"
  }

  private func browser(width: Int = 100, height: Int = 30) throws -> Tmux {
    let added = try BinaryRunner.run(["add", Self.harborLights], library: library)
    #expect(added.status == 0, "\(added)")
    return try Tmux.browser(
      [], width: width, height: height, environment: ["TVBROWSE_LIBRARY": library])
  }

  @Test func aShowOpensFromTheLibraryAndZeroComesBack() throws {
    let tmux = try browser()
    let table = try tmux.waitForSteadyScreen(containing: "Harbor Lights")
    let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0].hasPrefix(" tvbrowse  Library"))
    #expect(lines[1].contains("Name") && lines[1].contains("Network"))
    #expect(lines[3].contains("Harbor Lights") && lines[3].contains("2019–2020"))
    #expect(lines[3].contains("Ended") && lines[3].contains("Netflix"))
    try tmux.send("j", "Enter")
    _ = try tmux.wait(forText: "Harbor Lights › Show")
    try tmux.send("2")
    _ = try tmux.wait(forText: "S01E01 The Logbook")
    try tmux.send("0")
    let back = try tmux.wait(forText: "back to the show")
    #expect(back.contains(" 2/2 "))
    try tmux.send("BSpace")
    _ = try tmux.wait(forText: "Harbor Lights › Seasons & episodes")
    // The subcommands now answer about the show opened from the Library view.
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
    let episodes = try BinaryRunner.run(["list", "episodes"], library: library)
    #expect(episodes.stdoutLines.count == 5, "\(episodes)")
  }

  @Test func aSearchOfEveryShowOpensTheShowOfAResult() throws {
    let tmux = try browser(width: 80, height: 24)
    _ = try tmux.waitForSteadyScreen(containing: "Harbor Lights")
    try tmux.send("/")
    try tmux.type("logbook")
    let results = try tmux.wait(forText: "S01E01 The Logbook")
    let row = results.split(separator: "\n").first { $0.contains("S01E01 The Logbook") }
    #expect(row?.hasSuffix("Harbor Lights") == true, "\(results)")
    try tmux.send("Enter")
    try tmux.send("Enter")
    let episode = try tmux.wait(forText: "Harbor Lights › Seasons & episodes › S01E01")
    #expect(episode.contains("The Logbook"))
    try tmux.send("Q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func aShowRemovedMeanwhileIsSaidSoAndNothingBreaks() throws {
    let tmux = try browser(width: 80, height: 24)
    _ = try tmux.waitForSteadyScreen(containing: "Harbor Lights")
    let removed = try BinaryRunner.run(["remove", "harbor-lights"], library: library)
    #expect(removed.status == 0, "\(removed)")
    try tmux.send("j", "Enter")
    _ = try tmux.wait(forText: "the show harbor-lights is no longer in the library")
    try tmux.send("k", "Enter")
    _ = try tmux.wait(forText: "13 Reasons Why › Show")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func aPersonInTwoShowsLeadsFromOneToTheOtherAndBack() throws {
    let quay = Self.harborLights.replacingOccurrences(of: "harbor-lights", with: "quay-street")
    #expect(try BinaryRunner.run(["add", quay], library: library).status == 0)
    let tmux = try browser()
    _ = try tmux.waitForSteadyScreen(containing: "Quay Street")
    try tmux.send("j", "Enter")
    _ = try tmux.wait(forText: "Harbor Lights › Show")
    // Ada Morrow, first of the cast: her details, from "Kind" down past "Plays" to the
    // link under "In other shows".
    try tmux.send("4", "Enter")
    _ = try tmux.wait(forText: "In other shows")
    try tmux.send("j", "j", "Enter")
    _ = try tmux.wait(forText: "Quay Street › Cast & crew › Ada Morrow")
    let there = try tmux.waitForSteadyScreen(containing: "In other shows")
    #expect(there.contains("→ Harbor Lights"))
    try tmux.send("BSpace")
    _ = try tmux.wait(forText: "Harbor Lights › Cast & crew › Ada Morrow")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  /// A library file that cannot be read leaves the built-in show, and the first screen
  /// says so; `shows` says why.
  @Test func aDamagedLibraryIsSaidOnTheFirstScreen() throws {
    let folder = (library as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: library))
    let tmux = try Tmux.browser(
      [], width: 100, height: 30, environment: ["TVBROWSE_LIBRARY": library])
    let screen = try tmux.wait(forText: "The library cannot be read: tvbrowse shows says why")
    #expect(screen.contains("13 Reasons Why › Show"))
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: library)).count == 8192)
  }

  /// Behind the "too small" message the Library view ignores every key but quitting.
  @Test func aTooSmallLibraryViewActsOnNothingButQuit() throws {
    let tmux = try browser(width: 100, height: 30)
    _ = try tmux.waitForSteadyScreen(containing: "Harbor Lights")
    try tmux.resize(width: 20, height: 5)
    _ = try tmux.wait(forText: "too small")
    try tmux.send("j", "Enter", "/", "x")
    try tmux.resize(width: 100, height: 30)
    let screen = try tmux.waitForSteadyScreen(containing: "Enter open")
    #expect(screen.contains(" tvbrowse  Library"))
    #expect(screen.contains(" 1/2 "))
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  /// Coming back to the Library view reads the shows again: one added by another
  /// tvbrowse meanwhile is listed, one removed is gone.
  @Test func theTableIsReadAgainWhenComingBackToIt() throws {
    let tmux = try browser()
    _ = try tmux.waitForSteadyScreen(containing: "Harbor Lights")
    try tmux.send("j", "Enter")
    _ = try tmux.wait(forText: "Harbor Lights › Show")
    let quay = Self.harborLights.replacingOccurrences(of: "harbor-lights", with: "quay-street")
    #expect(try BinaryRunner.run(["add", quay], library: library).status == 0)
    #expect(try BinaryRunner.run(["remove", "harbor-lights"], library: library).status == 0)
    try tmux.send("0")
    let table = try tmux.waitForSteadyScreen(containing: "Quay Street")
    #expect(!table.split(separator: "\n").dropFirst(2).contains { $0.contains("Harbor Lights") })
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }
}
