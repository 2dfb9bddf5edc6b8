import Glibc

/// Hands the whole pages of freed heap memory back to the kernel. The allocator keeps what
/// is freed for later allocations, on the thread's own arena; a free block in the middle
/// of a heap, or up to a threshold that grows with the largest blocks freed before (often
/// megabytes), stays resident. Building a search index frees much of what it allocated,
/// and the browser's peak memory is what stays after it: on the 200,000-entity pack the
/// index built on its own thread left about 5 MB resident that nothing would use again.
enum FreedPages {
  /// glibc's `malloc_trim`, which the Glibc module does not declare.
  private typealias Trim = @convention(c) (Int) -> Int32

  /// Returns the free pages of every arena to the kernel; true when some were returned.
  /// Does nothing where the C library has no `malloc_trim`.
  @discardableResult
  static func release() -> Bool {
    guard let symbol = dlsym(nil, "malloc_trim") else { return false }
    return unsafeBitCast(symbol, to: Trim.self)(0) == 1
  }
}
