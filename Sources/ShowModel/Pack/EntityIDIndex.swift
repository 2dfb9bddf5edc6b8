/// The index of the first entity with each id, in one table of 32-bit slots sized once:
/// 8 bytes an entity, where a `[String: Int]` took about 64 (the key, the value and the
/// spare buckets), the largest thing a pack's validation held beside the entities.
/// The ids stay in the entities; a lookup compares against them. Each slot holds an
/// entity's index in its low bits and, in the bits that index leaves free, a few bits of
/// its id's hash: a probe that meets another id almost always tells it apart by those bits,
/// without reading that entity, which a large pack has long since evicted from the caches.
struct EntityIDIndex: Sendable {
  /// A slot that holds no entity.
  private static let empty = UInt32.max

  /// Entity indices and hash bits by hash, `empty` where empty; a power of two at least
  /// twice the entities, so that probes stay short.
  private var slots: [UInt32]
  /// The slot count less one, to reduce a hash to a slot.
  private let mask: Int
  /// How many low bits of a slot hold the entity's index: enough for an index up to the
  /// slot count.
  private let indexBits: Int
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
    slots = [UInt32](repeating: Self.empty, count: size)
    mask = size - 1
    indexBits = size.trailingZeroBitCount + 1
  }

  /// True when `other` keeps its slots in the same storage: one index, not a copy built
  /// again.
  func sharesSlots(with other: EntityIDIndex) -> Bool {
    slots.withUnsafeBufferPointer { mine in
      other.slots.withUnsafeBufferPointer { $0.baseAddress == mine.baseAddress }
    }
  }

  /// The hash bits a slot keeps for an id of hash `hash`: its highest bits, which the
  /// slot's place (its lowest bits) says nothing about.
  private func tag(_ hash: Int) -> UInt32 {
    let tagBits = 32 - indexBits
    guard tagBits > 0 else { return 0 }
    let bits = UInt32(truncatingIfNeeded: UInt(bitPattern: hash) >> (UInt.bitWidth - tagBits))
    // An index of all ones with the highest tag would read as empty.
    return bits << indexBits
  }

  /// The entity index a slot holds.
  private func index(in slot: UInt32) -> Int { Int(slot & ((1 << indexBits) - 1)) }

  /// The index of the first entity of `entities` added with `id`, if any.
  func first(_ id: String, in entities: [Entity]) -> Int? {
    probe(id, hash: id.hashValue, in: entities).found
  }

  /// Follows the probes of `id`, whose hash is `hash`, to the entity added with it or to
  /// the empty slot where it would go. A probe reads an entity only when the slot's hash
  /// bits are the id's.
  private func probe(_ id: String, hash: Int, in entities: [Entity]) -> (
    found: Int?, slot: Int
  ) {
    let tag = tag(hash)
    let tagMask = ~UInt32(0) << indexBits
    var slot = hash & mask
    while slots[slot] != Self.empty {
      if slots[slot] & tagMask == tag {
        let index = self.index(in: slots[slot])
        if entities[index].id == id { return (index, slot) }
      }
      slot = (slot + 1) & mask
    }
    return (nil, slot)
  }

  /// Adds the entity at `index` of `entities` under its id, unless an entity already has
  /// that id: then returns that entity's index and adds nothing. The table must not be
  /// half full.
  mutating func add(_ index: Int, of entities: [Entity]) -> Int? {
    // An index beyond what a slot holds (entities without ids are not added, so places can
    // outrun the count) takes a larger table first.
    while index >= 1 << indexBits - 1 { self = grown(for: entities) }
    let hash = entities[index].id.hashValue
    let probed = probe(entities[index].id, hash: hash, in: entities)
    if let existing = probed.found { return existing }
    slots[probed.slot] = tag(hash) | UInt32(truncatingIfNeeded: index)
    count += 1
    return nil
  }

  /// The same index in twice the slots, for a reader whose count of entities was short.
  func grown(for entities: [Entity]) -> EntityIDIndex {
    var grown = EntityIDIndex(count: slots.count)
    for slot in slots where slot != Self.empty { _ = grown.add(index(in: slot), of: entities) }
    return grown
  }
}
