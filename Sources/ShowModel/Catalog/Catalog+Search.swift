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
  /// The text that matched.
  public var matchedText: String
  /// The match in `matchedText`: score, grapheme positions, typos.
  public var match: Match
}

/// The strings a catalog searches, each tied to its entity and tier, and the `SearchIndex`
/// over them, built on the first search so that commands which never search start faster.
final class CatalogSearchIndex: Sendable {
  struct Field: Sendable {
    var entity: Int
    var tier: MatchTier
    var label: String
    var text: String
  }

  let fields: [Field]
  private let built = Mutex<SearchIndex?>(nil)

  init(fields: [Field]) {
    self.fields = fields
  }

  /// The index over the fields' texts.
  var index: SearchIndex {
    built.withLock { built in
      if let built { return built }
      let index = SearchIndex(fields.map(\.text))
      built = index
      return index
    }
  }
}

extension Catalog {
  /// Ranks every entity against `query`: names and aliases first, then related names, then
  /// descriptions and quotes; within a tier by match score. Each entity appears once.
  public func search(_ query: String, kind: EntityKind? = nil, limit: Int? = nil) -> [CatalogHit] {
    // A query longer than any name cannot find more; cutting it keeps a paste from stalling.
    let query = String(query.prefix(Self.maximumQueryLength))
    let parsed = SearchQuery(query)
    guard !parsed.isEmpty else { return [] }
    let fields = searchIndex.fields
    let termCount = query.split(separator: " ").count
    let hits = searchIndex.index.search(parsed, limit: nil)
    // Hits are judged by their position in `hits`; a CatalogHit, which copies its entity,
    // is made only for the few that are returned.
    var tiers = [MatchTier](repeating: .text, count: hits.count)
    var bestOfEntity = [Int32](repeating: -1, count: entities.count)
    var found: [Int] = []
    for (position, hit) in hits.enumerated() {
      let field = fields[hit.index]
      if let kind, entities[field.entity].kind != kind { continue }
      // A match in a long text must be a few runs of adjacent letters; a short name may be
      // matched by scattered letters (initials), but ranks with the text matches then.
      let compact = Self.isCompact(hit.match, terms: termCount)
      let scattered = !Self.isCompact(hit.match, terms: termCount * 2)
      if field.tier == .text && !compact { continue }
      if scattered && field.text.count > Self.shortNameLength { continue }
      tiers[position] = scattered ? MatchTier.text : field.tier
      let current = Int(bestOfEntity[field.entity])
      if current < 0 {
        found.append(field.entity)
      } else if !rankKey(hits[position], tiers[position]).ranks(
        before: rankKey(hits[current], tiers[current]))
      {
        continue
      }
      bestOfEntity[field.entity] = Int32(position)
    }
    let ranked = Self.best(limit ?? found.count, of: found.map { Int(bestOfEntity[$0]) }) {
      rankKey(hits[$0], tiers[$0]).ranks(before: rankKey(hits[$1], tiers[$1]))
    }
    return ranked.map { position in
      let hit = hits[position]
      let field = fields[hit.index]
      return CatalogHit(
        entity: entities[field.entity], tier: tiers[position], field: field.label,
        matchedText: field.text, match: hit.match)
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

  /// What orders a hit among the others, read without copying its entity.
  private func rankKey(_ hit: SearchHit, _ tier: MatchTier) -> RankKey {
    let entity = searchIndex.fields[hit.index].entity
    return RankKey(
      tier: tier, score: hit.match.score, typos: hit.match.typos,
      kind: entities[entity].kind, entity: entity, catalog: self)
  }

  /// The order of hits: tier, then score, then fewer typos, then kind, then name, then the
  /// entity's place in the pack, so that equal hits always come out in the same order.
  struct RankKey {
    var tier: MatchTier
    var score: Double
    var typos: Int
    var kind: EntityKind
    var entity: Int
    unowned let catalog: Catalog

    /// True when this hit comes before `other`.
    func ranks(before other: RankKey) -> Bool {
      if tier != other.tier { return tier < other.tier }
      if score != other.score { return score > other.score }
      if typos != other.typos { return typos < other.typos }
      if kind != other.kind { return kind < other.kind }
      let name = catalog.entities[entity].name
      let otherName = catalog.entities[other.entity].name
      if name != otherName { return name < otherName }
      return entity < other.entity
    }
  }

  /// The characters of a query that count; the rest are ignored.
  public static let maximumQueryLength = 64

  /// Names up to this many graphemes may match by scattered letters.
  static let shortNameLength = 32

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

  /// The strings to search for every entity but credits (which their person and character
  /// stand for), each with its tier.
  static func searchFields(for entities: [Entity], related: [String: [(String, String)]])
    -> [CatalogSearchIndex.Field]
  {
    var fields: [CatalogSearchIndex.Field] = []
    for (index, entity) in entities.enumerated() where entity.kind != .credit {
      func add(_ tier: MatchTier, _ label: String, _ text: String) {
        fields.append(.init(entity: index, tier: tier, label: label, text: text))
      }
      add(.name, "name", entity.name)
      for alias in entity.aliases { add(.name, "alias", alias) }
      for (label, text) in related[entity.id] ?? [] { add(.related, label, text) }
      if let summary = entity.summary { add(.text, "summary", summary) }
      for fact in entity.facts {
        for claim in fact.claims { add(.text, fact.label.lowercased(), claim.value) }
      }
      for citation in entity.allCitations { add(.text, "quote", citation.quote) }
    }
    return fields
  }
}
