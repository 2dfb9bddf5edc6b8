import Foundation
import Testing

/// A stored show opened with `--show` draws its first screen from its outline while the
/// rest is read: in a real terminal, keys typed at once act once the show is there, and
/// the screen is the show's own.
struct OutlineTmuxTests {
  private let library =
    NSTemporaryDirectory() + "tvbrowse-outline-\(UUID().uuidString)/library.sqlite"

  private static var harborLights: String {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/") + "/ShowModelTests/Fixtures/tvmaze/harbor-lights.json"
  }

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
}
