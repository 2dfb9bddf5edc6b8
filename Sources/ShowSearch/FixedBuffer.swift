// MARK: - Fixed buffer

/// A block of plain values that never changes size, freed with the object; its address is
/// stable, so hot loops read it through a pointer without reference counting.
final class FixedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
  /// The first element.
  let base: UnsafeMutablePointer<Element>
  /// How many elements the block holds.
  let count: Int

  /// Takes charge of `count` initialized elements allocated with `allocate(capacity:)`.
  init(adopting base: UnsafeMutablePointer<Element>, count: Int) {
    self.base = base
    self.count = count
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

  /// Hands the elements over. Spare capacity stays allocated but, never touched, takes no
  /// memory pages.
  consuming func finish() -> FixedBuffer<Element> {
    let result = FixedBuffer(adopting: base, count: count)
    discard self
    return result
  }
}
