import ShowModel

extension JSONReport {
  /// A failure of any command given `--json`: `{"error": {message, candidates, problems}}`,
  /// where `candidates` are `{id, kind, name}` and `problems` are `validate`'s problem
  /// objects, each null when the failure has none.
  public static func error(
    message: String, candidates: [Entity]? = nil, problems: [PackProblem]? = nil
  ) -> JSONValue {
    .object([
      (
        "error",
        .object([
          ("message", .string(message)),
          ("candidates", candidates.map { .array($0.map(reference)) } ?? .null),
          ("problems", problems.map { .array($0.map(problem)) } ?? .null),
        ])
      )
    ])
  }
}

extension JSONReport {
  /// `show ID --text`: an article's id and its text as the pack holds it.
  public static func article(id: String, text: String) -> JSONValue {
    .object([("id", .string(id)), ("text", .string(text))])
  }
}
