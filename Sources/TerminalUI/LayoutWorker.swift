import BrowserCore
import Foundation
import Synchronization

/// Lays an article out on a thread of its own, so that the loop keeps answering keys and
/// signals while ten million characters are wrapped; stops early once cancelled.
final class LayoutWorker: Sendable {
  /// The layout being done.
  let request: ReaderLayoutRequest
  private let isCancelled = Atomic<Bool>(false)
  private let finished = Mutex<ReaderContent?>(nil)

  /// Starts laying out `request` on a new thread.
  init(_ request: ReaderLayoutRequest) {
    self.request = request
    Thread.detachNewThread { [self] in
      let content = request.run(isInterrupted: { self.isCancelled.load(ordering: .relaxed) })
      finished.withLock { $0 = content }
    }
  }

  /// The laid-out article, once the thread is done.
  var content: ReaderContent? { finished.withLock { $0 } }

  /// Asks the thread to stop; its work is dropped.
  func cancel() {
    isCancelled.store(true, ordering: .relaxed)
  }
}
