import Foundation
import Testing

/// With `--json`, every failure is one JSON document on stdout, `{"error": {message,
/// candidates, problems}}`, with the exit status the same command has without `--json`.
@Suite struct JSONFailureTests {
  /// A failing command line, and what its error document holds.
  struct Case: CustomStringConvertible, Sendable {
    var arguments: [String]
    var status: Int32
    var hasCandidates: Bool
    var hasProblems: Bool
    var description: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(arguments: ["show", "hanah"], status: 1, hasCandidates: true, hasProblems: false),
    Case(
      arguments: ["show", "tony", "--pack", "Tests/ShowModelTests/Fixtures/episodes.json"],
      status: 1, hasCandidates: true, hasProblems: false),
    Case(
      arguments: ["list", "characters", "--pack", "nope.json"], status: 1, hasCandidates: false,
      hasProblems: true),
    Case(arguments: ["validate", ""], status: 1, hasCandidates: false, hasProblems: false),
    Case(
      arguments: ["search", "gun", "--limit", "0"], status: 64, hasCandidates: false,
      hasProblems: false),
    Case(arguments: ["list", "planets"], status: 64, hasCandidates: false, hasProblems: false),
    Case(
      arguments: ["search", "--bogus", "gun"], status: 64, hasCandidates: false, hasProblems: false),
    Case(arguments: ["show"], status: 64, hasCandidates: false, hasProblems: false),
  ]

  @Test(arguments: cases)
  func aFailureIsOneErrorDocumentWithTheSameStatus(_ failure: Case) throws {
    let root = TVBrowseBinary.packageRoot()
    let text = try BinaryRunner.run(failure.arguments, in: root)
    #expect(text.status == failure.status, "\(text)")
    #expect(text.stdout == "", "\(text)")
    #expect(text.stderr != "")

    let json = try BinaryRunner.run(failure.arguments + ["--json"], in: root)
    #expect(json.status == failure.status, "\(json)")
    #expect(json.stderr == "", "\(json)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any],
      "\(json)")
    #expect(Array(document.keys) == ["error"])
    let error = try #require(document["error"] as? [String: Any])
    #expect(Set(error.keys) == ["message", "candidates", "problems"])
    let message = try #require(error["message"] as? String)
    #expect(!message.isEmpty)

    if failure.hasCandidates {
      let candidates = try #require(error["candidates"] as? [[String: Any]])
      #expect(!candidates.isEmpty)
      for candidate in candidates {
        #expect(Set(candidate.keys) == ["id", "kind", "name"])
      }
    } else {
      #expect(error["candidates"] is NSNull)
    }
    if failure.hasProblems {
      let problems = try #require(error["problems"] as? [[String: Any]])
      #expect(!problems.isEmpty)
      for problem in problems {
        #expect(Set(problem.keys) == ["file", "line", "column", "path", "message"])
      }
    } else {
      #expect(error["problems"] is NSNull)
    }
  }
}
