import ShowModel
import Testing

/// Objects and arrays of every size, nested in each other, parse to the same tree: the
/// parser gathers members on one stack for all levels and checks keys directly in small
/// objects and with a set in large ones.
@Suite struct JSONParserMemberTests {
  /// `{"k0": 0, "k1": 1, …}` with `count` keys, the last one `last`.
  static func object(keys count: Int, last: String) -> String {
    let members = (0..<count - 1).map { "\"k\($0)\": \($0)" } + ["\"\(last)\": [\(count), {}]"]
    return "{" + members.joined(separator: ", ") + "}"
  }

  @Test(arguments: [1, 2, 15, 16, 17, 40])
  func objectsOfEverySizeKeepTheirMembersInOrder(count: Int) throws {
    let text = Self.object(keys: count, last: "end")
    let value = try JSONParser.parse(Array(text.utf8))
    guard case .object(let pairs) = value else {
      Issue.record("expected an object, parsed \(value.typeName)")
      return
    }
    #expect(pairs.map(\.key) == (0..<count - 1).map { "k\($0)" } + ["end"])
    #expect(pairs.last?.value == .array([.number(String(count)), .object([])]))
  }

  @Test(arguments: [2, 15, 16, 17, 40])
  func aDuplicateKeyIsFoundInObjectsOfEverySize(count: Int) throws {
    let text = Self.object(keys: count, last: "k0")
    do {
      _ = try JSONParser.parse(Array(text.utf8))
      Issue.record("no error for the duplicate key in \(count) keys")
    } catch {
      #expect(error.message == "duplicate key \"k0\"")
      #expect(error.line == 1)
      #expect(error.column == text.count - "\"k0\": [\(count), {}]}".count + 1)
    }
  }

  @Test func nestedContainersEachGetTheirOwnMembers() throws {
    let text = #"{"a": [1, {"b": [2, 3], "c": {}}, [[]]], "d": {"e": [{"f": 4}]}}"#
    let expected = JSONValue.object([
      (
        key: "a",
        value: .array([
          .number("1"),
          .object([
            (key: "b", value: .array([.number("2"), .number("3")])), (key: "c", value: .object([])),
          ]),
          .array([.array([])]),
        ])
      ),
      (
        key: "d",
        value: .object([(key: "e", value: .array([.object([(key: "f", value: .number("4"))])]))])
      ),
    ])
    #expect(try JSONParser.parse(Array(text.utf8)) == expected)
  }
}
