// MARK: - Fixed buffer

/// A block of plain values that never changes size, freed with the object; its address is
/// stable, so hot loops read it through a pointer without reference counting.
final class FixedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
  /// The first element.
  let base: UnsafeMutablePointer<Element>
  /// How many elements the block holds.
  let count: Int
  /// How many elements the block has room for: `count`, or more when it was handed over
  /// with room to spare.
  let capacity: Int

  /// Takes charge of `count` initialized elements allocated with `allocate(capacity:)` for
  /// `capacity` (by default `count`) elements.
  init(adopting base: UnsafeMutablePointer<Element>, count: Int, capacity: Int? = nil) {
    self.base = base
    self.count = count
    self.capacity = capacity ?? count
  }

  /// A block of `count` copies of `value`.
  convenience init(repeating value: Element, count: Int) {
    let base = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
    base.initialize(repeating: value, count: count)
    self.init(adopting: base, count: count)
  }

  deinit {
    base.deallocate()
  }

  /// The element at `index`.
  @inline(__always)
  subscript(index: Int) -> Element {
    base[index]
  }
}

// MARK: - Growing buffer

/// A block of plain values that grows as they are appended, owned by one builder until
/// `finish` hands it over as a `FixedBuffer`.
struct GrowingBuffer<Element: BitwiseCopyable>: ~Copyable {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  /// An empty buffer with room for `capacity` elements before it first grows.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  /// Makes room for `extra` more elements.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    let larger = max(capacity * 2, count + extra)
    let moved = UnsafeMutablePointer<Element>.allocate(capacity: larger)
    moved.moveInitialize(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = larger
  }

  /// Appends one element.
  @inline(__always)
  mutating func append(_ element: Element) {
    reserve(1)
    base[count] = element
    count += 1
  }

  /// Grows the count by `added` elements the caller has just written past the end (after
  /// a `reserve`).
  @inline(__always)
  mutating func commit(_ added: Int) {
    count += added
  }

  /// Hands the elements over, moved into a block of their size when more than an eighth
  /// of the room (and at least 4 KiB) is spare: a buffer grown by doubling, or sized for a
  /// guess, kept up to as much again, and spare room is not always untouched memory (the
  /// allocator hands out blocks that were used before).
  consuming func finish() -> FixedBuffer<Element> {
    let spare = capacity - count
    let result: FixedBuffer<Element>
    if spare > count / 8 && spare * MemoryLayout<Element>.stride >= 4096 {
      let exact = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
      exact.moveInitialize(from: base, count: count)
      base.deallocate()
      result = FixedBuffer(adopting: exact, count: count)
    } else {
      result = FixedBuffer(adopting: base, count: count, capacity: capacity)
    }
    discard self
    return result
  }
}
