import Testing

@testable import ShowModel

/// A relation table lists each owner's members in the order they were added, whatever
/// order the owners come in, and nothing for an owner without members.
@Suite struct RelationTableTests {
  @Test func membersComeBackInTheOrderAddedForEveryOwner() {
    var builder = RelationTable.Builder(ownerLimit: 10)
    let pairs = [(7, 1), (2, 5), (7, 0), (9, 3), (2, 4), (7, 8), (0, 6)]
    for (owner, member) in pairs { builder.add(member, to: owner) }
    let table = builder.build()
    for owner in 0..<10 {
      let expected = pairs.filter { $0.0 == owner }.map { UInt32($0.1) }
      #expect(Array(table.members(of: owner)) == expected, "owner \(owner)")
    }
    #expect(table.members(of: 10).isEmpty)
    #expect(table.members(of: -1).isEmpty)
  }

  @Test func anEmptyTableHasNoMembers() {
    let table = RelationTable.Builder(ownerLimit: 0).build()
    #expect(table.members(of: 0).isEmpty)
  }
}
