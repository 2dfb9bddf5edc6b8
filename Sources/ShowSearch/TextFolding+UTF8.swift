// MARK: - Folding UTF-8 bytes

extension TextFolding {
  /// Folding bytes that are not valid UTF-8 (each bad byte reads as U+FFFD, three bytes)
  /// turns them into at most this many times their length.
  static let maximumByteGrowth = 3

  /// Folds UTF-8 bytes into two buffers with room for `maximumByteGrowth` times their
  /// length, returning how many bytes each received. Bytes that are not valid UTF-8 are
  /// folded as `String(decoding:as:)` reads them, so positions agree with that string.
  static func write(
    utf8 bytes: UnsafeBufferPointer<UInt8>, cased: UnsafeMutablePointer<UInt8>,
    lower: UnsafeMutablePointer<UInt8>
  ) -> Int {
    if let count = writeValid(utf8: bytes, cased: cased, lower: lower) {
      return count
    }
    var written = 0
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      written += fold(scalar).write(cased: cased + written, lower: lower + written)
    }
    return written
  }

  /// Folds valid UTF-8 without building a string; nil at the first invalid sequence.
  private static func writeValid(
    utf8 bytes: UnsafeBufferPointer<UInt8>, cased: UnsafeMutablePointer<UInt8>,
    lower: UnsafeMutablePointer<UInt8>
  ) -> Int? {
    var written = 0
    var offset = 0
    let count = bytes.count
    while offset < count {
      let lead = bytes[offset]
      if lead < 0x80 {
        cased[written] = lead
        lower[written] = lowercaseASCII(lead)
        written += 1
        offset += 1
        continue
      }
      guard let (value, length) = decode(bytes, at: offset, lead: lead),
        let scalar = Unicode.Scalar(value)
      else { return nil }
      written += fold(scalar).write(cased: cased + written, lower: lower + written)
      offset += length
    }
    return written
  }

  /// Decodes the multi-byte sequence that starts with `lead` at `offset`: its scalar value
  /// and length, or nil when it is not well-formed UTF-8.
  @inline(__always)
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, lead: UInt8
  ) -> (UInt32, Int)? {
    let remaining = bytes.count - offset
    func continuation(_ index: Int) -> UInt32? {
      let byte = bytes[offset + index]
      return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
    }
    switch lead {
    case 0xC2...0xDF:
      guard remaining >= 2, let second = continuation(1) else { return nil }
      return (UInt32(lead & 0x1F) << 6 | second, 2)
    case 0xE0...0xEF:
      guard remaining >= 3, let second = continuation(1), let third = continuation(2)
      else { return nil }
      let value = UInt32(lead & 0x0F) << 12 | second << 6 | third
      guard value >= 0x800, value & 0xF800 != 0xD800 else { return nil }
      return (value, 3)
    case 0xF0...0xF4:
      guard remaining >= 4, let second = continuation(1), let third = continuation(2),
        let fourth = continuation(3)
      else { return nil }
      let value = UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth
      guard value >= 0x1_0000, value <= 0x10_FFFF else { return nil }
      return (value, 4)
    default:
      return nil
    }
  }
}
