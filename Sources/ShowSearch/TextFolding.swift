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
    if isCaseless(value) {
      return FoldedScalar(unfolded: scalar)
    }
    return FoldTable.foldUncommon(scalar)
  }

  /// True for the large blocks with no letter case and no marks (CJK ideographs, Hangul
  /// syllables), which fold to themselves without a look at their properties.
  @inline(__always)
  static func isCaseless(_ value: UInt32) -> Bool {
    (value >= 0x3400 && value < 0xA000) || (value >= 0xAC00 && value < 0xD7A4)
      || (value >= 0x2_0000 && value < 0x3_2000)
  }

  /// Folding turns one scalar into at most this many times its UTF-8 bytes.
  static let maximumGrowth = 2

  /// The folded bytes of a string, case-keeping and lowercased.
  static func fold(_ string: String) -> (cased: [UInt8], lower: [UInt8]) {
    let capacity = maximumGrowth * string.utf8.count + 1
    var lower: [UInt8] = []
    let cased = [UInt8](unsafeUninitializedCapacity: capacity) { casedBuffer, casedCount in
      lower = [UInt8](unsafeUninitializedCapacity: capacity) { lowerBuffer, lowerCount in
        lowerCount = write(string, cased: casedBuffer.baseAddress!, lower: lowerBuffer.baseAddress!)
      }
      casedCount = lower.count
    }
    return (cased, lower)
  }

  /// Writes the folded bytes of a string to two buffers with room for `maximumGrowth` times
  /// its UTF-8 length, and returns how many bytes each received.
  static func write(
    _ string: String, cased: UnsafeMutablePointer<UInt8>, lower: UnsafeMutablePointer<UInt8>
  ) -> Int {
    let asciiCount = string.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var bits: UInt8 = 0
      for offset in 0..<bytes.count {
        let byte = bytes[offset]
        bits |= byte
        cased[offset] = byte
        lower[offset] = lowercaseASCII(byte)
      }
      return bits < 0x80 ? bytes.count : nil
    }
    if let asciiCount, let count = asciiCount {
      return count
    }
    var count = 0
    for scalar in string.unicodeScalars {
      let folded = fold(scalar)
      var casedBits = folded.cased
      var lowerBits = folded.lower
      for _ in 0..<folded.count {
        cased[count] = UInt8(truncatingIfNeeded: casedBits)
        lower[count] = UInt8(truncatingIfNeeded: lowerBits)
        casedBits >>= 8
        lowerBits >>= 8
        count += 1
      }
    }
    return count
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
