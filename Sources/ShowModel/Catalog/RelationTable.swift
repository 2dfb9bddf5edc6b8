/// One relation of a catalog (the credits of each person, the episodes of each season) as
/// flat arrays of places in `Catalog.entities`: the owners that have members, sorted, and
/// every owner's members side by side in the order they were added. Four bytes a member
/// and eight an owner, where a dictionary of arrays by id costs a hashed string key and a
/// heap array for every owner.
struct RelationTable: Sendable {
  /// The places of the owners that have members, in increasing order.
  private let owners: [UInt32]
  /// Where each owner's members start in `members`; one more entry than `owners`.
  private let starts: [UInt32]
  /// The members of every owner, owner after owner.
  private let members: [UInt32]

  /// The places of the owners that have members, in increasing order.
  var ownerPlaces: [UInt32] { owners }

  /// The members of the owner at `place`, in the order they were added.
  func members(of place: Int) -> ArraySlice<UInt32> {
    var low = 0
    var high = owners.count
    while low < high {
      let middle = (low + high) / 2
      if Int(owners[middle]) < place { low = middle + 1 } else { high = middle }
    }
    guard low < owners.count, Int(owners[low]) == place else { return [] }
    return members[Int(starts[low])..<Int(starts[low + 1])]
  }

  /// The owner of each member, by the member's place among the first `count` places (-1:
  /// none), in one pass over the table: a member of several owners reads as the last.
  func ownerOfMembers(count: Int) -> [Int32] {
    var ownerOf = [Int32](repeating: -1, count: count)
    for (position, owner) in owners.enumerated() {
      for member in members[Int(starts[position])..<Int(starts[position + 1])]
      where Int(member) < count {
        ownerOf[Int(member)] = Int32(owner)
      }
    }
    return ownerOf
  }

  /// Reads the members of owners asked for in increasing order, stepping through the owners
  /// once where `members(of:)` searches them each time.
  struct Walk {
    /// The table walked.
    let table: RelationTable
    /// The first owner not yet passed.
    private var position = 0

    /// A walk from the first owner of `table`.
    init(_ table: RelationTable) { self.table = table }

    /// The members of the owner at `place`, which is not below any place asked before.
    mutating func members(of place: Int) -> ArraySlice<UInt32> {
      let owners = table.owners
      while position < owners.count && Int(owners[position]) < place { position += 1 }
      guard position < owners.count, Int(owners[position]) == place else { return [] }
      return table.members[Int(table.starts[position])..<Int(table.starts[position + 1])]
    }
  }

  /// Collects (owner, member) pairs, then sorts them by owner in one counting pass.
  struct Builder {
    /// The pairs added so far, in order.
    private var pairs: [(owner: UInt32, member: UInt32)] = []
    /// One more than the largest owner place a pair may name.
    private let ownerLimit: Int
    /// How many pairs the builder was sized for.
    private let room: Int

    /// A builder for owners among the first `ownerLimit` places, with room for `capacity`
    /// pairs: sized once, the pairs do not keep up to as many again spare.
    init(ownerLimit: Int, capacity: Int = 0) {
      self.ownerLimit = ownerLimit
      room = capacity
      pairs.reserveCapacity(capacity)
    }

    /// The pairs the builder was sized for and the pairs it got: when it got more, it grew.
    var fill: (room: Int, pairs: Int) { (room, pairs.count) }

    /// Adds `member` to the members of `owner`, after those added before.
    mutating func add(_ member: Int, to owner: Int) {
      pairs.append((UInt32(owner), UInt32(member)))
    }

    /// The table of the pairs added: a stable counting sort by owner, linear in the pairs
    /// and the places.
    func build() -> RelationTable {
      // Each owner's count, then, in the same array, where its next member goes.
      var next = [UInt32](repeating: 0, count: ownerLimit + 1)
      for pair in pairs { next[Int(pair.owner)] += 1 }
      var ownerCount = 0
      for owner in 0..<ownerLimit where next[owner] > 0 { ownerCount += 1 }
      var owners: [UInt32] = []
      owners.reserveCapacity(ownerCount)
      var starts: [UInt32] = [0]
      starts.reserveCapacity(ownerCount + 1)
      var total: UInt32 = 0
      for owner in 0..<ownerLimit where next[owner] > 0 {
        owners.append(UInt32(owner))
        let count = next[owner]
        next[owner] = total
        total += count
        starts.append(total)
      }
      var members = [UInt32](repeating: 0, count: pairs.count)
      for pair in pairs {
        members[Int(next[Int(pair.owner)])] = pair.member
        next[Int(pair.owner)] += 1
      }
      return RelationTable(owners: owners, starts: starts, members: members)
    }
  }
}
