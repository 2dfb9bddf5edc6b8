import Testing

@testable import ShowModel

/// The reader's table of ids: references share the storage of the ids they name, and the
/// table reaches validation and the catalog, so that no id is hashed into a table again.
@Suite struct PackIDsTests {
  /// The address of the bytes `text` holds.
  static func storage(of text: String) -> UnsafeRawPointer? {
    text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
  }

  static func character(_ id: String) -> Entity {
    Entity(id: id, kind: .character, name: id, payload: .character)
  }

  @Test func aReferenceToALongIDSharesItsStorage() {
    let id = String(repeating: "hannah-baker-", count: 3)
    let entities = [Self.character("short-id"), Self.character(id)]
    let ids = PackIDs(of: entities)
    let reference = String(id.utf8.map { Character(UnicodeScalar($0)) })
    #expect(Self.storage(of: reference) != Self.storage(of: entities[1].id))
    let shared = ids.shared(reference, in: entities)
    #expect(shared == id)
    #expect(Self.storage(of: shared) == Self.storage(of: entities[1].id))
    let unknown = String(repeating: "clay-jensen-", count: 3)
    #expect(Self.storage(of: ids.shared(unknown, in: entities)) == Self.storage(of: unknown))
    #expect(ids.shared("short-id", in: entities) == "short-id")
  }

  @Test func tableGrowsPastAShortCountAndKeepsTheFirstOfEachID() {
    // The reader sizes the table from a count of the file's objects, which malformed JSON
    // can make short; a full table would probe for ever.
    let entities = (0..<1_000).map { Self.character("character-\($0 % 700)") }
    var ids = PackIDs(count: 2)
    for place in entities.indices { ids.add(place, of: entities) }
    #expect(ids.index.count == 700)
    #expect(ids.firstWithID.count == 300)
    #expect(ids.firstWithID.allSatisfy { $0.key - $0.value == 700 })
    #expect(ids.index.first("character-699", in: entities) == 699)
    #expect(ids.index.first("character-700", in: entities) == nil)
  }

  @Test func catalogTakesOverTheReadersIndex() throws {
    // Validation and the catalog each hashed every id into an index of their own again.
    let text = """
      {"format": "tvbrowse-pack", "version": 1, "show": {"id": "show", "name": "S"},
       "characters": [{"id": "hannah-baker-the-student", "name": "Hannah"},
                      {"id": "clay", "name": "Clay"}],
       "people": [{"id": "katherine-langford-the-actor", "name": "Katherine"}],
       "credits": [{"id": "c", "person": "katherine-langford-the-actor",
                    "character": "hannah-baker-the-student"}]}
      """
    let pack = try #require(try PackReader.read(bytes: Array(text.utf8)).pack)
    let read = try #require(pack.ids)
    #expect(read.index.count == pack.entities.count)
    let catalog = Catalog(pack: pack)
    #expect(catalog.ids.sharesSlots(with: read.index))
    #expect(catalog.place(of: "clay") == 2)
  }

  @Test func listsOutOfTheFormatsOrderGetATableOfTheirOrder() throws {
    // The reader puts the lists in the format's order after reading them: the table of the
    // order read would name the wrong entities.
    let text = """
      {"format": "tvbrowse-pack", "version": 1,
       "people": [{"id": "katherine", "name": "Katherine"}],
       "characters": [{"id": "hannah", "name": "Hannah"}],
       "show": {"id": "show", "name": "S"}}
      """
    let pack = try #require(try PackReader.read(bytes: Array(text.utf8)).pack)
    #expect(pack.entities.map(\.id) == ["show", "hannah", "katherine"])
    let ids = try #require(pack.ids)
    for (place, entity) in pack.entities.enumerated() {
      #expect(ids.index.first(entity.id, in: pack.entities) == place)
    }
  }
}
