import Glibc

/// Counts, in one pass over JSON bytes and without parsing them, the objects that stand
/// directly in the arrays of the top-level object: the entities of a pack. A reader sizes
/// its entity list with it once, instead of growing the list by doubling, which keeps the
/// old and the new list alive together at each step.
enum TopLevelItemCount {
  /// The count; only a hint, so on malformed JSON it is whatever the scan found.
  static func objects(in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { bytes in
      var count = 0
      var depth = 0
      // Whether the container open at depth 2 (a member of the top-level object) is an
      // array; deeper containers do not matter.
      var memberIsArray = false
      var offset = 0
      while offset < bytes.count {
        switch bytes[offset] {
        case UInt8(ascii: "\""):
          offset = endOfString(startingAt: offset + 1, in: bytes)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          depth += 1
          if depth == 2 { memberIsArray = bytes[offset] == UInt8(ascii: "[") }
          if depth == 3, memberIsArray, bytes[offset] == UInt8(ascii: "{") { count += 1 }
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
        default:
          break
        }
        offset += 1
      }
      return count
    }
  }

  /// The offset of the quote that closes the string whose text starts at `start`, or the
  /// end of `bytes`: `memchr` finds each quote, and a quote after an odd run of
  /// backslashes is escaped. Strings hold most of a pack's bytes.
  private static func endOfString(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    guard let base = bytes.baseAddress else { return bytes.count }
    var from = start
    while from < bytes.count,
      let found = memchr(base + from, Int32(UInt8(ascii: "\"")), bytes.count - from)
    {
      let quote = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
      var backslashes = 0
      while quote - backslashes - 1 >= start,
        bytes[quote - backslashes - 1] == UInt8(ascii: "\\")
      {
        backslashes += 1
      }
      if backslashes % 2 == 0 { return quote }
      from = quote + 1
    }
    return bytes.count
  }
}
