import Glibc

/// Runs work on a thread of its own, so that it starts at once however busy the shared
/// pools of threads are (a pool's threads may all be taken by work that waits).
enum BuildThread {
  /// The work handed to the thread.
  private final class Work {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }

  /// Starts `body` on a new detached thread; runs it here when no thread can be made.
  static func start(_ body: @escaping @Sendable () -> Void) {
    let work = Unmanaged.passRetained(Work(body)).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(
      &thread, nil,
      { context in
        guard let context else { return nil }
        Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
        // What the work freed stays resident on this thread's arena otherwise.
        FreedPages.release()
        return nil
      }, work)
    guard started == 0 else {
      Unmanaged<Work>.fromOpaque(work).takeRetainedValue().body()
      return
    }
    pthread_detach(thread)
  }
}
