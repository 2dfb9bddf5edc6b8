// MARK: - Owner hit

/// One owner found by `SearchIndex.searchOwners`: its best string, how that string spells
/// the query, and the match.
public struct OwnerHit: Sendable, Equatable {
  /// The owner, as `StringOwners` gave it.
  public var owner: Int
  /// The string that matched best, as a position in the index.
  public var index: Int
  /// The string's weight.
  public var weight: Int
  /// How the string spells the query.
  public var matchClass: MatchClass
  /// The match: score, grapheme positions, typos.
  public var match: Match

  /// Creates a hit.
  public init(owner: Int, index: Int, weight: Int, matchClass: MatchClass, match: Match) {
    self.owner = owner
    self.index = index
    self.weight = weight
    self.matchClass = matchClass
    self.match = match
  }

  /// The rank class of a match of `matchClass` in a string of `weight`: by weight, then
  /// words before a typo; letters scattered over words rank after every match of words or
  /// with a typo, whatever the weight.
  public static func rank(weight: Int, matchClass: MatchClass) -> Int {
    switch matchClass {
    case .words: return weight * 2
    case .typo: return weight * 2 + 1
    case .scattered: return 128 + weight
    }
  }

  /// This hit's rank class (`rank(weight:matchClass:)`).
  public var rank: Int { Self.rank(weight: weight, matchClass: matchClass) }

  /// True when this hit comes before `other`: a lower rank class, or the same and a higher
  /// score.
  public func ranksBefore(_ other: OwnerHit) -> Bool {
    if rank != other.rank { return rank < other.rank }
    return match.score > other.match.score
  }

  /// The rankings of several sources (each best first, each owner at most once) as one
  /// ranking: best first, each owner once with its best hit, at most `limit` (nil: all).
  /// Each hit comes with the position of its ranking in `rankings`; equal hits keep the
  /// order of the rankings and of their places in them. Linear in the hits, times the
  /// number of rankings.
  public static func merge(_ rankings: [[OwnerHit]], limit: Int?) -> [(ranking: Int, hit: OwnerHit)]
  {
    var next = [Int](repeating: 0, count: rankings.count)
    var seen = Set<Int>()
    var merged: [(ranking: Int, hit: OwnerHit)] = []
    while limit.map({ merged.count < $0 }) ?? true {
      var best: Int?
      for ranking in rankings.indices where next[ranking] < rankings[ranking].count {
        let hit = rankings[ranking][next[ranking]]
        if let chosen = best, !hit.ranksBefore(rankings[chosen][next[chosen]]) { continue }
        best = ranking
      }
      guard let chosen = best else { break }
      let hit = rankings[chosen][next[chosen]]
      next[chosen] += 1
      if seen.insert(hit.owner).inserted { merged.append((chosen, hit)) }
    }
    return merged
  }
}
