// MARK: - Pattern

/// One folded query term as bytes, with the UTF-8 extent of each of its characters, so that
/// matching never splits a multi-byte character.
struct Pattern: Sendable, Hashable {
  /// The folded UTF-8 bytes.
  let bytes: [UInt8]
  /// The byte offset where each character starts.
  let starts: [Int]
  /// The byte length of each character.
  let lengths: [Int]
  /// The same, in memory the scorer reads through plain pointers.
  private let storage: PatternStorage

  /// Splits folded UTF-8 bytes into characters.
  init(bytes: [UInt8]) {
    var starts: [Int] = []
    var lengths: [Int] = []
    for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
      if let last = starts.last {
        lengths.append(offset - last)
      }
      starts.append(offset)
    }
    if let last = starts.last {
      lengths.append(bytes.count - last)
    }
    self.bytes = bytes
    self.starts = starts
    self.lengths = lengths
    self.storage = PatternStorage(bytes: bytes, starts: starts, lengths: lengths)
  }

  /// Joins characters, each given as its bytes.
  init(characters: [ArraySlice<UInt8>]) {
    self.init(bytes: Array(characters.joined()))
  }

  /// How many characters the pattern holds.
  var characterCount: Int { starts.count }

  /// The bytes of each character.
  var characters: [ArraySlice<UInt8>] {
    (0..<characterCount).map { bytes[starts[$0]..<starts[$0] + lengths[$0]] }
  }

  /// Pointers to the pattern, valid while the pattern lives.
  var view: PatternView { storage.view }

  /// Two patterns are equal when their bytes are.
  static func == (left: Pattern, right: Pattern) -> Bool {
    left.bytes == right.bytes
  }

  /// Hashes the bytes.
  func hash(into hasher: inout Hasher) {
    hasher.combine(bytes)
  }
}

// MARK: - Pattern view

/// A pattern as plain pointers, for the scorer's inner loops (no reference counting there);
/// the memory never changes, so it may be read from any thread.
struct PatternView: @unchecked Sendable {
  /// The folded UTF-8 bytes.
  let bytes: UnsafePointer<UInt8>
  /// How many bytes.
  let byteCount: Int
  /// The byte offset where each character starts.
  let starts: UnsafePointer<Int>
  /// The byte length of each character.
  let lengths: UnsafePointer<Int>
  /// How many characters.
  let characterCount: Int
}

/// The memory behind a `PatternView`, freed with the last pattern that shares it.
private final class PatternStorage: Sendable {
  let view: PatternView

  init(bytes: [UInt8], starts: [Int], lengths: [Int]) {
    let byteCopy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    byteCopy.initialize(from: bytes, count: bytes.count)
    let startCopy = UnsafeMutablePointer<Int>.allocate(capacity: max(starts.count, 1))
    startCopy.initialize(from: starts, count: starts.count)
    let lengthCopy = UnsafeMutablePointer<Int>.allocate(capacity: max(lengths.count, 1))
    lengthCopy.initialize(from: lengths, count: lengths.count)
    view = PatternView(
      bytes: byteCopy, byteCount: bytes.count, starts: startCopy, lengths: lengthCopy,
      characterCount: starts.count)
  }

  deinit {
    view.bytes.deallocate()
    view.starts.deallocate()
    view.lengths.deallocate()
  }
}
