import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - Parallel chunks

/// Splits a range of work into contiguous chunks and runs them on all cores.
enum ParallelChunks {
  /// How many processors are online.
  static let processors = max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1)

  /// How many chunks to use for large inputs: every core, at least two, at most eight.
  static let defaultCount = min(max(processors, 2), 8)

  /// How many chunks to split a large index into: a few per core, so that a core slowed by
  /// other work hands its share to the others.
  static let indexCount = min(max(4 * processors, 2), 32)

  /// Runs `body` once per chunk of `0..<count` (at least one chunk, even when empty),
  /// concurrently when there is more than one, and returns the results in chunk order.
  static func map<Result: Sendable>(
    _ count: Int, chunks: Int, _ body: @Sendable (Range<Int>) -> Result
  ) -> [Result] {
    let chunks = max(1, min(chunks, count))
    return map(tasks: chunks) { chunk in
      body((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
    }
  }

  /// Runs `body` for each task number in `0..<tasks`, concurrently when there is more than
  /// one, and returns the results in task order.
  static func map<Result: Sendable>(
    tasks: Int, _ body: @Sendable (Int) -> Result
  ) -> [Result] {
    guard tasks > 1 else { return tasks == 1 ? [body(0)] : [] }
    let slots = ResultSlots<Result>(count: tasks)
    DispatchQueue.concurrentPerform(iterations: tasks) { task in
      slots.store(body(task), at: task)
    }
    return slots.results()
  }
}

// MARK: - Result slots

/// One slot per chunk; each chunk writes only its own slot, and all writes finish before
/// `concurrentPerform` returns, so no two threads touch the same memory.
private final class ResultSlots<Result>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Result?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func store(_ result: Result, at slot: Int) {
    buffer[slot] = result
  }

  func results() -> [Result] {
    buffer.map { $0! }
  }
}
