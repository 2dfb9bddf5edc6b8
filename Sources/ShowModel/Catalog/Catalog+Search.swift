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
    var best: [Int: CatalogHit] = [:]
    for hit in searchIndex.index.search(parsed, limit: nil) {
      let field = fields[hit.index]
      let entity = entities[field.entity]
      if let kind, entity.kind != kind { continue }
      // A match in a long text must be a few runs of adjacent letters; a short name may be
      // matched by scattered letters (initials), but ranks with the text matches then.
      let compact = Self.isCompact(hit.match, terms: termCount)
      let scattered = !Self.isCompact(hit.match, terms: termCount * 2)
      if field.tier == .text && !compact { continue }
      if scattered && field.text.count > Self.shortNameLength { continue }
      let tier = scattered ? MatchTier.text : field.tier
      let candidate = CatalogHit(
        entity: entity, tier: tier, field: field.label, matchedText: field.text, match: hit.match)
      if let current = best[field.entity], !Self.ranks(candidate, before: current) { continue }
      best[field.entity] = candidate
    }
    let ranked = best.values.sorted { Self.ranks($0, before: $1) }
    return limit.map { Array(ranked.prefix($0)) } ?? ranked
  }

  /// The characters of a query that count; the rest are ignored.
  public static let maximumQueryLength = 64

  /// Names up to this many graphemes may match by scattered letters.
  static let shortNameLength = 32

  /// Orders hits: tier, then score, then fewer typos, then kind, then name.
  static func ranks(_ lhs: CatalogHit, before rhs: CatalogHit) -> Bool {
    if lhs.tier != rhs.tier { return lhs.tier < rhs.tier }
    if lhs.match.score != rhs.match.score { return lhs.match.score > rhs.match.score }
    if lhs.match.typos != rhs.match.typos { return lhs.match.typos < rhs.match.typos }
    if lhs.entity.kind != rhs.entity.kind { return lhs.entity.kind < rhs.entity.kind }
    return lhs.entity.name < rhs.entity.name
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
