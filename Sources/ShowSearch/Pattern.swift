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
}
