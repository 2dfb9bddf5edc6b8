import Glibc

/// Reads whole files with a clear message for each way it can fail, and checks UTF-8.
enum FileBytes {
  /// Why a file could not be read, as a message that completes "FILE: …".
  struct Failure: Error, Equatable {
    var message: String
  }

  /// The bytes of the file at `path`, refusing directories and files over `limit` bytes.
  static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
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
    var bytes: [UInt8] = []
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
  static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int, offset: Int)? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var line = 1
    var column = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return nil
      case .error:
        return (line, column, offset)
      }
    }
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
