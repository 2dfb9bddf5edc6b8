/// The index of the first entity with each id, in one table of 32-bit entity indices sized
/// once: 8 bytes an entity, where a `[String: Int]` took about 64 (the key, the value and
/// the spare buckets), the largest thing a pack's validation held beside the entities.
/// The ids stay in the entities; a lookup compares against them.
struct EntityIDIndex: Sendable {
  /// Entity indices by hash, -1 where empty; a power of two at least twice the entities,
  /// so that probes stay short.
  private var slots: [Int32]
  /// The slot count less one, to reduce a hash to a slot.
  private let mask: Int
  /// How many entities were added.
  private(set) var count = 0

  /// How many slots the table has.
  var slotCount: Int { slots.count }

  /// True when as many entities were added as half the slots: the most it takes.
  var isHalfFull: Bool { 2 * count >= slots.count }

  /// An empty index for up to `count` entities.
  init(count: Int) {
    var size = 16
    while size < 2 * count { size *= 2 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  /// True when `other` keeps its slots in the same storage: one index, not a copy built
  /// again.
  func sharesSlots(with other: EntityIDIndex) -> Bool {
    slots.withUnsafeBufferPointer { mine in
      other.slots.withUnsafeBufferPointer { $0.baseAddress == mine.baseAddress }
    }
  }

  /// The index of the first entity of `entities` added with `id`, if any.
  func first(_ id: String, in entities: [Entity]) -> Int? {
    var slot = id.hashValue & mask
    while slots[slot] >= 0 {
      let index = Int(slots[slot])
      if entities[index].id == id { return index }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Adds the entity at `index` of `entities` under its id, unless an entity already has
  /// that id: then returns that entity's index and adds nothing. The table must not be
  /// half full.
  mutating func add(_ index: Int, of entities: [Entity]) -> Int? {
    let id = entities[index].id
    var slot = id.hashValue & mask
    while slots[slot] >= 0 {
      let existing = Int(slots[slot])
      if entities[existing].id == id { return existing }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(truncatingIfNeeded: index)
    count += 1
    return nil
  }

  /// The same index in twice the slots, for a reader whose count of entities was short.
  func grown(for entities: [Entity]) -> EntityIDIndex {
    var grown = EntityIDIndex(count: slots.count)
    for slot in slots where slot >= 0 { _ = grown.add(Int(slot), of: entities) }
    return grown
  }
}
