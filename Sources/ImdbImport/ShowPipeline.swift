import Foundation
import ShowLibrary
import ShowModel

/// Reads each series back and builds its pack on a thread of its own, a few shows ahead
/// of the caller, which stores them: reading and building take one core while SQLite's
/// writes take the other.
final class ShowPipeline: @unchecked Sendable {
  /// The most shows built and not yet taken.
  static let depth = 16
  /// The series read from the staging file at a time.
  static let batch = 200

  private let condition = NSCondition()
  private var ready: [(Pack, LibraryShow)] = []
  private var isFinished = false
  private var isCancelled = false
  private var failure: (any Error)?
  private let ended = DispatchSemaphore(value: 0)

  /// Starts building the shows of `staging`, in the order of their ids.
  init(_ staging: ImdbStaging) {
    let thread = Thread { [self] in
      defer { ended.signal() }
      do {
        try build(staging)
      } catch {
        condition.lock()
        failure = error
        condition.unlock()
      }
      condition.lock()
      isFinished = true
      condition.broadcast()
      condition.unlock()
    }
    thread.start()
  }

  private func build(_ staging: ImdbStaging) throws {
    var last = 0
    while true {
      let batch = try staging.series(after: last, limit: Self.batch)
      guard let end = batch.last?.id else { return }
      for series in batch {
        let (episodes, principals) = try staging.parts(of: series.id)
        let built = ImdbShowBuilder.build(series, episodes: episodes, principals: principals)
        condition.lock()
        while ready.count >= Self.depth && !isCancelled { condition.wait() }
        if isCancelled {
          condition.unlock()
          return
        }
        ready.append(built)
        condition.broadcast()
        condition.unlock()
      }
      last = end
    }
  }

  /// The next show, in order; nil after the last; the builder's error if it failed.
  func next() throws -> (Pack, LibraryShow)? {
    condition.lock()
    defer { condition.unlock() }
    while ready.isEmpty && !isFinished { condition.wait() }
    if !ready.isEmpty {
      let next = ready.removeFirst()
      condition.broadcast()
      return next
    }
    if let failure { throw failure }
    return nil
  }

  /// Stops the builder and waits for its thread to end: the staging file may then close.
  func finish() {
    condition.lock()
    isCancelled = true
    condition.broadcast()
    condition.unlock()
    ended.wait()
  }
}
