import Testing

/// Every output shape of the command line has a real example in the README, which
/// `ReadmeExampleTests` runs and compares: text and JSON of each subcommand, `show --text`
/// in both, the Disagreements page in both, and a failure's JSON document.
@Suite struct ReadmeShapesTests {
  /// A shape, and how to tell an example of it from the command's arguments.
  struct Shape: CustomStringConvertible, Sendable {
    var description: String
    var matches: @Sendable ([String]) -> Bool
  }

  static func shape(
    _ subcommand: String, json: Bool, text: Bool = false, target: String? = nil
  ) -> Shape {
    let name =
      "\(subcommand)\(target.map { " " + $0 } ?? "")\(text ? " --text" : "")\(json ? " --json" : "")"
    return Shape(description: name) { arguments in
      arguments.first == subcommand && arguments.contains("--json") == json
        && arguments.contains("--text") == text
        && (target.map { arguments.dropFirst().first == $0 }
          ?? (arguments.dropFirst().first != "disagreements"))
    }
  }

  static let shapes: [Shape] = [
    shape("list", json: false), shape("list", json: true),
    shape("search", json: false), shape("search", json: true),
    shape("show", json: false), shape("show", json: true),
    shape("show", json: false, text: true), shape("show", json: true, text: true),
    shape("show", json: false, target: "disagreements"),
    shape("show", json: true, target: "disagreements"),
    shape("validate", json: false), shape("validate", json: true),
    shape("add", json: false), shape("shows", json: false), shape("shows", json: true),
    shape("remove", json: false),
    shape("watched", json: false), shape("watched", json: true),
    shape("next", json: false), shape("next", json: true),
    shape("progress", json: false), shape("progress", json: true),
    shape("marks", json: false),
    shape("import", json: false), shape("ratings", json: false), shape("ratings", json: true),
  ]

  @Test(arguments: shapes)
  func theReadmeShowsAnExampleOf(_ shape: Shape) throws {
    let examples = try ReadmeExampleTests.examples()
    #expect(examples.contains { shape.matches($0.arguments) }, "no example of \(shape)")
  }

  @Test func theReadmeShowsAFailuresJSONDocument() throws {
    let examples = try ReadmeExampleTests.examples()
    #expect(
      examples.contains {
        $0.arguments.contains("--json") && $0.expected.prefix(2) == ["{", "  \"error\": {"]
      })
  }
}
