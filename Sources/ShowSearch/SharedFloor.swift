import Synchronization

// MARK: - A floor shared by the chunks of one search

/// The worst candidate that may still make a ranking of `limit`, shared by the chunks of one
/// search: once the chunks that have finished hold `limit` candidates (with owners, of
/// `limit` different owners), a candidate that does not rank before the worst of their best
/// `limit` cannot make the list, whatever chunk it is in, so a chunk that starts later
/// neither scores nor keeps what cannot pass it.
final class SharedFloor: Sendable {
  /// How many candidates the ranking keeps.
  let limit: Int
  /// With owners: each owner counts once, with its best candidate.
  let ownership: OwnerRanking?
  private let state = Mutex(State())

  /// The best candidates handed in so far, best first, and the floor they make.
  private struct State {
    var best: [RankedCandidate] = []
    var floor: RankedCandidate?
  }

  /// A floor for a ranking of `limit`, of owners when `ownership` is given.
  init(limit: Int, ownership: OwnerRanking?) {
    self.limit = limit
    self.ownership = ownership
  }

  /// The worst of the best `limit` candidates handed in, once there are `limit` of them.
  var floor: RankedCandidate? {
    state.withLock { $0.floor }
  }

  /// Hands in candidates that a finished chunk (or an earlier pass) keeps.
  func add(_ candidates: [RankedCandidate]) {
    guard limit > 0, !candidates.isEmpty else { return }
    state.withLock { state in
      var merged = state.best + candidates
      merged.sort()
      if let ownership {
        var seen = Set<Int32>()
        merged.removeAll { !seen.insert(ownership.owner(of: $0.index)).inserted }
      }
      if merged.count > limit {
        merged.removeSubrange(limit...)
      }
      state.best = merged
      state.floor = merged.count == limit ? merged.last : nil
    }
  }
}
