#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - A floor shared by the chunks of one search

/// The worst candidate that may still make a ranking of `limit`, shared by the chunks of one
/// search: once the chunks that have finished hold `limit` candidates (with owners, of
/// `limit` different owners), a candidate that does not rank before the worst of their best
/// `limit` cannot make the list, whatever chunk it is in, so a chunk that starts later
/// neither scores nor keeps what cannot pass it.
///
/// Its state is guarded by a POSIX mutex, whose locking ThreadSanitizer follows (it does
/// not see the futex under `Synchronization.Mutex`, and took the chunks' turns for a race).
final class SharedFloor: @unchecked Sendable {
  /// How many candidates the ranking keeps.
  let limit: Int
  /// With owners: each owner counts once, with its best candidate.
  let ownership: OwnerRanking?
  private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  /// The best candidates handed in so far, best first, under `lock`.
  private var best: [RankedCandidate] = []
  /// The floor they make, under `lock`.
  private var current: RankedCandidate?

  /// A floor for a ranking of `limit`, of owners when `ownership` is given.
  init(limit: Int, ownership: OwnerRanking?) {
    self.limit = limit
    self.ownership = ownership
    pthread_mutex_init(lock, nil)
  }

  deinit {
    pthread_mutex_destroy(lock)
    lock.deallocate()
  }

  /// The worst of the best `limit` candidates handed in, once there are `limit` of them.
  var floor: RankedCandidate? {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    return current
  }

  /// Hands in candidates that a finished chunk (or an earlier pass) keeps.
  func add(_ candidates: [RankedCandidate]) {
    guard limit > 0, !candidates.isEmpty else { return }
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    var merged = best + candidates
    merged.sort()
    if let ownership {
      var seen = Set<Int32>()
      merged.removeAll { !seen.insert(ownership.owner(of: $0.index)).inserted }
    }
    if merged.count > limit {
      merged.removeSubrange(limit...)
    }
    best = merged
    current = merged.count == limit ? merged.last : nil
  }
}
