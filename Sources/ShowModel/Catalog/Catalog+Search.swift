import ShowSearch
import Synchronization

/// How directly a search matched an entity: its own name first, then through a related
/// entity's name, then through its descriptions and quotes.
public enum MatchTier: Int, Sendable, Comparable {
  /// The entity's name or an alias.
  case name = 0
  /// The name of an entity it is related to (the actor who plays a character).
  case related = 1
  /// Its summary, its facts, or the quotes that cite it.
  case text = 2

  /// Lower tiers rank first.
  public static func < (lhs: MatchTier, rhs: MatchTier) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One entity found by a search, with the text it matched and where.
public struct CatalogHit: Sendable, Equatable {
  /// The entity found.
  public var entity: Entity
  /// How directly it matched.
  public var tier: MatchTier
  /// What the matched text is ("name", "alias", "played by", "quote").
  public var field: String
  /// The text that matched, one line: a line break in it reads as a space.
  public var matchedText: String
  /// The match in `matchedText`: score, grapheme positions, typos.
  public var match: Match
  /// The engine's rank class of the hit: its field's weight and how it spells the query
  /// (`OwnerHit.rank`); lower ranks first.
  public var rank: Int = 0
  /// What the spoiler shield hides of the hit, when it hides its text (`ShieldedSearch`).
  public var spoiler: Spoiler? = nil

  /// True when this hit ranks before `other` in one ranking: a lower rank class, or the
  /// same and a higher score; the order in which one catalog lists its hits, so that the
  /// hits of several catalogs merge as one ranking.
  public func ranksBefore(_ other: CatalogHit) -> Bool {
    if rank != other.rank { return rank < other.rank }
    return match.score > other.match.score
  }
}

extension Catalog {
  /// Ranks every entity against `query` in one ranking, the search engine's: by what its
  /// best field is (its name or an alias, then a related entity's name, then its facts,
  /// summary and quotes; `weight(of:)`) and how that field spells the query (words or
  /// word prefixes as typed, then with one typo, which names and related names allow), then
  /// by score; letters scattered over several words rank after all of those. Each entity
  /// appears once. The words of a query may also match different fields of an entity and
  /// its links (`termMatches(of:kind:)`); such a hit ranks as its least direct word's field.
  ///
  /// Each tier has its own index, asked for its `limit` best entities of `kind`: a tier
  /// whose hits fill the list ends the search, since no later tier's hit can rank among them.
  public func search(_ query: String, kind: EntityKind? = nil, limit: Int? = nil) -> [CatalogHit] {
    var work = SearchWork()
    return search(query, kind: kind, limit: limit, work: &work)
  }

  /// The fields of one tier where one word of a query matches, with their positions, for
  /// matching a query's words one by one: the best field of each of the entities the
  /// search's ranking of that word alone gives (the ranking a search of the word alone
  /// made, when a session remembers it), or, for a search without a limit, every field.
  typealias TermFetch = (_ tier: MatchTier, _ term: String) -> [SearchHit]

  /// Asks the index of one tier for its `limit` best entities of a query (nil: all), only
  /// those of `groups` (nil: every kind), each with its best field and that field's match
  /// positions: straight, or narrowing from the queries typed before. Prose (the text tier)
  /// matches only where each word is a run of letters.
  typealias TierRanking = (
    _ tier: MatchTier, _ query: SearchQuery, _ limit: Int?, _ groups: GroupSet?
  ) -> [OwnerHit]

  /// Every field of a tier where a word matches, searched afresh.
  func fetchTermAfresh(_ tier: MatchTier, _ term: String) -> [SearchHit] {
    searchIndex.index(of: tier, in: self).index.search(
      SearchQuery(term, allowsTypos: false), limit: nil)
  }

  /// The query a tier's ranking is asked: prose (the text tier) takes no typos.
  static func rankingQuery(_ text: String, of tier: MatchTier) -> SearchQuery {
    tier == .text ? SearchQuery(text, allowsTypos: false) : SearchQuery(text)
  }

  /// Ranks each tier's entities afresh.
  func rankTierAfresh(
    _ tier: MatchTier, _ query: SearchQuery, _ limit: Int?, _ groups: GroupSet?
  ) -> [OwnerHit] {
    searchIndex.index(of: tier, in: self).index.searchOwners(
      query, limit: limit, groups: groups, runsOnly: tier == .text)
  }

  /// What a search did, for tests that check it does no more than the results need.
  struct SearchWork {
    /// How many entities the tiers' rankings handed over.
    var received = 0
    /// How many times a tier's index was asked for its ranking of the whole query.
    var tierSearches = 0
    /// What matching the query's words one by one did.
    var termMatching = TermMatchWork()
    /// The first tier the search needed whose index was not built, when it did not wait for
    /// it: the hits are then those of the tiers before it (nil: every tier needed was read).
    var awaitedTier: MatchTier?
  }

  /// `search(_:kind:limit:)`, counting its work into `work`, asking each tier's index for
  /// its rankings through `rankTier` (by default afresh): of the query, and of the longest
  /// word of a query of several, for matching its words one by one. Unless it
  /// `waitsForIndexes`, a search that needs a tier whose index is not built has it and the
  /// later tiers' built on another thread, and stops there with the hits of the tiers
  /// before it (`SearchWork.awaitedTier`).
  func search(
    _ query: String, kind: EntityKind?, limit: Int?, work: inout SearchWork,
    waitsForIndexes: Bool = true, rankTier: TierRanking? = nil
  ) -> [CatalogHit] {
    let rankTier = rankTier ?? rankTierAfresh
    // A query longer than any name cannot find more; cutting it keeps a paste from stalling.
    let query = String(query.prefix(Self.maximumQueryLength))
    // A typo is plausible in a name, not in prose: there a near miss is another word
    // ("jensen" one letter from "ensen" in "ensemble").
    let parsed = SearchQuery(query)
    let withoutTypos = SearchQuery(query, allowsTypos: false)
    guard !parsed.isEmpty, limit.map({ $0 > 0 }) ?? true else { return [] }
    let groups = kind.map { GroupSet([Self.group(of: $0)]) }
    // The longest word of a query of several is looked for among the `fetch` best entities
    // of its ranking alone (their best fields, matches with a typo left out), more than the
    // list holds, so that an entity whose words match across its fields is found behind
    // the entities that hold that word alone. A query of one word asks its ranking for as
    // many and lists the best `limit`: a session that searched that word as it was typed
    // then has the ranking at hand when the next word begins.
    let fetch = limit.map { max($0 * 2, Self.smallestFetch) }
    func rankedTerm(_ tier: MatchTier, _ term: String) -> [SearchHit] {
      rankTier(tier, Self.rankingQuery(term, of: tier), fetch, groups).compactMap { hit in
        hit.match.typos == 0 ? SearchHit(index: hit.index, match: hit.match) : nil
      }
    }
    let fetchTerm: TermFetch = limit == nil ? fetchTermAfresh : rankedTerm
    let asked = withoutTypos.terms.count == 1 ? fetch : limit
    var rankings: [[OwnerHit]] = []
    var sources: [Source] = []
    let tiers = [MatchTier.name, .related, .text]
    for (position, tier) in tiers.enumerated() {
      if !waitsForIndexes && searchIndex.readyIndex(of: tier) == nil {
        for later in tiers[position...] { searchIndex.buildInBackground(later, of: self) }
        work.awaitedTier = tier
        break
      }
      // The entities whose words match fields of this tier at worst, ranked as their least
      // direct field.
      var termHits: [OwnerHit] = []
      var shown: [Int: TermMatch] = [:]
      for (entity, matches) in termMatches(
        of: withoutTypos, kind: kind, through: tier, work: &work.termMatching,
        fetchTerm: fetchTerm)
      where matches.map(\.tier).max() == tier {
        let (hit, least) = Self.termHit(entity: entity, matches)
        termHits.append(hit)
        shown[entity] = least
      }
      // Equal keyword matches ("cliffhanger") list by name, as a reader looks them up.
      termHits.sort {
        if $0.ranksBefore($1) || $1.ranksBefore($0) { return $0.ranksBefore($1) }
        let names = (entities[$0.owner].name, entities[$1.owner].name)
        return names.0 != names.1 ? names.0 < names.1 : $0.owner < $1.owner
      }
      rankings.append(termHits)
      sources.append(.terms(shown))
      var hits = rankTier(tier, tier == .text ? withoutTypos : parsed, asked, groups)
      if let limit, hits.count > limit {
        hits.removeSubrange(limit...)
      }
      work.tierSearches += 1
      work.received += hits.count
      rankings.append(hits)
      sources.append(.tier(tier, searchIndex.index(of: tier, in: self)))
      // No later tier's match of words can pass a hit of this tier or an earlier one.
      if let limit, position + 1 < tiers.count {
        let laterRank = OwnerHit.rank(
          weight: Self.weight(of: tiers[position + 1]), matchClass: .words)
        let passed = OwnerHit.merge(rankings, limit: limit).filter { $0.hit.rank < laterRank }
        if passed.count >= limit { break }
      }
    }
    return OwnerHit.merge(rankings, limit: limit).compactMap { ranking, hit in
      catalogHit(hit, from: sources[ranking])
    }
  }

  /// Where a ranking's hits come from: a tier's index, or the words matched one by one
  /// (with, for each entity, the least direct match, which it shows).
  enum Source {
    case tier(MatchTier, CatalogSearchIndex.TierIndex)
    case terms([Int: TermMatch])
  }

  /// The hit of an entity whose terms matched its fields and links one by one: it ranks as
  /// the field of its least direct match, scores the sum of its terms' scores, and shows the
  /// least direct match.
  static func termHit(entity: Int, _ matches: [TermMatch]) -> (OwnerHit, TermMatch) {
    var shown = matches[0]
    var score = 0.0
    for match in matches {
      score += match.score
      if match.tier >= shown.tier { shown = match }
    }
    let hit = OwnerHit(
      owner: entity, index: -1, weight: weight(of: shown.tier),
      matchClass: .words, match: Match(score: score, positions: shown.positions, typos: 0))
    return (hit, shown)
  }

  /// The catalog's hit for an engine's hit from `source`: letters scattered over a name
  /// rank, and say they matched, with the texts.
  private func catalogHit(_ hit: OwnerHit, from source: Source) -> CatalogHit? {
    let entity = entities[hit.owner]
    switch source {
    case .terms(let shown):
      guard let match = shown[hit.owner] else { return nil }
      return CatalogHit(
        entity: entity, tier: match.tier, field: match.label, matchedText: match.text,
        match: hit.match, rank: hit.rank)
    case .tier(let tier, let index):
      return CatalogHit(
        entity: entity, tier: hit.matchClass == .scattered ? .text : tier,
        field: index.label(hit.index), matchedText: index.text(hit.index), match: hit.match,
        rank: hit.rank)
    }
  }

  /// The weight of the fields of `tier` the engine ranks by: a name or an alias, then a
  /// related entity's name (or a keyword: a kind, a role, a mark), then a fact's label or
  /// value, a summary or a quote; each later tier weighs less. A name and an alias weigh
  /// the same, so that a whole alias ("Minette") passes a name that holds it ("Dylan
  /// Minnette") by the score of a whole match; facts, summaries and quotes weigh the same,
  /// so that the score, not the field, says which prose fits.
  static func weight(of tier: MatchTier) -> Int {
    switch tier {
    case .name: return 0
    case .related: return 1
    case .text: return 2
    }
  }

  /// The group of a kind, which a search for one kind keeps: its place in the browser's
  /// order.
  static func group(of kind: EntityKind) -> Int { kind.order }

  /// Builds the index of names and aliases, which every search asks first, and the places
  /// of the keywords, which a word of three letters asks, if they are not built yet: a
  /// browser calls it when the search line opens. The relations, which the
  /// page of the first result needs, are built first, so that their building space is
  /// freed before the index takes its own rather than taken beside it.
  public func prepareSearch() {
    _ = relations
    _ = searchIndex.index(of: .name, in: self)
    _ = searchIndex.keywordPlaces(of: self)
  }

  /// The fewest entities asked of a tier's ranking of a query's longest word, to match a
  /// query of several words one by one.
  static let smallestFetch = 64

  /// The characters of a query that count; the rest are ignored.
  public static let maximumQueryLength = 64

  /// True when a match in a long text is a few runs of adjacent characters, not letters
  /// scattered across sentences.
  static func isCompact(_ match: Match, terms: Int) -> Bool {
    var runs = 0
    var previous = -2
    for position in match.positions {
      if position != previous + 1 { runs += 1 }
      previous = position
    }
    return runs <= terms * (match.typos > 0 ? 2 : 1)
  }
}
