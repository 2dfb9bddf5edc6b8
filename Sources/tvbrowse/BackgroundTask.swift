import Foundation
import Glibc
import Synchronization
import TerminalUI

/// Work that may take long (laying out an article, a search through millions of
/// characters) on a thread of its own, so that the loop keeps answering keys and signals;
/// `key` says what it is for, and a cancelled task stops early where its work can.
final class BackgroundTask<Key: Equatable & Sendable, Result: Sendable>: Sendable {
  /// What the work is for.
  let key: Key
  private let isCancelled = Atomic<Bool>(false)
  private let outcome = Mutex<Result??>(nil)

  /// Starts `work` on a new thread; it is handed a check that says when to stop early, and
  /// returns nil when it did.
  init(key: Key, _ work: @escaping @Sendable (_ isCancelled: () -> Bool) -> Result?) {
    self.key = key
    Thread.detachNewThread { [self] in
      let result = work { self.isCancelled.load(ordering: .relaxed) }
      outcome.withLock { $0 = .some(result) }
      // The loop then takes the result at once, not at the end of its wait for a key.
      TerminalSession.wakeUp()
    }
  }

  /// True once the thread is done.
  var isDone: Bool { outcome.withLock { $0 != nil } }

  /// The result, once the thread is done and was not stopped.
  var result: Result? { outcome.withLock { $0 ?? nil } }

  /// Waits until the thread is done or `limit` has passed, so that quick work (nearly all of
  /// it) shows in the next frame without a flash of the waiting screen. Returns the task.
  func waitBriefly(upTo limit: Duration = .milliseconds(50)) -> Self {
    let deadline = ContinuousClock.now + limit
    while !isDone && ContinuousClock.now < deadline { usleep(200) }
    return self
  }

  /// Asks the work to stop; its result is dropped.
  func cancel() {
    isCancelled.store(true, ordering: .relaxed)
  }
}
