import Reports
import ShowModel
import Testing

/// JSON keeps the pack's types: numbers are numbers, yes/no are booleans, and a value the
/// data lacks is null with its key present.
@Suite struct JSONTypesTests {
  let catalog = try! PackLoader.catalog(path: nil)

  /// `value` written and parsed back, as a script reads it.
  func roundTrip(_ value: JSONValue) throws -> JSONValue {
    try JSONParser.parse(Array(JSONWriter.format(value).utf8))
  }

  @Test func aSeasonsNumberIsANumberInShowAndList() throws {
    let details = try #require(catalog.details(of: "season-2"))
    let shown = try roundTrip(JSONReport.details(details))
    #expect(shown["fields"]?["number"] == .number("2"))
    let listed = try roundTrip(JSONReport.list(catalog.entities(of: .season), in: catalog))
    guard case .array(let seasons) = listed else {
      Issue.record("not an array: \(listed)")
      return
    }
    #expect(seasons.map { $0["number"] } == [.number("1"), .number("2")])
  }

  @Test func anEpisodeWithoutANumberListsItAsNull() throws {
    let episode = Entity(
      id: "pilot", kind: .episode, name: "Pilot", payload: .episode(season: "s", number: nil))
    let listed = try roundTrip(JSONReport.list([episode], in: catalog))
    guard case .array(let items) = listed, let item = items.first else {
      Issue.record("not an array of one: \(listed)")
      return
    }
    #expect(item["number"] == .null)
  }

  @Test func everyThreadSaysWhetherItIsACliffhangerAsABoolean() throws {
    for thread in catalog.entities(of: .thread) {
      guard case .thread(_, _, let cliffhanger) = thread.payload else { continue }
      let details = try #require(catalog.details(of: thread.id))
      let shown = try roundTrip(JSONReport.details(details))
      #expect(shown["fields"]?["cliffhanger"] == .bool(cliffhanger), "\(thread.id)")
    }
  }

  @Test func listedThreadsCarryTheirCliffhangerAndCharacters() throws {
    let threads = catalog.entities(of: .thread)
    let listed = try roundTrip(JSONReport.list(threads, in: catalog))
    guard case .array(let items) = listed else {
      Issue.record("not an array: \(listed)")
      return
    }
    #expect(items.count == threads.count)
    for (thread, item) in zip(threads, items) {
      guard case .thread(let characters, _, let cliffhanger) = thread.payload else { continue }
      #expect(item["cliffhanger"] == .bool(cliffhanger), "\(thread.id)")
      let expected = characters.map { id in
        JSONValue.object([
          ("id", .string(id)), ("kind", .string("character")),
          ("name", .string(catalog.name(of: id))),
        ])
      }
      #expect(item["characters"] == .array(expected), "\(thread.id)")
    }
    #expect(items.contains { $0["cliffhanger"] == .bool(true) })
    #expect(items.contains { $0["cliffhanger"] == .bool(false) })
  }

  @Test func aLinkWithoutANoteHasANullNote() throws {
    let details = try #require(catalog.details(of: "tyler"))
    let shown = try roundTrip(JSONReport.details(details))
    guard case .array(let threads)? = shown["relations"]?["plotThreads"] else {
      Issue.record("no plot threads: \(shown)")
      return
    }
    #expect(!threads.isEmpty)
    for link in threads { #expect(link["note"] == .null) }
  }

  @Test func everyProblemHasEveryKeyWithNullForWhatItLacks() throws {
    let problems = [
      PackProblem(file: "a.json", location: .file, message: "empty"),
      PackProblem(file: "a.json", location: .position(line: 3, column: 7), message: "comma"),
      PackProblem(file: "a.json", location: .path("seasons[0]"), message: "bad"),
    ]
    let value = try roundTrip(JSONReport.validation(file: "a.json", problems: problems))
    guard case .array(let items)? = value["problems"] else {
      Issue.record("no problems: \(value)")
      return
    }
    #expect(items.map { $0["line"] } == [.null, .number("3"), .null])
    #expect(items.map { $0["column"] } == [.null, .number("7"), .null])
    #expect(items.map { $0["path"] } == [.null, .null, .string("seasons[0]")])
  }
}
