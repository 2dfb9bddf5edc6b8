// MARK: - Byte scan

/// Finds bytes in long runs of text eight at a time, with word-sized arithmetic.
enum ByteScan {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080
  static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// The high bit of each byte of `word` that is zero, exactly (no false positives).
  @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 {
    ~(((word & lows) &+ lows) | word | lows)
  }

  /// Eight bytes from `pointer`, first byte lowest, whatever their alignment.
  @inline(__always)
  static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
  }

  /// The high bits of a word's bytes, gathered into its low eight bits.
  @inline(__always)
  static func gather(_ highBits: UInt64) -> UInt64 {
    ((highBits >> 7) &* 0x0102_0408_1020_4080) >> 56
  }

  /// For 64 bytes from `pointer`: a bit per newline byte, and a bit per byte that is not
  /// ASCII (bit `i` for byte `i`).
  @inline(__always)
  static func bitmaps(_ pointer: UnsafePointer<UInt8>) -> (newlines: UInt64, highs: UInt64) {
    var newlines: UInt64 = 0
    var any: UInt64 = 0
    for part in 0..<8 {
      let word = load(pointer + 8 * part)
      any |= word
      newlines |= gather(zeroBytes(word ^ (0x0A &* ones))) << UInt64(8 * part)
    }
    // Most blocks are plain ASCII: their second bitmap is empty without further work.
    guard any & Self.highs != 0 else { return (newlines, 0) }
    var highs: UInt64 = 0
    for part in 0..<8 {
      highs |= gather(load(pointer + 8 * part) & Self.highs) << UInt64(8 * part)
    }
    return (newlines, highs)
  }

  // MARK: - Keys

  /// One or two bytes to look for, each either exactly or as a letter of either case.
  struct Key {
    let first: UInt8
    let firstFold: UInt8
    let second: UInt8
    let secondFold: UInt8
    /// False when `second` repeats `first`.
    let isPair: Bool

    /// A key for one byte; `fold` 0x20 also finds a lowercase letter's uppercase twin.
    init(_ byte: UInt8, fold: UInt8) {
      first = byte
      firstFold = fold
      second = byte
      secondFold = fold
      isPair = false
    }

    /// A key for either of two bytes.
    init(_ first: UInt8, fold firstFold: UInt8, or second: UInt8, fold secondFold: UInt8) {
      self.first = first
      self.firstFold = firstFold
      self.second = second
      self.secondFold = secondFold
      isPair = true
    }

    @inline(__always)
    func matches(_ byte: UInt8) -> Bool {
      byte | firstFold == first || byte | secondFold == second
    }
  }

  /// The high bit of the first zero byte of `word`, and perhaps of bytes above it (the
  /// lowest set bit is exact).
  @inline(__always)
  static func firstZeroByte(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & highs
  }

  /// The offset of the first byte in `start..<end` that `key` matches, or `end` when none
  /// does.
  @inline(__always)
  static func next(_ key: Key, in base: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
    key.isPair
      ? next(pair: key, in: base, from: start, end: end)
      : next(key.first, fold: key.firstFold, in: base, from: start, end: end)
  }

  /// The offset of the first byte in `start..<end` equal to `byte` once or-ed with `fold`,
  /// or `end` when none is.
  @inline(__always)
  static func next(
    _ byte: UInt8, fold: UInt8, in base: UnsafePointer<UInt8>, from start: Int, end: Int
  ) -> Int {
    let pattern = UInt64(byte) &* ones
    let folds = UInt64(fold) &* ones
    var offset = start
    while offset + 16 <= end {
      let low = firstZeroByte((load(base + offset) | folds) ^ pattern)
      let high = firstZeroByte((load(base + offset + 8) | folds) ^ pattern)
      if low | high != 0 {
        return low != 0
          ? offset + low.trailingZeroBitCount >> 3 : offset + 8 + high.trailingZeroBitCount >> 3
      }
      offset += 16
    }
    while offset < end && base[offset] | fold != byte {
      offset += 1
    }
    return offset
  }

  /// The offset of the last byte in `start..<end` equal to `byte` once or-ed with `fold`, or
  /// `start - 1` when none is.
  @inline(__always)
  static func last(
    _ byte: UInt8, fold: UInt8, in base: UnsafePointer<UInt8>, from start: Int, end: Int
  ) -> Int {
    let pattern = UInt64(byte) &* ones
    let folds = UInt64(fold) &* ones
    var offset = end
    while offset - 8 >= start {
      let found = zeroBytes((load(base + offset - 8) | folds) ^ pattern)
      if found != 0 {
        return offset - 8 + (63 - found.leadingZeroBitCount) >> 3
      }
      offset -= 8
    }
    offset -= 1
    while offset >= start && base[offset] | fold != byte {
      offset -= 1
    }
    return offset
  }

  /// The offset of the first byte in `start..<end` that `key` matches or that is not ASCII
  /// (only the latter when `key` is nil), or `end` when there is none.
  @inline(__always)
  static func nextOrHigh(
    _ key: Key?, in base: UnsafePointer<UInt8>, from start: Int, end: Int
  ) -> Int {
    let first = UInt64(key?.first ?? 0) &* ones
    let firstFold = UInt64(key?.firstFold ?? 0) &* ones
    let second = UInt64(key?.second ?? 0) &* ones
    let secondFold = UInt64(key?.secondFold ?? 0) &* ones
    var offset = start
    while offset + 8 <= end {
      let word = load(base + offset)
      var found = word & highs
      if let key {
        found |= firstZeroByte((word | firstFold) ^ first)
        if key.isPair {
          found |= firstZeroByte((word | secondFold) ^ second)
        }
      }
      if found != 0 {
        return offset + found.trailingZeroBitCount >> 3
      }
      offset += 8
    }
    while offset < end {
      let byte = base[offset]
      if byte >= 0x80 || key.map({ $0.matches(byte) }) ?? false { return offset }
      offset += 1
    }
    return end
  }

  /// Where the line that holds `start` ends (its newline, or `end`), and whether its bytes
  /// from `start` on are all ASCII.
  @inline(__always)
  static func lineEnd(
    in base: UnsafePointer<UInt8>, from start: Int, end: Int
  ) -> (end: Int, isASCII: Bool) {
    let newlines = 0x0A &* ones
    var high: UInt64 = 0
    var offset = start
    while offset + 8 <= end {
      let word = load(base + offset)
      let found = zeroBytes(word ^ newlines)
      if found != 0 {
        let position = found.trailingZeroBitCount >> 3
        let before = position == 0 ? 0 : word & ((1 &<< UInt64(8 * position)) &- 1)
        return (offset + position, (high | before) & highs == 0)
      }
      high |= word
      offset += 8
    }
    var isASCII = high & highs == 0
    while offset < end && base[offset] != 0x0A {
      isASCII = isASCII && base[offset] < 0x80
      offset += 1
    }
    return (offset, isASCII)
  }

  private static func next(
    pair key: Key, in base: UnsafePointer<UInt8>, from start: Int, end: Int
  ) -> Int {
    let first = UInt64(key.first) &* ones
    let firstFold = UInt64(key.firstFold) &* ones
    let second = UInt64(key.second) &* ones
    let secondFold = UInt64(key.secondFold) &* ones
    var offset = start
    while offset + 8 <= end {
      let word = load(base + offset)
      let found =
        firstZeroByte((word | firstFold) ^ first) | firstZeroByte((word | secondFold) ^ second)
      if found != 0 {
        return offset + found.trailingZeroBitCount >> 3
      }
      offset += 8
    }
    while offset < end && !key.matches(base[offset]) {
      offset += 1
    }
    return offset
  }

  // MARK: - Rarity

  /// A rough share, in parts per thousand, of each ASCII letter or digit in names and titles
  /// (others count as common), for choosing which byte of a query to scan for.
  static func frequency(of byte: UInt8) -> Int {
    switch byte {
    case 0x61...0x7A: return letters[Int(byte - 0x61)]
    case 0x41...0x5A: return letters[Int(byte - 0x41)]
    case 0x30...0x39: return 12
    case 0x80...: return 1
    default: return 200
    }
  }

  private static let letters: [Int] = [
    80, 15, 28, 38, 110, 22, 20, 45, 70, 4, 12, 45, 25, 70, 70, 18, 2, 65, 60, 75, 28, 10, 15,
    3, 20, 4,
  ]
}
