import Foundation
import Glibc
import Testing

/// Ctrl-Z and `fg` when the browser is one process of a bigger job, as under `sh -c`, a
/// script or make: the shell sees the job stop as soon as its first process stops.
@Suite("Job control")
struct JobControlTests {
  static let title = "13 Reasons Why"

  @Test func ctrlZAndFgUnderShCTwentyTimes() throws {
    let binary = try TVBrowseBinary.path()
    let tmux = try Tmux.shell()
    try tmux.wait(for: "the prompt", until: tmux.showsPrompt)
    let directory = FileManager.default.temporaryDirectory.path
    let token = UUID().uuidString
    let before = "\(directory)/stty-job-before-\(token)"
    let after = "\(directory)/stty-job-after-\(token)"
    defer {
      unlink(before)
      unlink(after)
    }
    try tmux.type("stty -a > \(TVBrowseBinary.shellQuoted(before)); clear")
    try tmux.send("Enter")
    try tmux.wait(for: "the prompt after stty", until: tmux.showsPrompt)
    let job =
      "sh -c " + TVBrowseBinary.shellQuoted(TVBrowseBinary.shellQuoted(binary) + "; echo done")
    try tmux.type(job)
    try tmux.send("Enter")
    let frame = try tmux.waitForSteadyScreen(containing: Self.title)
    for cycle in 1...20 {
      try tmux.send("C-z")
      try tmux.wait(for: "the prompt after Ctrl-Z number \(cycle)", timeout: .seconds(5)) {
        $0.contains("Stopped") && tmux.showsPrompt($0)
      }
      try tmux.send("C-l")  // a clean screen, so the next cycle's prompt is the new one
      try tmux.wait(for: "a cleared screen", timeout: .seconds(5)) {
        !$0.contains("Stopped") && tmux.showsPrompt($0)
      }
      try tmux.type("fg")
      try tmux.send("Enter")
      try tmux.wait(for: "the browser after fg number \(cycle)", timeout: .seconds(5)) {
        $0 == frame
      }
    }
    try tmux.send("q")
    try tmux.wait(for: "the job's end", timeout: .seconds(5)) {
      $0.contains("done") && tmux.showsPrompt($0)
    }
    // The shell prints "saved-2" only once stty has finished; the command line shows "$((1+1))".
    try tmux.type("stty -a > \(TVBrowseBinary.shellQuoted(after)); echo saved-$((1+1))")
    try tmux.send("Enter")
    try tmux.wait(forText: "saved-2", timeout: .seconds(5))
    #expect(
      try String(contentsOfFile: after, encoding: .utf8)
        == String(contentsOfFile: before, encoding: .utf8))
  }
}
