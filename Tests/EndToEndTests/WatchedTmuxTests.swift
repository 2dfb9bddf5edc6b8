import Foundation
import Testing

/// Marking episodes in a real terminal: a mark the screen shows is in the library, even
/// when the browser is killed right after, and it is there when the show is opened again.
struct WatchedTmuxTests {
  private let library =
    NSTemporaryDirectory() + "tvbrowse-watched-\(UUID().uuidString)/library.sqlite"

  private static var harborLights: String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/") + "/ShowModelTests/Fixtures/tvmaze/harbor-lights.json"
  }

  private func browser() throws -> Tmux {
    try Tmux.browser(
      ["--show", "harbor-lights"], width: 80, height: 16,
      environment: ["TVBROWSE_LIBRARY": library])
  }

  @Test func aMarkShownSurvivesAKillAndIsThereWhenTheShowOpensAgain() throws {
    let added = try BinaryRunner.run(["add", Self.harborLights], library: library)
    #expect(added.status == 0, "\(added)")
    let tmux = try browser()
    _ = try tmux.wait(forText: "Harbor Lights › Show")
    try tmux.send("2", "j", "j")
    _ = try tmux.wait(forText: "› S01E02 Fog")
    try tmux.send("w")
    _ = try tmux.wait(forText: "Marked S01E02 \"Fog\" watched")
    // Killed the moment the screen says so: the mark was committed before.
    try tmux.signalProgram(SIGKILL)
    #expect(try tmux.waitForExit() == 128 + SIGKILL)
    let progress = try BinaryRunner.run(["progress", "harbor-lights"], library: library)
    #expect(
      progress.stdoutLines.first == "Harbor Lights: 1 of 5 watched; next S01 special (2019-12-20)")
    // Opened again, the list shows it; W marks the rest of season 1, q and reopen.
    let again = try browser()
    _ = try again.wait(forText: "Harbor Lights › Show")
    try again.send("2")
    let list = try again.wait(forText: "Season 1  1/3")
    #expect(list.contains("✓ S01E02 Fog"), "\(list)")
    try again.send("j", "j", "j", "W")
    _ = try again.wait(forText: "Marked S01 special \"Behind the Lights\" watched, and")
    try again.send("q")
    #expect(try again.waitForExit() == 0)
    let third = try browser()
    _ = try third.wait(forText: "Harbor Lights › Show")
    try third.send("2")
    let whole = try third.wait(forText: "Season 1  3/3")
    #expect(whole.contains("✓ S01E01 The Logbook"), "\(whole)")
    try third.send("q")
    #expect(try third.waitForExit() == 0)
  }

  @Test func marksMadeElsewhereShowWhenTheShowIsComeBackTo() throws {
    let added = try BinaryRunner.run(["add", Self.harborLights], library: library)
    #expect(added.status == 0, "\(added)")
    let tmux = try browser()
    _ = try tmux.wait(forText: "Harbor Lights › Show")
    try tmux.send("2")
    _ = try tmux.wait(forText: "Season 1  0/3")
    // Another tvbrowse marks a season meanwhile; back from the Library view, it shows.
    let marked = try BinaryRunner.run(["watched", "harbor-lights", "S02"], library: library)
    #expect(marked.status == 0, "\(marked)")
    try tmux.send("0")
    _ = try tmux.wait(forText: "back to the show")
    try tmux.send("BSpace")
    let list = try tmux.wait(forText: "Season 2: The Storm  2/2")
    #expect(list.contains("✓ S02E02 Low Tide"), "\(list)")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }
}
