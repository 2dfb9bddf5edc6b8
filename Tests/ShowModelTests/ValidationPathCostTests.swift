import Testing

@testable import ShowModel

/// Validation writes out an entity's JSON path for a problem's message only: it wrote the
/// path of every entity, and one more for every reference, on a pack without a problem.
@Suite struct ValidationPathCostTests {
  /// A pack of `count` characters, each in a credit of its person and a thread, each
  /// citing an article; `broken` of the credits name a person that is not there.
  static func pack(_ count: Int, broken: Int = 0) throws -> Pack {
    let cite = #"[{"source": "article", "quote": "said"}]"#
    var lists: [String] = []
    lists.append(
      #""sources": [{"id": "article", "kind": "article", "name": "A", "text": "It was said."}]"#)
    lists.append(#""seasons": [{"id": "season-1", "name": "S", "number": 1}]"#)
    lists.append(
      #""episodes": [{"id": "episode-1", "name": "E", "season": "season-1", "citations": \#(cite)}]"#
    )
    let characters = (0..<count).map {
      #"{"id": "character-\#($0)-of-the-show", "name": "C", "citations": \#(cite)}"#
    }
    lists.append(#""characters": [\#(characters.joined(separator: ","))]"#)
    let people = (0..<count).map { #"{"id": "person-\#($0)-of-the-show", "name": "P"}"# }
    lists.append(#""people": [\#(people.joined(separator: ","))]"#)
    let credits = (0..<count).map {
      let person = $0 < broken ? "nobody-\($0)" : "person-\($0)-of-the-show"
      return
        #"{"id": "credit-\#($0)", "person": "\#(person)", "character": "character-\#($0)-of-the-show"}"#
    }
    lists.append(#""credits": [\#(credits.joined(separator: ","))]"#)
    let threads = (0..<count).map {
      #"{"id": "thread-\#($0)", "name": "T", "characters": ["character-\#($0)-of-the-show"], "seasons": ["season-1"]}"#
    }
    lists.append(#""threads": [\#(threads.joined(separator: ","))]"#)
    let text = """
      {"format": "tvbrowse-pack", "version": 1,
       "show": {"id": "show", "name": "Show", "citations": \(cite)},
       \(lists.joined(separator: ",\n"))}
      """
    let read = try PackReader.read(bytes: Array(text.utf8))
    #expect(read.problems.isEmpty)
    return try #require(read.pack)
  }

  @Test func aValidPackWritesNoPath() throws {
    let pack = try Self.pack(1000)
    var written = -1
    let problems = PackValidator.linkProblems(in: pack, pathsWritten: { written = $0 })
    #expect(problems.isEmpty)
    #expect(pack.entities.count == 4004)
    #expect(written == 0)
  }

  @Test func eachProblemWritesItsOwnPathOnly() throws {
    // Ten credits name a missing person, and those ten people are then reached by nothing.
    let pack = try Self.pack(1000, broken: 10)
    var written = -1
    let problems = PackValidator.linkProblems(in: pack, pathsWritten: { written = $0 })
    #expect(problems.count == 20)
    #expect(problems.first?.path == "credits[0].person")
    #expect(problems.first?.message == "\"nobody-0\" names no person in this pack")
    #expect(problems.last?.path == "people[9]")
    #expect(written == 20)
  }
}
