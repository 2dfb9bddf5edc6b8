// MARK: - Top selection

/// Keeps the best `limit` candidates seen so far (all of them when there is no limit), using a
/// heap whose root is the worst candidate kept. A selection that keeps owners keeps at most
/// one candidate per owner, its best.
struct TopSelection {
  /// How many candidates to keep; nil keeps all.
  let limit: Int?
  /// The candidates kept, in heap order (not ranked).
  private(set) var items: [RankedCandidate] = []
  /// With owners: the owner of each item, and the place of each owner's item.
  private var ownerOfItem: [Int32] = []
  private var placeOfOwner: [Int32: Int] = [:]
  private let keepsOwners: Bool
  /// A candidate that must be outranked to enter, whether the selection is full or not: the
  /// worst that may still make a ranking other chunks have filled (`SharedFloor`).
  var floor: RankedCandidate?

  /// Creates an empty selection; one that `keepsOwners` takes an owner with each candidate.
  init(limit: Int?, keepsOwners: Bool = false) {
    self.limit = limit
    self.keepsOwners = keepsOwners
  }

  /// Offers one candidate.
  @inline(__always)
  mutating func insert(_ candidate: RankedCandidate) {
    guard let limit else {
      items.append(candidate)
      return
    }
    if let floor, !RankedCandidate.ranksBefore(candidate, floor) { return }
    if items.count < limit {
      items.append(candidate)
      siftUp(items.count - 1)
    } else if limit > 0 && RankedCandidate.ranksBefore(candidate, items[0]) {
      items[0] = candidate
      siftDown(0)
    }
  }

  /// Offers one candidate of `owner`: kept if it is among the best and better than the
  /// owner's candidate kept so far, which it replaces.
  mutating func insert(_ candidate: RankedCandidate, owner: Int32) {
    if let floor, !RankedCandidate.ranksBefore(candidate, floor) { return }
    if let place = placeOfOwner[owner] {
      guard RankedCandidate.ranksBefore(candidate, items[place]) else { return }
      items[place] = candidate
      // Better than before: it moves away from the root, where the worst sits.
      if limit != nil { siftDown(place) }
      return
    }
    if limit == nil || items.count < limit! {
      items.append(candidate)
      ownerOfItem.append(owner)
      placeOfOwner[owner] = items.count - 1
      if limit != nil { siftUp(items.count - 1) }
    } else if limit! > 0 && RankedCandidate.ranksBefore(candidate, items[0]) {
      placeOfOwner[ownerOfItem[0]] = nil
      items[0] = candidate
      ownerOfItem[0] = owner
      placeOfOwner[owner] = 0
      siftDown(0)
    }
  }

  /// The candidate that must be outranked to enter: the worst kept once the selection is
  /// full, or the floor when it ranks before that (or the selection is not full).
  @inline(__always)
  var threshold: RankedCandidate? {
    guard let limit, limit > 0 else { return nil }
    guard items.count >= limit else { return floor }
    guard let floor, RankedCandidate.ranksBefore(floor, items[0]) else { return items[0] }
    return floor
  }

  /// The kept candidates, best first.
  func ranked() -> [RankedCandidate] {
    items.sorted()
  }

  // MARK: - Heap

  /// True when `first` should sit above `second` in the heap: it ranks after it.
  @inline(__always)
  private func isWorse(_ first: Int, than second: Int) -> Bool {
    RankedCandidate.ranksBefore(items[second], items[first])
  }

  @inline(__always)
  private mutating func swapItems(_ first: Int, _ second: Int) {
    items.swapAt(first, second)
    guard keepsOwners else { return }
    ownerOfItem.swapAt(first, second)
    placeOfOwner[ownerOfItem[first]] = first
    placeOfOwner[ownerOfItem[second]] = second
  }

  private mutating func siftUp(_ start: Int) {
    var child = start
    while child > 0 {
      let parent = (child - 1) / 2
      guard isWorse(child, than: parent) else { return }
      swapItems(child, parent)
      child = parent
    }
  }

  private mutating func siftDown(_ start: Int) {
    var parent = start
    while true {
      let left = 2 * parent + 1
      guard left < items.count else { return }
      let right = left + 1
      let worst = right < items.count && isWorse(right, than: left) ? right : left
      guard isWorse(worst, than: parent) else { return }
      swapItems(worst, parent)
      parent = worst
    }
  }
}
