import Foundation
import Testing

/// Messages of the built binary a person can act on: argument errors made harmless, values
/// quoted at most 80 characters long, an empty pack path named as such, and help or version
/// text that cannot be written reported with exit 1.
@Suite struct CommandLineMessageTests {
  @Test func argumentErrorsShowNoRawControls() throws {
    let run = try BinaryRunner.run(["list", "\u{1B}[31mEVIL\u{9B}0m"])
    #expect(run.status == 64, "\(run)")
    #expect(CommandLineTests.rawControls(run.stderrBytes) == [])
    #expect(
      run.stderrLines.first
        == "Error: The value '\u{241B}[31mEVIL\u{FFFD}0m' is invalid for '<kind>'. Please provide one of the following:"
    )
    let option = try BinaryRunner.run(["list", "people", "--\u{1B}]0;title\u{07}"])
    #expect(option.status == 64, "\(option)")
    #expect(CommandLineTests.rawControls(option.stderrBytes) == [])
  }

  @Test func longArgumentsAreQuotedAtMostEightyCharacters() throws {
    let query = String(repeating: "q", count: 130_000)
    let shown = String(repeating: "q", count: 80) + "…"
    let search = try BinaryRunner.run(["search", query])
    #expect(search.status == 1)
    #expect(search.stderr == "tvbrowse: nothing matches \"\(shown)\"\n")
    let show = try BinaryRunner.run(["show", query])
    #expect(show.status == 1)
    #expect(show.stderrLines.first == "tvbrowse: no entity has the id, name or alias \"\(shown)\"")
    let list = try BinaryRunner.run(["list", query])
    #expect(list.status == 64)
    #expect(list.stderrLines.first?.hasPrefix("Error: The value '\(shown)' is invalid") == true)
    let limit = try BinaryRunner.run(["search", "hannah", "--limit=\(query)"])
    #expect(limit.status == 64)
    #expect(!limit.stderr.contains(String(repeating: "q", count: 81)), "\(limit.stderr.count)")
  }

  @Test(arguments: [
    ["validate", ""], ["list", "people", "--pack", ""], ["validate", "--pack", ""],
  ])
  func emptyPackPathSaysSo(command: [String]) throws {
    let run = try BinaryRunner.run(command)
    #expect(run.status == 1, "\(run)")
    #expect(run.stdout == "")
    #expect(run.stderr == "tvbrowse: the pack path is empty\n")
  }

  @Test(arguments: ["--help", "--version", "list --help"])
  func helpAndVersionThatCannotBeWrittenExitOne(arguments: String) throws {
    let binary = try BinaryRunner.binaryPath()
    let full = try ChildProcess.run(
      "/bin/sh", ["-c", "exec \"$0\" \(arguments) >/dev/full", binary])
    #expect(full.status == 1, "\(full)")
    #expect(full.errors == "tvbrowse: cannot write the output: No space left on device\n")
    let closed = try ChildProcess.run("/bin/sh", ["-c", "exec \"$0\" \(arguments) >&-", binary])
    #expect(closed.status == 1, "\(closed)")
    #expect(closed.errors == "tvbrowse: cannot write the output: Bad file descriptor\n")
    let written = try ChildProcess.run(binary, arguments.split(separator: " ").map(String.init))
    #expect(written.status == 0)
    #expect(!written.output.isEmpty)
  }
}
