// MARK: - Candidate bytes

/// The UTF-8 bytes of every candidate in one block of memory, each candidate followed by one
/// separator byte. The block is either the index's own copy or memory lent by the caller
/// (such as a mapped file), released when the index goes away.
final class CandidateBytes: @unchecked Sendable {
  /// The first byte of the block.
  let base: UnsafePointer<UInt8>
  /// How many bytes the block holds.
  let count: Int
  private let release: @Sendable () -> Void

  /// Takes charge of a block; `release` runs once, when no index uses it any more.
  init(base: UnsafePointer<UInt8>, count: Int, release: @escaping @Sendable () -> Void) {
    self.base = base
    self.count = count
    self.release = release
  }

  /// A block of `count` bytes (at least one) for the caller to fill, freed with the index.
  static func allocate(count: Int) -> (CandidateBytes, UnsafeMutablePointer<UInt8>) {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
    let address = UInt(bitPattern: pointer)
    let bytes = CandidateBytes(base: pointer, count: count) {
      UnsafeMutablePointer<UInt8>(bitPattern: address)?.deallocate()
    }
    return (bytes, pointer)
  }

  deinit {
    release()
  }

  /// The bytes from `start`, `count` long.
  @inline(__always)
  func buffer(from start: Int, count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + start, count: count)
  }
}
