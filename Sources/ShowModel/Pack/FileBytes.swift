import Glibc

/// Reads whole files with a clear message for each way it can fail, and checks UTF-8.
public enum FileBytes {
  /// Why a file could not be read, as a message that completes "FILE: …".
  public struct Failure: Error, Equatable {
    public var message: String
  }

  /// The bytes of the file at `path`, refusing directories and files over `limit` bytes.
  public static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
    // Non-blocking, so that a FIFO named as a file cannot hang the program.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw Failure(message: describe(errno)) }
    defer { close(descriptor) }
    return try read(descriptor: descriptor, limit: limit)
  }

  /// The bytes of the file open as `descriptor` (which stays open), refusing directories,
  /// what is not a regular file, and files over `limit` bytes.
  static func read(descriptor: Int32, limit: Int) throws(Failure) -> [UInt8] {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Failure(message: describe(errno)) }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw Failure(message: "is a directory, not a file")
    }
    if (status.st_mode & S_IFMT) != S_IFREG {
      throw Failure(message: "is not a regular file")
    }
    if Int(status.st_size) > limit {
      throw Failure(
        message:
          "file is \(sizeText(Int(status.st_size))), larger than the \(sizeText(limit)) a pack may be"
      )
    }
    // One buffer of exactly the size the file has now, so that no array doubles past it
    // and no chunk is copied twice; a file that grows while it is read is still read whole.
    let expected = Int(status.st_size)
    var failure: Int32? = nil
    var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
      while count < expected {
        let read = Glibc.read(descriptor, buffer.baseAddress! + count, expected - count)
        if read < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if read == 0 { return }
        count += read
      }
    }
    if let failure { throw Failure(message: describe(failure)) }
    guard bytes.count == expected else { return bytes }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(message: describe(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit {
        throw Failure(message: "file is larger than the \(sizeText(limit)) a pack may be")
      }
    }
    return bytes
  }

  /// The line, column and byte offset of the first byte that is not valid UTF-8, if any.
  /// Checks the bytes where they are, without a decoded copy of them.
  static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int, offset: Int)? {
    guard let offset = bytes.withUnsafeBufferPointer(invalidUTF8Offset) else { return nil }
    var line = 1
    var column = 1
    for byte in bytes[..<offset] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column, offset)
  }

  /// The offset of the first byte of the first ill-formed UTF-8 sequence, if any: eight
  /// bytes at a time while they are ASCII, then each sequence checked against the
  /// well-formed byte ranges of the Unicode standard (table 3-7).
  static func invalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var offset = 0
    let count = bytes.count
    while offset < count {
      if offset + 8 <= count {
        let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          offset += 8
          continue
        }
      }
      let lead = bytes[offset]
      if lead < 0x80 {
        offset += 1
        continue
      }
      let length: Int
      var lowest: UInt8 = 0x80
      var highest: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, lowest) = (3, 0xA0)
      case 0xED: (length, highest) = (3, 0x9F)
      case 0xE1...0xEF: length = 3
      case 0xF0: (length, lowest) = (4, 0x90)
      case 0xF4: (length, highest) = (4, 0x8F)
      case 0xF1...0xF3: length = 4
      default: return offset
      }
      guard offset + length <= count, (lowest...highest).contains(bytes[offset + 1]) else {
        return offset
      }
      for next in (offset + 2)..<(offset + length) where bytes[next] & 0xC0 != 0x80 {
        return offset
      }
      offset += length
    }
    return nil
  }

  /// What the `errno` `code` means for a file being read, as a message.
  static func describe(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file"
    case EACCES: return "permission denied"
    case EISDIR: return "is a directory, not a file"
    case ENOTDIR: return "a component of the path is not a directory"
    case ELOOP: return "too many symbolic links"
    default: return "cannot read the file (\(String(cString: strerror(code))))"
    }
  }

  private static func sizeText(_ bytes: Int) -> String {
    let mebibyte = 1024 * 1024
    if bytes % mebibyte == 0 { return "\(bytes / mebibyte) MiB" }
    // Rounded up, so a file just over the limit never reads as the limit itself.
    let tenths = (bytes * 10 + mebibyte - 1) / mebibyte
    return "\(tenths / 10).\(tenths % 10) MiB"
  }
}
