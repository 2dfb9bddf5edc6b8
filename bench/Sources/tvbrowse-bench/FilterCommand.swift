import Dispatch
import ShowSearch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - Filter

/// `tvbrowse-bench filter QUERY`: every line of standard input that matches, best first, as
/// `fzy -e QUERY` and `fzf --filter QUERY` print them, found by `LineFilter` (the index's
/// matching and ranking in one pass over the bytes, with no index to build).
enum FilterCommand {
  /// Runs the filter and returns the exit status; with `phases`, also reports on standard
  /// error how long reading, ranking and writing took.
  static func run(query text: String, phases: Bool = false) -> Int32 {
    let start = Clock.now()
    let input = InputBytes.standardInput()
    let read = Clock.now()
    let ranked = LineFilter.rank(SearchQuery(text), in: input.buffer)
    let rankedAt = Clock.now()
    writeLines(ranked, of: input.buffer)
    let written = Clock.now()
    if phases {
      let report = [("read", start, read), ("rank", read, rankedAt), ("write", rankedAt, written)]
        .map { "\($0.0) \(Clock.format(Clock.milliseconds(from: $0.1, to: $0.2))) ms" }
      Clock.report(report.joined(separator: ", ") + ", \(ranked.count) matches")
    }
    input.release()
    return 0
  }
}

// MARK: - Output

extension FilterCommand {
  /// Writes the candidates' lines in the given order. Reading lines in rank order jumps all
  /// over the input and waits on memory, so two threads each gather half of the lines and
  /// the halves are written one after the other.
  static func writeLines(_ ranked: [Int], of lines: UnsafeBufferPointer<UInt8>) {
    guard ranked.count >= 4_096 else {
      var output = OutputBuffer()
      for start in ranked {
        output.appendLine(LineFilter.line(at: start, in: lines))
      }
      output.flush()
      return
    }
    let address = UInt(bitPattern: lines.baseAddress)
    let count = lines.count
    let parts = 2
    let gathered = PartBuffers(count: parts)
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let range = (ranked.count * part / parts)..<(ranked.count * (part + 1) / parts)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(range.count * 24)
      let lines = UnsafeBufferPointer(
        start: UnsafePointer<UInt8>(bitPattern: address), count: count)
      for start in ranked[range] {
        bytes.append(contentsOf: LineFilter.line(at: start, in: lines))
        bytes.append(0x0A)
      }
      gathered.store(bytes, at: part)
    }
    for part in 0..<parts {
      gathered.bytes(at: part).withUnsafeBufferPointer { bytes in
        if let base = bytes.baseAddress {
          OutputBuffer.writeAll(base, count: bytes.count)
        }
      }
    }
  }
}

/// One byte array per part, each written by its own thread.
private final class PartBuffers: @unchecked Sendable {
  private var parts: [[UInt8]]

  init(count: Int) {
    parts = Array(repeating: [], count: count)
  }

  func store(_ bytes: [UInt8], at part: Int) {
    parts.withUnsafeMutableBufferPointer { $0[part] = bytes }
  }

  func bytes(at part: Int) -> [UInt8] {
    parts[part]
  }
}

/// Collects output lines and writes them to standard output in large pieces.
struct OutputBuffer: ~Copyable {
  private let capacity = 1 << 16
  private let storage: UnsafeMutablePointer<UInt8>
  private var count = 0

  init() {
    storage = .allocate(capacity: capacity)
  }

  deinit {
    storage.deallocate()
  }

  /// Adds one line and its newline.
  mutating func appendLine(_ line: UnsafeBufferPointer<UInt8>) {
    if count + line.count + 1 > capacity {
      flush()
    }
    if line.count + 1 > capacity, let base = line.baseAddress {
      Self.writeAll(base, count: line.count)
    } else if let base = line.baseAddress {
      (storage + count).update(from: base, count: line.count)
      count += line.count
    }
    storage[count] = 0x0A
    count += 1
  }

  /// Writes out what has been collected.
  mutating func flush() {
    Self.writeAll(storage, count: count)
    count = 0
  }

  /// Writes all the bytes to standard output, retrying after interruptions.
  static func writeAll(_ bytes: UnsafePointer<UInt8>, count: Int) {
    var written = 0
    while written < count {
      let result = write(STDOUT_FILENO, bytes + written, count - written)
      if result > 0 {
        written += result
      } else if result < 0 && errno == EINTR {
        continue
      } else {
        return
      }
    }
  }
}
