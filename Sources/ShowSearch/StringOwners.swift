// MARK: - String owners

/// Who each string of an index belongs to, what a match in it weighs, and its group: what
/// lets one search rank owners rather than strings (`SearchIndex.searchOwners`).
///
/// The caller chooses the numbers: an owner is anything several strings stand for, a weight
/// is a rank class (lower weighs more: a match in a string of weight 0 ranks before any
/// match of words in one of weight 1), and a group is a class a search may keep or skip.
public struct StringOwners: Sendable {
  /// Each string's owner, in index order.
  public private(set) var owners: [Int32] = []
  /// Each string's weight, in index order.
  public private(set) var weights: [UInt8] = []
  /// Each string's group, in index order.
  public private(set) var groups: [UInt8] = []

  /// The smallest weight of any string (`maximumWeight` while there are none).
  public private(set) var smallestWeight = maximumWeight

  /// The largest weight a string may have.
  public static let maximumWeight = 63
  /// The largest group a string may belong to.
  public static let maximumGroup = 63

  /// A table with room for `capacity` strings.
  public init(capacity: Int = 0) {
    owners.reserveCapacity(capacity)
    weights.reserveCapacity(capacity)
    groups.reserveCapacity(capacity)
  }

  /// Adds the next string's owner (within `Int32`), weight (0...`maximumWeight`) and group
  /// (0...`maximumGroup`).
  public mutating func append(owner: Int, weight: Int, group: Int) {
    precondition(
      (0...Self.maximumWeight).contains(weight) && (0...Self.maximumGroup).contains(group),
      "weight or group out of range")
    precondition(Int32(exactly: owner) != nil, "owner out of range")
    owners.append(Int32(truncatingIfNeeded: owner))
    weights.append(UInt8(weight))
    smallestWeight = min(smallestWeight, weight)
    groups.append(UInt8(group))
  }

  /// How many strings the table describes.
  public var count: Int { owners.count }
}

/// A set of groups (0...`StringOwners.maximumGroup`) a search keeps.
public struct GroupSet: Sendable, Equatable, Hashable {
  /// One bit per group.
  let bits: UInt64

  /// The set of `groups`.
  public init(_ groups: some Sequence<Int>) {
    var bits: UInt64 = 0
    for group in groups where (0...StringOwners.maximumGroup).contains(group) {
      bits |= 1 << UInt64(group)
    }
    self.bits = bits
  }

  /// True when `group` is in the set.
  @inline(__always)
  public func contains(_ group: Int) -> Bool {
    group >= 0 && group < 64 && bits & (1 << UInt64(group)) != 0
  }
}
