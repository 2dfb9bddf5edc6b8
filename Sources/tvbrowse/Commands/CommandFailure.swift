import Reports
import ShowModel

/// A command that cannot answer (exit status 1): what went wrong, the entities that were
/// meant perhaps, and the pack's problems. Written as lines on stderr, or with `--json` as
/// one document on stdout.
struct CommandFailure: Error {
  /// What went wrong, in a sentence.
  var message: String
  /// The entities the user may have meant, when the failure has such a list.
  var candidates: [Entity]?
  /// The line that introduces the candidates in text ("closest matches:"), if any.
  var candidatesHeading: String?
  /// The problems of a pack that cannot be opened.
  var problems: [PackProblem]?

  /// A failure that is only a message.
  init(_ message: String) {
    self.message = message
  }

  /// A failure with its candidates, listed in text under `heading` when one is given.
  init(_ message: String, candidates: [Entity], heading: String? = nil) {
    self.message = message
    self.candidates = candidates
    self.candidatesHeading = heading
  }

  /// A pack that cannot be opened: its problems say why, one line each in text.
  init(packProblems problems: [PackProblem], file: String) {
    let count = problems.count
    self.message =
      "cannot open \(file): \(count) \(count == 1 ? "problem" : "problems")"
    self.problems = problems
  }

  /// Writes the failure: one JSON document on stdout when `json`, else lines on stderr
  /// (the pack's problems alone, as `validate` prints them, when there are any).
  func write(json: Bool) {
    if json {
      Output.json(
        JSONReport.error(message: message, candidates: candidates, problems: problems))
      return
    }
    if let problems {
      Output.problems(problems)
      return
    }
    Output.error(message)
    guard let candidates, !candidates.isEmpty else { return }
    Output.error(
      ((candidatesHeading.map { [$0] } ?? []) + candidates.map(Self.line)).joined(separator: "\n"))
  }

  /// One entity in a list of candidates: its id, name and kind.
  private static func line(_ entity: Entity) -> String {
    "  \(SafeText.echo(entity.id))  \(SafeText.echo(entity.name)) (\(entity.kind.rawValue))"
  }
}
