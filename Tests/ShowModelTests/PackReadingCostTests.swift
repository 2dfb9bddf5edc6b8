import Testing

@testable import ShowModel

/// Reading a pack builds a JSON path only for a problem's message, and the parser steps
/// over a string's plain text eight bytes at a time without missing where it ends.
@Suite struct PackReadingCostTests {
  @Test func pathsAreBuiltOnlyForProblems() throws {
    // Every field read used to build its path ("characters[3].citations[0].quote"), and
    // every array item its own, whether or not anything was wrong.
    let object = try JSONParser.parse(
      Array(#"{"id": "a", "names": ["x", "y"], "n": 3, "items": [{"k": 1}], "f": true}"#.utf8))
    var fields = JSONFieldReader()
    var built = 0
    func path() -> String {
      built += 1
      return "entity"
    }
    _ = fields.requiredString(object, "id", at: path())
    _ = fields.optionalString(object, "id", at: path())
    _ = fields.strings(object, "names", at: path())
    _ = fields.optionalInteger(object, "n", at: path(), in: 1...9)
    _ = fields.requiredInteger(object, "n", at: path(), in: 1...9)
    _ = fields.optionalBool(object, "f", at: path())
    _ = fields.array(object, "items", at: path())
    _ = fields.object(object, at: path(), allowed: ["id", "names", "n", "items", "f"])
    #expect(built == 0)
    #expect(fields.problems.isEmpty)
    _ = fields.requiredString(object, "missing", at: path())
    _ = fields.strings(object, "items", at: path())
    #expect(built == 2)
    #expect(
      fields.problems.map(\.path) == ["entity", "entity.items[0]"])
  }

  @Test func stringsEndWhereverTheirQuoteEscapeOrControlByteFalls() throws {
    // Positions around the eight-byte steps, with the text before in ASCII and not.
    for prefix in ["", "é"] {
      for length in 0..<20 {
        let text = prefix + String(repeating: "a", count: length)
        #expect(try JSONParser.parse(Array("[\"\(text)\"]".utf8)) == .array([.string(text)]))
        #expect(
          try JSONParser.parse(Array("[\"\(text)\\n\(text)\"]".utf8))
            == .array([.string(text + "\n" + text)]))
        var control: JSONSyntaxError?
        do { _ = try JSONParser.parse(Array("[\"\(text)\u{01}\"]".utf8)) } catch { control = error }
        #expect(control?.message == "control character U+0001 inside a string must be escaped")
        #expect(control?.column == 3 + text.unicodeScalars.count)
        var open: JSONSyntaxError?
        do { _ = try JSONParser.parse(Array("[\"\(text)".utf8)) } catch { open = error }
        #expect(
          open?.message == "unterminated string: no closing quote before the end of the file")
      }
    }
  }

  @Test func referencesShareTheStorageOfTheIDsTheyName() throws {
    // Each reference held a copy of the id it names: 13 MB of the 200,000-entity pack.
    let long = "katherine-langford-the-actor"
    let text = """
      {"format": "tvbrowse-pack", "version": 1, "show": {"id": "show", "name": "S"},
       "seasons": [{"id": "season-one-of-the-show", "name": "One", "number": 1}],
       "characters": [{"id": "hannah-baker-the-student", "name": "Hannah"}],
       "people": [{"id": "\(long)", "name": "Katherine"}],
       "credits": [{"id": "c", "person": "\(long)", "character": "hannah-baker-the-student"}],
       "threads": [{"id": "t", "name": "T", "characters": ["hannah-baker-the-student"],
                    "seasons": ["season-one-of-the-show"]}]}
      """
    let pack = try #require(try PackReader.read(bytes: Array(text.utf8)).pack)
    let ids = Dictionary(uniqueKeysWithValues: pack.entities.map { ($0.id, $0.id) })
    var references: [String] = []
    for entity in pack.entities {
      switch entity.payload {
      case .credit(let person, let character, _, _): references += [person, character ?? ""]
      case .thread(let characters, let seasons, _): references += characters + seasons
      default: break
      }
    }
    #expect(references.count == 4)
    for reference in references {
      let id = try #require(ids[reference])
      #expect(Self.storage(of: reference) == Self.storage(of: id), "\(reference)")
    }
  }

  @Test func listsThatRepeatShareOneStorage() throws {
    // Each character's aliases and each thread's seasons were a heap block of their own,
    // though most repeat: 3 MB of the 200,000-entity pack.
    let text = """
      {"format": "tvbrowse-pack", "version": 1, "show": {"id": "show", "name": "S"},
       "seasons": [{"id": "season-one-of-the-show", "name": "One", "number": 1}],
       "characters": [{"id": "a", "name": "Lucas A", "aliases": ["Lucas"]},
                      {"id": "b", "name": "Lucas B", "aliases": ["Lucas"]},
                      {"id": "c", "name": "Mia C", "aliases": ["Mia"]},
                      {"id": "d", "name": "Lucas D", "aliases": ["Lucas"]}],
       "threads": [{"id": "t", "name": "T", "characters": ["a"],
                    "seasons": ["season-one-of-the-show"]},
                   {"id": "u", "name": "U", "characters": ["b"],
                    "seasons": ["season-one-of-the-show"]}]}
      """
    let pack = try #require(try PackReader.read(bytes: Array(text.utf8)).pack)
    var aliases: [UnsafeRawPointer?] = []
    var seasons: [UnsafeRawPointer?] = []
    for entity in pack.entities {
      if !entity.aliases.isEmpty { aliases.append(Self.storage(of: entity.aliases)) }
      if case .thread(_, let list, _) = entity.payload { seasons.append(Self.storage(of: list)) }
    }
    #expect(
      pack.entities.map(\.aliases).filter { !$0.isEmpty } == [
        ["Lucas"], ["Lucas"], ["Mia"], ["Lucas"],
      ])
    #expect(Set(aliases).count == 2 && aliases.count == 4)
    #expect(Set(seasons).count == 1 && seasons.count == 2)
  }

  @Test func pathsAreKeptAsAKeyAndAnIndex() throws {
    // Each entity's path was a string written out as it was read: 16 bytes an entity, and
    // a heap buffer of its own past 15 bytes ("characters[10000]").
    let text = """
      {"format": "tvbrowse-pack", "version": 1,
       "characters": [{"id": "hannah", "name": "Hannah"}, {"id": "clay", "name": "Clay"}],
       "show": {"id": "show", "name": "S"},
       "people": [{"id": "katherine", "name": "Katherine"}, {"name": "No id"}]}
      """
    let read = try PackReader.read(bytes: Array(text.utf8))
    let pack = try #require(read.pack)
    #expect(pack.paths.bytesPerPath <= 4)
    #expect(
      Array(pack.paths) == ["show", "characters[0]", "characters[1]", "people[0]", "people[1]"])
    #expect(read.problems.map(\.path) == ["people[1]"])
  }

  @Test func anEntityWastesNoPaddingOnItsKind() {
    // The kind's one byte stood between two strings and took eight: 152 bytes an entity.
    // A credit's four strings, held in every entity's payload, made it 144. The point a
    // thread or an article reveals (a spoiler) costs eight bytes more: 112.
    #expect(MemoryLayout<Entity>.stride <= 112)
  }

  /// Where the elements of `list` are stored.
  private static func storage(of list: [String]) -> UnsafeRawPointer? {
    list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }

  /// Where the UTF-8 bytes of `text` are stored.
  private static func storage(of text: String) -> UnsafeRawPointer? {
    var text = text
    return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
  }
}
