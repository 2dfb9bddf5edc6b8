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
          // Step over the string, and over each escaped byte in it.
          offset += 1
          while offset < bytes.count, bytes[offset] != UInt8(ascii: "\"") {
            offset += bytes[offset] == UInt8(ascii: "\\") ? 2 : 1
          }
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
}
