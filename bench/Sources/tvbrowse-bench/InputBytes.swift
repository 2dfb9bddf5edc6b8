#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - Input bytes

/// The bytes of standard input: mapped in place when it is a redirected file, read into
/// memory otherwise (a pipe or a terminal).
struct InputBytes {
  /// The bytes.
  let buffer: UnsafeBufferPointer<UInt8>
  /// Frees or unmaps the bytes; call it once, when nothing reads them any more.
  let release: @Sendable () -> Void

  /// Reads all of standard input.
  static func standardInput() -> InputBytes {
    var status = stat()
    if fstat(STDIN_FILENO, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
      let mapped = map(STDIN_FILENO, size: Int(status.st_size))
    {
      return mapped
    }
    return readAll(STDIN_FILENO)
  }

  /// Maps a regular file, its pages loaded up front (one fault-free pass later).
  private static func map(_ descriptor: Int32, size: Int) -> InputBytes? {
    #if os(Linux)
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0),
      address != MAP_FAILED
    else { return nil }
    let base = UnsafePointer<UInt8>(address.assumingMemoryBound(to: UInt8.self))
    let bits = UInt(bitPattern: address)
    return InputBytes(buffer: UnsafeBufferPointer(start: base, count: size)) {
      munmap(UnsafeMutableRawPointer(bitPattern: bits), size)
    }
  }

  /// Reads until the end into a buffer that doubles as it fills.
  private static func readAll(_ descriptor: Int32) -> InputBytes {
    var capacity = 1 << 20
    var count = 0
    var base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    while true {
      if count == capacity {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
      }
      let got = read(descriptor, base + count, capacity - count)
      if got > 0 {
        count += got
      } else if got == 0 || errno != EINTR {
        break
      }
    }
    let bits = UInt(bitPattern: base)
    return InputBytes(buffer: UnsafeBufferPointer(start: base, count: count)) {
      UnsafeMutablePointer<UInt8>(bitPattern: bits)?.deallocate()
    }
  }
}
