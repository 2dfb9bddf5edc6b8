import Glibc

/// The start of a parser's input that has been parsed and handed back to the kernel, so
/// that a large file does not stay resident beside what was read from it. Keeps the
/// line and column at which it ends, so that an error after it is still placed exactly.
struct ParsedPrefix {
  /// How many bytes from the start have been handed back.
  private(set) var count = 0
  /// How many bytes of the input are handed back at a time, at least.
  let step: Int
  /// The line breaks in the prefix.
  private var lineBreaks = 0
  /// The characters after the prefix's last line break (or from its start, without one).
  private var lastLineColumns = 0

  /// A prefix that grows by at least `step` bytes at a time.
  init(step: Int = 1 << 20) {
    self.step = max(step, 1)
  }

  /// Hands back the whole pages of `bytes` before `offset` not yet handed back, once
  /// there are `step` bytes of them: their memory reads as zeros from then on, and the
  /// kernel may drop it. The bytes must be owned by the caller alone and never read again.
  mutating func release(before offset: Int, of bytes: UnsafeMutableBufferPointer<UInt8>) {
    guard offset - count >= step, let base = bytes.baseAddress else { return }
    let page = Int(getpagesize())
    let address = UInt(bitPattern: base)
    // Pages whose every byte lies in [count, offset): the first page that starts at or
    // after `count`, up to the last page that ends at or before `offset`.
    let first = (address + UInt(count) + UInt(page) - 1) / UInt(page) * UInt(page)
    let end = (address + UInt(offset)) / UInt(page) * UInt(page)
    guard end > first else { return }
    let newCount = Int(end - address)
    add(UnsafeBufferPointer(rebasing: bytes[count..<newCount]))
    _ = madvise(UnsafeMutableRawPointer(bitPattern: first), Int(end - first), MADV_DONTNEED)
    count = newCount
  }

  /// The 1-based line and column (in Unicode scalars) of `offset`, which lies at or after
  /// the prefix, counting the prefix from what was kept of it.
  func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
    let start = min(count, bytes.count)
    let end = min(max(offset, start), bytes.count)
    var line = 1 + lineBreaks
    var column = 1 + lastLineColumns
    for byte in bytes[start..<end] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  /// Adds the line breaks and last line's characters of `bytes`, which follow the prefix:
  /// the line breaks found with `memchr`, the characters counted only after the last one.
  private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    var lineStart = 0
    while lineStart < bytes.count,
      let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart)
    {
      lineBreaks += 1
      lastLineColumns = 0
      lineStart = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
    }
    for byte in bytes[lineStart...] where byte & 0xC0 != 0x80 {
      lastLineColumns += 1
    }
  }
}
