// MARK: - Text folding

/// Folds text for matching: diacritics removed, letters that do not decompose replaced by
/// their plain Latin spelling (ø → o, æ → ae, ß → ss), and a lowercased twin of every byte.
///
/// Both spellings of a text always have the same length, so one byte offset addresses both.
enum TextFolding {
  /// The folded form of one scalar.
  @inline(__always)
  static func fold(_ scalar: Unicode.Scalar) -> FoldedScalar {
    let value = scalar.value
    if value < 0x80 {
      return FoldedScalar(cased: value, lower: lowercaseASCII(value), count: 1)
    }
    if let entry = FoldTable.shared.entry(for: value) {
      return entry
    }
    return FoldTable.foldUncommon(scalar)
  }

  /// Appends the folded bytes of a string to a case-keeping and a lowercased buffer.
  static func append(_ string: String, cased: inout [UInt8], lower: inout [UInt8]) {
    let handled =
      string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
        guard isASCII(bytes) else { return false }
        appendASCII(bytes, cased: &cased, lower: &lower)
        return true
      } ?? false
    guard !handled else { return }
    for scalar in string.unicodeScalars {
      fold(scalar).append(cased: &cased, lower: &lower)
    }
  }

  /// The grapheme (Character) index behind every folded byte of a string.
  static func graphemeIndices(of string: String) -> [Int] {
    var indices: [Int] = []
    indices.reserveCapacity(string.utf8.count)
    var grapheme = 0
    for character in string {
      for scalar in character.unicodeScalars {
        let count = Int(fold(scalar).count)
        for _ in 0..<count {
          indices.append(grapheme)
        }
      }
      grapheme += 1
    }
    return indices
  }

  /// True when every byte of the string is its own grapheme: ASCII without carriage returns.
  static func isPlainASCII(_ string: String) -> Bool {
    string.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }

  // MARK: - ASCII

  @inline(__always)
  static func lowercaseASCII<T: FixedWidthInteger>(_ byte: T) -> T {
    byte &- 65 < 26 ? byte | 0x20 : byte
  }

  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var offset = 0
    var bits: UInt64 = 0
    while offset + 8 <= count {
      bits |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      offset += 8
    }
    while offset < count {
      bits |= UInt64(base[offset])
      offset += 1
    }
    return bits & 0x8080_8080_8080_8080 == 0
  }

  private static func appendASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, cased: inout [UInt8], lower: inout [UInt8]
  ) {
    cased.append(contentsOf: bytes)
    let start = lower.count
    lower.append(contentsOf: bytes)
    lower.withUnsafeMutableBufferPointer { buffer in
      for offset in start..<buffer.count {
        buffer[offset] = lowercaseASCII(buffer[offset])
      }
    }
  }
}

// MARK: - Positions

extension TextFolding {
  /// Converts folded byte offsets of a candidate into its grapheme indices, sorted, each once.
  static func graphemePositions(ofBytes offsets: [Int], in candidate: String) -> [Int] {
    guard !offsets.isEmpty else { return [] }
    if isPlainASCII(candidate) {
      return Array(Set(offsets)).sorted()
    }
    let graphemes = graphemeIndices(of: candidate)
    var positions = Set<Int>()
    for offset in offsets where offset >= 0 && offset < graphemes.count {
      positions.insert(graphemes[offset])
    }
    return positions.sorted()
  }
}
