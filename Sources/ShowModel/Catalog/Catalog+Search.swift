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
}

extension Catalog {
  /// Ranks every entity against `query`: names and aliases first, then related names, then
  /// descriptions and quotes; within a tier the query's words as typed first, then with a
  /// typo (names only), then scattered letters, each by match score. Each entity appears
  /// once. The words of a query may also match different fields of an entity and its links
  /// (`termMatches(of:kind:)`); such a hit ranks in the tier of its least direct word.
  ///
  /// Each tier has its own index, asked for its best hits only (a few times `limit`, then
  /// more while needed): a tier whose hits fill the list ends the search, since nothing in a
  /// later tier or further down this one can rank among them.
  public func search(_ query: String, kind: EntityKind? = nil, limit: Int? = nil) -> [CatalogHit] {
    var work = SearchWork()
    return search(query, kind: kind, limit: limit, work: &work)
  }

  /// Asks the index of one tier for its best hits of a query, at most `limit` of them (nil:
  /// all), without their positions: straight, or narrowing from the queries typed before
  /// (`CatalogSearchSession`). The positions of the hits judged are worked out then.
  typealias TierSearch = (_ tier: MatchTier, _ query: SearchQuery, _ limit: Int?) -> [SearchHit]

  /// Searches each tier's index afresh.
  func searchTierAfresh(_ tier: MatchTier, _ query: SearchQuery, _ limit: Int?) -> [SearchHit] {
    searchIndex.index(of: tier, in: self).index.search(
      query, limit: limit, includesPositions: false)
  }

  /// What a search did, for tests that check it does no more than the results need.
  struct SearchWork {
    /// How many of the engine's hits the catalog judged.
    var judged = 0
    /// How many hits' positions were worked out to judge them.
    var positioned = 0
    /// How many times a tier's index was asked for its hits of the whole query.
    var tierSearches = 0
    /// What matching the query's words one by one did.
    var termMatching = TermMatchWork()
    /// The first tier the search needed whose index was not built, when it did not wait for
    /// it: the hits are then those of the tiers before it (nil: every tier needed was read).
    var awaitedTier: MatchTier?
    /// How many hits to ask each tier's index for first, when more than a page: as many as
    /// a search that this one narrows asked for last, since its tiers hold no more.
    var firstFetch: [MatchTier: Int] = [:]
    /// How many hits the search asked each tier's index for last.
    var lastFetch: [MatchTier: Int] = [:]
  }

  /// `search(_:kind:limit:)`, counting its work into `work`, asking each tier's index for
  /// its hits through `searchTier` (by default afresh). Unless it `waitsForIndexes`, a
  /// search that needs a tier whose index is not built has it and the later tiers' built on
  /// another thread, and stops there with the hits of the tiers before it
  /// (`SearchWork.awaitedTier`).
  func search(
    _ query: String, kind: EntityKind?, limit: Int?, work: inout SearchWork,
    waitsForIndexes: Bool = true, searchTier: TierSearch? = nil
  ) -> [CatalogHit] {
    let searchTier = searchTier ?? searchTierAfresh
    // A query longer than any name cannot find more; cutting it keeps a paste from stalling.
    let query = String(query.prefix(Self.maximumQueryLength))
    // A typo is plausible in a name, not in prose: there a near miss is another word
    // ("jensen" one letter from "ensen" in "ensemble").
    let parsed = SearchQuery(query)
    let withoutTypos = SearchQuery(query, allowsTypos: false)
    guard !parsed.isEmpty, limit.map({ $0 > 0 }) ?? true else { return [] }
    var collector = HitCollector(
      catalog: self, kind: kind, terms: query.split(separator: " ").count)
    let fetch = limit.map { max($0 * 2, Self.smallestFetch) }
    for tier in [MatchTier.name, .related, .text] {
      if !waitsForIndexes && searchIndex.readyIndex(of: tier) == nil {
        for later in [MatchTier.name, .related, .text] where later >= tier {
          searchIndex.buildInBackground(later, of: self)
        }
        work.awaitedTier = tier
        return collector.best(limit ?? collector.found.count)
      }
      // The entities whose words match fields of this tier at worst, before this tier's
      // whole fields, which may then end the search.
      for (entity, matches) in termMatches(
        of: withoutTypos, kind: kind, fetch: fetch, through: tier, work: &work.termMatching,
        searchTier: searchTier)
      where matches.map(\.tier).max() == tier {
        collector.keep(entity: entity, termMatches: matches)
      }
      let tierIndex = searchIndex.index(of: tier, in: self)
      var wanted = limit.map { max($0 * 2, Self.smallestFetch, work.firstFetch[tier] ?? 0) }
      var judged = 0
      defer { work.lastFetch[tier] = wanted }
      while true {
        let tierQuery = tier == .text ? withoutTypos : parsed
        let hits = searchTier(tier, tierQuery, wanted)
        work.tierSearches += 1
        // Only the hits not judged yet: asking for more returns those judged again.
        let fresh = tierIndex.index.withPositions(hits[judged...], for: tierQuery)
        work.positioned += fresh.count
        for hit in fresh {
          collector.judge(hit, in: tierIndex, of: tier)
        }
        work.judged += hits.count - judged
        judged = hits.count
        guard let limit, let fetched = wanted, hits.count == fetched, let last = hits.last
        else { break }
        if collector.countRanking(before: tier, after: last.match) >= limit {
          return collector.best(limit)
        }
        wanted = fetched * 4
      }
      // The tier is exhausted: if it and those before it fill the list, later tiers cannot
      // take a place in it.
      if let limit, collector.countRanking(before: tier, after: nil) >= limit {
        return collector.best(limit)
      }
    }
    return collector.best(limit ?? collector.found.count)
  }

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

  /// The fewest hits asked of a tier's index at first.
  static let smallestFetch = 64

  /// The hits of a search judged so far: each entity's best, in the catalog's order.
  struct HitCollector {
    /// A judged hit: its field in its tier's index, its entity, its tier after judging,
    /// and its match.
    struct Judged {
      var field: Int
      var source: MatchTier
      var entity: Int
      var tier: MatchTier
      var match: Match
      var spelling: Spelling
      /// The label and text shown, for a hit made of several fields' matches (nil: the
      /// field's own).
      var shown: (label: String, text: String)? = nil
    }

    unowned let catalog: Catalog
    let kind: EntityKind?
    let terms: Int
    /// Every hit kept, in the order judged.
    private(set) var kept: [Judged] = []
    /// The index of each tier judged so far, by the tier's raw value.
    private var sources: [CatalogSearchIndex.TierIndex?] = [nil, nil, nil]
    /// For each entity, its best hit in `kept` (-1: none).
    private var bestOfEntity: [Int32]
    /// The entities found, in the order first found.
    private(set) var found: [Int] = []

    init(catalog: Catalog, kind: EntityKind?, terms: Int) {
      self.catalog = catalog
      self.kind = kind
      self.terms = terms
      bestOfEntity = [Int32](repeating: -1, count: catalog.entities.count)
    }

    /// Keeps a hit on a field of the index of `tier` if it counts, as its entity's best if
    /// it is.
    mutating func judge(
      _ hit: SearchHit, in index: CatalogSearchIndex.TierIndex, of tier: MatchTier
    ) {
      if sources[tier.rawValue] == nil { sources[tier.rawValue] = index }
      let entity = Int(index.fields[hit.index].entity)
      if let kind, catalog.entities[entity].kind != kind { return }
      // A match in a long text must be a few runs of adjacent letters; a short name may be
      // matched by letters scattered over its words (initials), but ranks with the text
      // matches then.
      let compact = Catalog.isCompact(hit.match, terms: terms)
      let scattered = !Catalog.isCompact(hit.match, terms: terms * 2)
      if tier == .text && !compact { return }
      if scattered && index.isLonger(hit.index, than: Catalog.shortNameLength) { return }
      let spelling = Spelling(
        hit.match,
        inWords: tier == .text
          ? compact : Catalog.spellsWords(hit.match, in: index.text(hit.index), terms: terms))
      let judged = Judged(
        field: hit.index, source: tier, entity: entity,
        tier: scattered || spelling == .scattered ? .text : tier, match: hit.match,
        spelling: spelling)
      keep(judged)
    }

    /// Keeps an entity whose terms matched its fields and links one by one, if it ranks
    /// better so than by a whole field: it ranks in the tier of its least direct match,
    /// scores the sum of its terms' scores, and shows the least direct match.
    mutating func keep(entity: Int, termMatches: [TermMatch]) {
      guard var shown = termMatches.first else { return }
      var score = 0.0
      for match in termMatches {
        score += match.score
        if match.tier >= shown.tier { shown = match }
      }
      keep(
        Judged(
          field: 0, source: shown.tier, entity: entity, tier: shown.tier,
          match: Match(score: score, positions: shown.positions, typos: 0), spelling: .words,
          shown: (shown.label, shown.text)))
    }

    /// Keeps `judged` as its entity's best hit if it is.
    private mutating func keep(_ judged: Judged) {
      let entity = judged.entity
      let current = Int(bestOfEntity[entity])
      if current < 0 {
        found.append(entity)
      } else if !key(judged).ranks(before: key(kept[current]), in: catalog.entities) {
        return
      }
      bestOfEntity[entity] = Int32(kept.count)
      kept.append(judged)
    }

    /// How many entities found have a best hit that ranks before every hit of `tier` the
    /// engine has not handed over yet, those after `last` (nil: none are left): one in an
    /// earlier tier, or in this tier one that no later hit can pass. The engine ranks a
    /// tier's exact matches by score, then its typo matches by score.
    func countRanking(before tier: MatchTier, after last: Match?) -> Int {
      found.reduce(0) { count, entity in
        let best = kept[Int(bestOfEntity[entity])]
        let ranksBefore: Bool
        if best.tier != tier {
          ranksBefore = best.tier < tier
        } else if let last {
          switch best.spelling {
          case .words: ranksBefore = last.typos > 0 || best.match.score > last.score
          case .typo: ranksBefore = last.typos > 0 && best.match.score > last.score
          case .scattered: ranksBefore = false
          }
        } else {
          ranksBefore = true
        }
        return count + (ranksBefore ? 1 : 0)
      }
    }

    /// The `count` best entities' hits, best first.
    func best(_ count: Int) -> [CatalogHit] {
      let entities = catalog.entities
      let keys = kept.map(key)
      let ranked = Catalog.best(count, of: found.map { Int(bestOfEntity[$0]) }) {
        keys[$0].ranks(before: keys[$1], in: entities)
      }
      // Every kept hit's tier has its index in `sources`, set as the hit was judged, unless
      // the hit shows a text of its own.
      return ranked.compactMap { position in
        let judged = kept[position]
        if let shown = judged.shown {
          return CatalogHit(
            entity: catalog.entities[judged.entity], tier: judged.tier, field: shown.label,
            matchedText: shown.text, match: judged.match)
        }
        guard let source = sources[judged.source.rawValue] else { return nil }
        return CatalogHit(
          entity: catalog.entities[judged.entity], tier: judged.tier,
          field: source.label(judged.field), matchedText: source.text(judged.field),
          match: judged.match)
      }
    }

    /// What orders a hit among the others, read without copying its entity.
    private func key(_ judged: Judged) -> RankKey {
      RankKey(
        tier: judged.tier, spelling: judged.spelling, score: judged.match.score,
        typos: judged.match.typos,
        kind: catalog.entities[judged.entity].kind, entity: judged.entity)
    }
  }

  /// The `count` first of `items` in the order `precedes`, in that order. Keeps them in a
  /// heap whose root is the last kept, so that an item that cannot make it is turned away
  /// by one comparison: O(n log count) rather than sorting every item.
  static func best(_ count: Int, of items: [Int], by precedes: (Int, Int) -> Bool) -> [Int] {
    guard count > 0 else { return [] }
    var heap: [Int] = []
    heap.reserveCapacity(min(count, items.count))
    for item in items {
      if heap.count < count {
        heap.append(item)
        var child = heap.count - 1
        while child > 0 {
          let parent = (child - 1) / 2
          guard precedes(heap[parent], heap[child]) else { break }
          heap.swapAt(parent, child)
          child = parent
        }
      } else if precedes(item, heap[0]) {
        heap[0] = item
        var parent = 0
        while true {
          var last = parent
          let left = 2 * parent + 1
          if left < heap.count && precedes(heap[last], heap[left]) { last = left }
          if left + 1 < heap.count && precedes(heap[last], heap[left + 1]) { last = left + 1 }
          if last == parent { break }
          heap.swapAt(parent, last)
          parent = last
        }
      }
    }
    return heap.sorted(by: precedes)
  }

  /// How a hit spells the query: each term as typed in a run of its own (a word or a
  /// prefix), with a typo, or as typed but scattered over several runs. A word one typo
  /// away is a better guess than letters scattered over other words ("brice" means Bryce,
  /// not "BRought to justICE"), and a typo never passes the letters as typed in a run.
  enum Spelling: Int, Comparable {
    case words = 0
    case typo = 1
    case scattered = 2

    /// The spelling of `match`, whose letters are `inWords` or scattered.
    init(_ match: Match, inWords: Bool) {
      self = match.typos > 0 ? .typo : inWords ? .words : .scattered
    }

    /// Words first, scattered letters last.
    static func < (lhs: Spelling, rhs: Spelling) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The order of hits: tier, then spelling, then score, then fewer typos, then kind, then
  /// name, then the entity's place in the pack, so that equal hits always come out in the
  /// same order.
  struct RankKey {
    var tier: MatchTier
    var spelling: Spelling
    var score: Double
    var typos: Int
    var kind: EntityKind
    var entity: Int

    /// True when this hit comes before `other`; names are read from `entities`.
    func ranks(before other: RankKey, in entities: [Entity]) -> Bool {
      if tier != other.tier { return tier < other.tier }
      if spelling != other.spelling { return spelling < other.spelling }
      if score != other.score { return score > other.score }
      if typos != other.typos { return typos < other.typos }
      if kind != other.kind { return kind < other.kind }
      if entity == other.entity { return false }
      let name = entities[entity].name
      let otherName = entities[other.entity].name
      if name != otherName { return name < otherName }
      return entity < other.entity
    }
  }

  /// The characters of a query that count; the rest are ignored.
  public static let maximumQueryLength = 64

  /// Names up to this many graphemes may match by scattered letters.
  static let shortNameLength = 32

  /// True when a match spells words of `text`: it touches no more words than the query has
  /// terms ("hanah baker" in "Hannah Baker"), or each of its runs starts a word ("hanbak").
  static func spellsWords(_ match: Match, in text: String, terms: Int) -> Bool {
    var wordOfPosition: [Int] = []
    var startsWord: [Bool] = []
    var word = -1
    var previousIsLetter = false
    for character in text {
      let isLetter = character.isLetter || character.isNumber
      let starts = isLetter && !previousIsLetter
      if starts { word += 1 }
      wordOfPosition.append(word)
      startsWord.append(starts)
      previousIsLetter = isLetter
    }
    var words = 0
    var lastWord = -1
    var runsStartWords = true
    var previous = -2
    for position in match.positions where position < wordOfPosition.count {
      if wordOfPosition[position] != lastWord {
        words += 1
        lastWord = wordOfPosition[position]
      }
      if position != previous + 1 && !startsWord[position] { runsStartWords = false }
      previous = position
    }
    return words <= terms || runsStartWords
  }

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
