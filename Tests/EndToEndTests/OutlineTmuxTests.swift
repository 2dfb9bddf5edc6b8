import Foundation
import GRDB
import TestSupport
import Testing

/// A stored show opened with `--show` draws its first screen from its outline while the
/// rest is read: in a real terminal, keys typed at once act once the show is there, and
/// the screen is the show's own.
struct OutlineTmuxTests {
  private let library =
    NSTemporaryDirectory() + "tvbrowse-outline-\(UUID().uuidString)/library.sqlite"

  private static let harborLights = SharedFixtures.tvmaze("harbor-lights")

  @Test func keysTypedOnTheFirstScreenActOnTheWholeShow() throws {
    let added = try BinaryRunner.run(["add", Self.harborLights], library: library)
    #expect(added.status == 0, "\(added)")
    let marked = try BinaryRunner.run(["watched", "harbor-lights", "S01E01"], library: library)
    #expect(marked.status == 0, "\(marked)")
    let tmux = try Tmux.browser(
      ["--show", "harbor-lights"], width: 80, height: 24,
      environment: ["TVBROWSE_LIBRARY": library])
    let first = try tmux.wait(forText: "Harbor Lights · Show")
    #expect(first.contains("2 Seasons") && first.contains("→ Disagreements (0 points)"))
    try tmux.send("2", "j", "j")
    let screen = try tmux.wait(forText: "Seasons & episodes › S01E02 (title hidden)")
    #expect(screen.contains(" 3/7 "))
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  /// The outline is read, the rest is not: an episode's record is damaged. The browser
  /// leaves the outline for the Library view, says why, and still quits on `q`.
  @Test func aShowWhoseRestCannotBeReadLeavesTheLibraryViewSayingWhy() throws {
    let added = try BinaryRunner.run(["add", Self.harborLights], library: library)
    #expect(added.status == 0, "\(added)")
    let database = try DatabaseQueue(path: library)
    try database.write { db in
      // Kind 2 is an episode: not in the outline.
      try db.execute(
        sql: """
          UPDATE entity SET record = x'ff00' WHERE show = 'harbor-lights'
            AND ordinal = (SELECT min(ordinal) FROM entity WHERE show = 'harbor-lights' AND kind = 2)
          """)
    }
    try database.close()
    let tmux = try Tmux.browser(
      ["--show", "harbor-lights"], width: 100, height: 30,
      environment: ["TVBROWSE_LIBRARY": library])
    let screen = try tmux.wait(forText: "is damaged")
    #expect(screen.hasPrefix(" tvbrowse  Library"), "\(screen)")
    #expect(screen.contains("Harbor Lights"))
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }
}
