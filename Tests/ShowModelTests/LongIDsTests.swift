import Testing

@testable import ShowModel

/// Both the tree and the direct reading of a pack share long ids through `LongIDs`.
@Suite struct LongIDsTests {
  /// The address of the bytes `text` holds.
  static func storage(of text: String) -> UnsafeRawPointer? {
    text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
  }

  @Test func aReferenceToALongIDSharesItsStorage() {
    var ids = LongIDs()
    let id = String(repeating: "hannah-baker-", count: 3)
    ids.remember(id)
    let reference = String(id.utf8.map { Character(UnicodeScalar($0)) })
    #expect(Self.storage(of: reference) != Self.storage(of: id))
    let shared = ids.shared(reference)
    #expect(shared == id)
    #expect(Self.storage(of: shared) == Self.storage(of: id))
  }

  @Test func anIDNeverRememberedIsReturnedAsItIs() {
    var ids = LongIDs()
    ids.remember("short-id")
    let reference = String(repeating: "clay-jensen-", count: 3)
    #expect(Self.storage(of: ids.shared(reference)) == Self.storage(of: reference))
    #expect(ids.shared("short-id") == "short-id")
  }
}
