// MARK: - Folded scalar

/// The folded form of one Unicode scalar: up to four UTF-8 bytes, in two spellings of equal
/// length, one that keeps letter case and one that is lowercased.
struct FoldedScalar: Sendable, Equatable {
  /// The case-keeping bytes, packed with the first byte in the lowest eight bits.
  var cased: UInt32
  /// The lowercased bytes, packed like `cased`.
  var lower: UInt32
  /// How many bytes each spelling holds (0 when the scalar folds away, as a combining mark does).
  var count: UInt8

  /// A scalar that leaves no trace in folded text.
  static let empty = FoldedScalar(cased: 0, lower: 0, count: 0)

  init(cased: UInt32, lower: UInt32, count: UInt8) {
    self.cased = cased
    self.lower = lower
    self.count = count
  }

  /// Packs two spellings; when their lengths differ the lowercased one serves for both, and
  /// spellings longer than four bytes are refused.
  init?(casedBytes: some Collection<UInt8>, lowerBytes: some Collection<UInt8>) {
    let keep = casedBytes.count == lowerBytes.count ? Array(casedBytes) : Array(lowerBytes)
    let lower = Array(lowerBytes)
    guard lower.count <= 4 else { return nil }
    self.init(cased: Self.pack(keep), lower: Self.pack(lower), count: UInt8(lower.count))
  }

  /// The scalar's own UTF-8 bytes, unfolded, in both spellings.
  init(unfolded scalar: Unicode.Scalar) {
    var packed: UInt32 = 0
    var count: UInt8 = 0
    for byte in UTF8.encode(scalar) ?? UTF8.EncodedScalar() {
      packed |= UInt32(byte) << (8 * UInt32(count))
      count += 1
    }
    self.init(cased: packed, lower: packed, count: count)
  }

  // MARK: - Bytes

  /// Writes the bytes of both spellings at the two addresses and returns how many each got.
  @inline(__always)
  func write(
    cased casedOut: UnsafeMutablePointer<UInt8>, lower lowerOut: UnsafeMutablePointer<UInt8>
  )
    -> Int
  {
    var casedBits = cased
    var lowerBits = lower
    for offset in 0..<Int(count) {
      casedOut[offset] = UInt8(truncatingIfNeeded: casedBits)
      lowerOut[offset] = UInt8(truncatingIfNeeded: lowerBits)
      casedBits >>= 8
      lowerBits >>= 8
    }
    return Int(count)
  }

  /// Appends the bytes of both spellings to the two buffers.
  @inline(__always)
  func append(cased casedBuffer: inout [UInt8], lower lowerBuffer: inout [UInt8]) {
    var casedBits = cased
    var lowerBits = lower
    for _ in 0..<count {
      casedBuffer.append(UInt8(truncatingIfNeeded: casedBits))
      lowerBuffer.append(UInt8(truncatingIfNeeded: lowerBits))
      casedBits >>= 8
      lowerBits >>= 8
    }
  }

  private static func pack(_ bytes: [UInt8]) -> UInt32 {
    var packed: UInt32 = 0
    for (offset, byte) in bytes.enumerated() {
      packed |= UInt32(byte) << (8 * UInt32(offset))
    }
    return packed
  }
}
