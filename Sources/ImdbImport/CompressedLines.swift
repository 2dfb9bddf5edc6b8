import CZlib
import Glibc

/// Reads a file's lines a chunk at a time, inflating it with zlib when it is gzip (any
/// number of members, as `gzip` and `cat a.gz b.gz` make), reading it as it is when it is
/// not: memory stays bounded whatever the file's size, and a line longer than
/// `longestLine` is reported without being held.
public final class CompressedLines {
  /// How reading ended.
  public enum Ending: Equatable, Sendable {
    /// At the end of the file, every line read.
    case complete
    /// The compressed data stops before its end: the lines before were read.
    case truncated
    /// zlib found the compressed data damaged (its message): the lines before were read.
    case damaged(String)
    /// The file could not be read (the system's message) part way.
    case unreadable(String)
  }

  /// The longest line read (bytes, without its newline); a longer one is skipped.
  public static let longestLine = 1 << 20

  /// The file's size on disk (compressed, when it is gzip), in bytes.
  public let size: Int
  /// How many bytes of the file have been read.
  public private(set) var bytesRead = 0
  /// True when the file is gzip.
  public let isCompressed: Bool

  private let descriptor: Int32
  private var stream = z_stream()
  private var input: [UInt8]
  private var inputCount = 0
  private var output: [UInt8]
  private var carry: [UInt8] = []
  private var carryIsTooLong = false
  private var lineNumber = 0

  private static let chunk = 1 << 18

  /// Opens `path`; the system's message when it cannot be opened or read.
  public init(path: String) throws(ImportFailure) {
    let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ImportFailure("\(path): \(String(cString: strerror(errno)))")
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw ImportFailure("\(path): not a regular file")
    }
    self.descriptor = descriptor
    self.size = Int(status.st_size)
    self.input = [UInt8](repeating: 0, count: Self.chunk)
    self.output = [UInt8](repeating: 0, count: Self.chunk * 4)
    var count = 0
    let ending = Self.fill(descriptor, into: &input, at: 0, count: &count)
    inputCount = count
    bytesRead = count
    if case .unreadable(let message) = ending {
      close(descriptor)
      throw ImportFailure("\(path): \(message)")
    }
    isCompressed = count >= 2 && input[0] == 0x1F && input[1] == 0x8B
    if isCompressed {
      // 15 + 32: a window of 32 KiB, and a gzip or zlib header found by itself.
      // Every property is set by now: `deinit` closes the file.
      guard czlib_inflate_init(&stream, 15 + 32) == Z_OK else {
        throw ImportFailure("\(path): zlib could not start")
      }
    }
  }

  deinit {
    if isCompressed { inflateEnd(&stream) }
    close(descriptor)
  }

  /// Calls `body` with each line (without its newline) and its number from 1; a line too
  /// long to hold comes as nil. `body` returns false to stop. Returns how reading ended.
  public func forEachLine(
    _ body: (UnsafeBufferPointer<UInt8>?, Int) throws -> Bool
  ) rethrows -> Ending {
    if !isCompressed {
      while inputCount > 0 {
        guard try split(input[0..<inputCount], body) else { return .complete }
        var count = 0
        let ending = Self.fill(descriptor, into: &input, at: 0, count: &count)
        inputCount = count
        bytesRead += count
        if ending != .complete { return ending }
      }
      _ = try finishCarry(body)
      return .complete
    }
    return try inflateLines(body)
  }

  private func inflateLines(
    _ body: (UnsafeBufferPointer<UInt8>?, Int) throws -> Bool
  ) rethrows -> Ending {
    var atMemberEnd = false
    while true {
      if inputCount == 0 {
        var count = 0
        let ending = Self.fill(descriptor, into: &input, at: 0, count: &count)
        if ending != .complete { return ending }
        inputCount = count
        bytesRead += count
        if count == 0 {
          // The data stops: after a whole member that is the end, else it was cut short.
          guard atMemberEnd else { return .truncated }
          _ = try finishCarry(body)
          return .complete
        }
      }
      if atMemberEnd {
        // Another member follows (bytes after the last one that are not gzip are refused).
        inflateReset(&stream)
        atMemberEnd = false
      }
      let consumedBefore = stream.total_in
      let (status, produced) = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
          stream.next_in = inBuffer.baseAddress
          stream.avail_in = UInt32(inputCount)
          stream.next_out = outBuffer.baseAddress
          stream.avail_out = UInt32(outBuffer.count)
          let status = inflate(&stream, Z_NO_FLUSH)
          return (status, outBuffer.count - Int(stream.avail_out))
        }
      }
      let consumed = Int(stream.total_in - consumedBefore)
      if consumed < inputCount {
        input.withUnsafeMutableBufferPointer { buffer in
          let base = buffer.baseAddress!
          memmove(base, base + consumed, inputCount - consumed)
        }
      }
      inputCount -= consumed
      if produced > 0 {
        guard try split(output[0..<produced], body) else { return .complete }
      }
      switch status {
      case Z_OK, Z_BUF_ERROR:
        continue
      case Z_STREAM_END:
        atMemberEnd = true
      default:
        let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
        return .damaged(message)
      }
    }
  }

  /// Hands `bytes`' whole lines to `body`, keeping the unfinished last one.
  private func split(
    _ bytes: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?, Int) throws -> Bool
  ) rethrows -> Bool {
    try bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      let count = buffer.count
      let base = buffer.baseAddress!
      while start < count {
        guard let found = memchr(base + start, 0x0A, count - start) else {
          appendToCarry(UnsafeBufferPointer(start: base + start, count: count - start))
          return true
        }
        let end = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
        lineNumber += 1
        let piece = UnsafeBufferPointer(start: base + start, count: end - start)
        let keepGoing: Bool
        if carry.isEmpty && !carryIsTooLong {
          keepGoing = try body(piece, lineNumber)
        } else {
          appendToCarry(piece)
          keepGoing = try deliverCarry(body)
        }
        guard keepGoing else { return false }
        start = end + 1
      }
      return true
    }
  }

  private func appendToCarry(_ piece: UnsafeBufferPointer<UInt8>) {
    guard !carryIsTooLong else { return }
    if carry.count + piece.count > Self.longestLine {
      carryIsTooLong = true
      carry = []
    } else {
      carry.append(contentsOf: piece)
    }
  }

  private func deliverCarry(_ body: (UnsafeBufferPointer<UInt8>?, Int) throws -> Bool) rethrows
    -> Bool
  {
    defer {
      carry.removeAll(keepingCapacity: carry.count <= Self.chunk)
      carryIsTooLong = false
    }
    if carryIsTooLong { return try body(nil, lineNumber) }
    return try carry.withUnsafeBufferPointer { try body($0, lineNumber) }
  }

  /// A last line with no newline after it.
  private func finishCarry(_ body: (UnsafeBufferPointer<UInt8>?, Int) throws -> Bool) rethrows
    -> Bool
  {
    guard !carry.isEmpty || carryIsTooLong else { return true }
    lineNumber += 1
    return try deliverCarry(body)
  }

  /// Reads up to the buffer's size from `descriptor`; `count` is how much was read.
  private static func fill(
    _ descriptor: Int32, into buffer: inout [UInt8], at offset: Int, count: inout Int
  ) -> Ending {
    count = 0
    let capacity = buffer.count - offset
    while count < capacity {
      let got = buffer.withUnsafeMutableBufferPointer { pointer in
        read(descriptor, pointer.baseAddress! + offset + count, capacity - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        return .unreadable(String(cString: strerror(errno)))
      }
      if got == 0 { break }
      count += got
    }
    return .complete
  }
}
