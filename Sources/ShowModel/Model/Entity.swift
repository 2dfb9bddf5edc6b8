/// The kinds of entity a show pack holds.
public enum EntityKind: String, CaseIterable, Sendable, Comparable {
  /// The kinds, in the order the browser lists them.
  case show, season, episode, character, person, credit, thread, source

  /// A capitalised label for one entity of this kind ("Character", "Plot thread").
  public var label: String {
    switch self {
    case .show: return "Show"
    case .season: return "Season"
    case .episode: return "Episode"
    case .character: return "Character"
    case .person: return "Person"
    case .credit: return "Credit"
    case .thread: return "Plot thread"
    case .source: return "Source"
    }
  }

  /// Orders kinds as the browser lists its sections.
  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    lhs.order < rhs.order
  }

  /// The kind's place in the browser's order, without building `allCases` for each
  /// comparison (ranking compares kinds millions of times); search groups kinds by it.
  var order: Int {
    switch self {
    case .show: return 0
    case .season: return 1
    case .episode: return 2
    case .character: return 3
    case .person: return 4
    case .credit: return 5
    case .thread: return 6
    case .source: return 7
    }
  }
}

/// A source and the verbatim words in it that state a fact.
public struct Citation: Sendable, Equatable, Hashable {
  /// The id of the article that holds the quote.
  public var source: String {
    get { origin.source }
    set { self = Citation(source: newValue, quote: quote, via: via) }
  }
  /// The quote, verbatim.
  public var quote: String {
    get { String(quoteText) }
    set { self = Citation(source: source, quote: newValue, via: via) }
  }
  /// The id of the outlet the article reports the statement from, if any.
  public var via: String? {
    get { outlet?.id }
    set { outlet = CitationOutlet.make(id: newValue, reveals: reveals) }
  }
  /// The id of the season or episode the quote gives away, if it gives one away.
  public var reveals: String? {
    get { outlet?.reveals }
    set { outlet = CitationOutlet.make(id: via, reveals: newValue) }
  }

  /// The source and the text the quote is part of.
  private var origin: CitationOrigin
  /// Where the quote starts in the origin's text, in UTF-8 bytes.
  private var start: UInt32
  /// The quote's length in UTF-8 bytes.
  private var count: UInt32
  /// The outlet and the point the quote reveals, if either.
  private var outlet: CitationOutlet?

  /// Creates a citation.
  public init(source: String, quote: String, via: String? = nil) {
    origin = CitationOrigin(source: source, text: quote)
    start = 0
    count = UInt32(truncatingIfNeeded: quote.utf8.count)
    outlet = CitationOutlet.make(id: via, reveals: nil)
  }

  /// A citation of the `count` bytes at `start` of `origin`'s text, which must start and
  /// end on whole scalars, reported from `outlet`.
  init(origin: CitationOrigin, start: Int, count: Int, outlet: CitationOutlet?) {
    self.origin = origin
    self.start = UInt32(truncatingIfNeeded: start)
    self.count = UInt32(truncatingIfNeeded: count)
    self.outlet = outlet
  }

  /// The quote, read where the citation holds it: in a text of its own, or in its
  /// article's text.
  var quoteText: Substring {
    let textCount = origin.text.utf8.count
    let (text, offset) =
      Int(start) < textCount
      ? (origin.text, Int(start)) : (origin.quotesApart, Int(start) - textCount)
    let utf8 = text.utf8
    let first = utf8.index(utf8.startIndex, offsetBy: offset)
    return text[first..<utf8.index(first, offsetBy: Int(count))]
  }

  /// True when the citation has a quote that is not empty.
  var hasQuote: Bool { count > 0 }

  /// True when the quote is read from `text` (or a text equal to it), and so stands in it
  /// byte for byte: a quote the reader cut from its article. Strings compare their
  /// storage first, so that this is quick for the article the quote was cut from.
  func isCut(from text: String) -> Bool {
    Int(start) < origin.text.utf8.count && origin.text == text
  }

  /// The origin the citation shares with the other citations of its source, as an
  /// identity to compare.
  var originIdentity: ObjectIdentifier { ObjectIdentifier(origin) }

  /// True when both cite the same words of the same source through the same outlet, and
  /// reveal the same point.
  public static func == (lhs: Citation, rhs: Citation) -> Bool {
    lhs.source == rhs.source && lhs.via == rhs.via && lhs.quoteText == rhs.quoteText
      && lhs.reveals == rhs.reveals
  }

  /// Hashes the source, the quote, the outlet and the point revealed.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(quoteText)
    hasher.combine(via)
    hasher.combine(reveals)
  }
}

extension Citation: CustomStringConvertible, CustomDebugStringConvertible {
  /// The citation as its source, quote and outlet, however the quote is held.
  public var description: String {
    "Citation(source: \(String(reflecting: source)), quote: \(String(reflecting: quote)), "
      + "via: \(String(reflecting: via)), reveals: \(String(reflecting: reveals)))"
  }

  /// The same as `description`.
  public var debugDescription: String { description }
}

/// What a citation's quote is read from: its source and a text that holds the quote. The
/// reader gives every citation of one source one origin, holding the article's text when
/// the source is an article read before: a quote met byte for byte in that text is read
/// from there, so that such a citation is 24 bytes and no copy of its quote (a quote held
/// apart cost a heap block of its own, about 96 bytes, and a citation 48 bytes: 15 MB of a
/// 200,000-entity pack). The source's other quotes are kept one after another in one
/// string, `quotesApart`, rather than each in a string and an origin of its own.
/// A citation made through `Citation.init` has an origin of its own, holding its quote.
///
/// Unchecked: `quotesApart` grows only while one reader builds the pack, before the pack
/// is handed to any other thread, and is only read after.
final class CitationOrigin: @unchecked Sendable {
  /// The id of the source.
  let source: String
  /// The text the quotes are part of: the article's, or a citation's own quote.
  let text: String
  /// The source's quotes not found in `text`, one after another; a citation reads one at
  /// an offset past the end of `text`.
  private(set) var quotesApart = ""

  /// An origin of citations of `source` whose quotes are in `text`.
  init(source: String, text: String) {
    self.source = source
    self.text = text
  }

  /// Keeps `quote` with the source's other quotes apart from its text; returns where a
  /// citation reads it (past the end of `text`).
  func keepApart(_ quote: UnsafeBufferPointer<UInt8>) -> Int {
    let offset = text.utf8.count + quotesApart.utf8.count
    quotesApart.append(String(decoding: quote, as: UTF8.self))
    return offset
  }
}

/// The outlet an article reports a statement from, shared by the citations that name it:
/// eight bytes in a citation where its id took sixteen. It also holds the rare point a
/// quote reveals (a spoiler), so that a citation stays 24 bytes.
final class CitationOutlet: Sendable {
  /// The id of the outlet, if any.
  let id: String?
  /// The id of the season or episode the quote reveals, if any.
  let reveals: String?

  /// The outlet whose id is `id`, for quotes that reveal `reveals`.
  init(id: String?, reveals: String? = nil) {
    self.id = id
    self.reveals = reveals
  }

  /// An outlet holding `id` and `reveals`; nil when both are nil.
  static func make(id: String?, reveals: String?) -> CitationOutlet? {
    id == nil && reveals == nil ? nil : CitationOutlet(id: id, reveals: reveals)
  }
}

/// The season or episode a fact or an entity gives away, held apart so that the many
/// facts and entities that reveal nothing pay eight bytes for it rather than sixteen.
final class RevealedPoint: Sendable {
  /// The id of the season or episode.
  let id: String

  /// The point `id`.
  init(id: String) {
    self.id = id
  }
}

/// One source's claim about a matter.
public struct Claim: Sendable, Equatable {
  /// The claim, in a few words.
  public var value: String
  /// The sentences that make the claim.
  public var citations: [Citation]
  /// A remark of the pack's author about the claim.
  public var note: String?

  /// Creates a claim.
  public init(value: String, citations: [Citation], note: String? = nil) {
    self.value = value
    self.citations = citations
    self.note = note
  }
}

/// A matter and the claims the sources make about it; several claims are a disagreement.
public struct Fact: Sendable, Equatable {
  /// What the fact is about ("Episodes", "Renewal").
  public var label: String
  /// The claims, in the pack's order.
  public var claims: [Claim]
  /// The season or episode the fact gives away, if any.
  public var reveals: String? {
    get { revealed?.id }
    set { revealed = newValue.map(RevealedPoint.init(id:)) }
  }
  private var revealed: RevealedPoint?

  /// Creates a fact.
  public init(label: String, claims: [Claim], reveals: String? = nil) {
    self.label = label
    self.claims = claims
    revealed = reveals.map(RevealedPoint.init(id:))
  }

  /// True when both have the same label, claims and point revealed.
  public static func == (lhs: Fact, rhs: Fact) -> Bool {
    lhs.label == rhs.label && lhs.claims == rhs.claims && lhs.reveals == rhs.reveals
  }

  /// True when the sources make more than one claim about the matter.
  public var isDisagreement: Bool { claims.count > 1 }
}

/// Whether a source is an article with text, an outlet an article reports from, or a
/// database record (a TVmaze show) whose facts are cited without a quote.
public enum SourceKind: String, Sendable, Equatable {
  /// An article with text of its own, an outlet articles report from, or a record.
  case article, outlet, record
}

/// What only one kind of entity has.
public enum EntityPayload: Sendable, Equatable {
  /// The show itself.
  case show
  /// A season and its number.
  case season(number: Int)
  /// An episode, the id of its season, and its number if given.
  case episode(season: String, number: Int?)
  /// A character.
  case character
  /// A person.
  case person
  /// A credit: a person, and a character played or a job held, for this show or another work.
  /// Boxed: its four strings (64 bytes) made every entity's payload that size, where the
  /// other kinds need at most 25 bytes; a box costs a credit 80 bytes, and saves every
  /// entity 40 (4 MiB net on a 200,000-entity pack).
  indirect case credit(person: String, character: String?, job: String?, work: String?)
  /// A plot thread, the characters in it, the seasons it runs through.
  case thread(characters: [String], seasons: [String], cliffhanger: Bool)
  /// A source: an article with its text, or an outlet.
  case source(kind: SourceKind, text: String?)
}

/// One thing in a show's world: a season, a character, a person, a source, and so on.
public struct Entity: Sendable, Equatable, Identifiable {
  // The kind is stored last, where its byte fits beside the payload's tag, rather than
  // between two strings, where it took eight: 8 bytes an entity, 1.6 MB of a
  // 200,000-entity pack.
  /// The stable slug that names it.
  public var id: String
  /// Its display name.
  public var name: String
  /// Other names that find it.
  public var aliases: [String]
  /// A line of description written from the sources.
  public var summary: String?
  /// What the sources state about it.
  public var facts: [Fact]
  /// The sentences that show it is what the pack says.
  public var citations: [Citation]
  /// The season or episode it gives away (a plot thread or an article), if any.
  public var reveals: String? {
    get { revealed?.id }
    set { revealed = newValue.map(RevealedPoint.init(id:)) }
  }
  // Stored before the payload, whose 26 bytes end where the kind's byte fits: after it,
  // the reference and the kind made an entity 120 bytes.
  private var revealed: RevealedPoint?
  /// What only its kind has.
  public var payload: EntityPayload
  /// Its kind.
  public var kind: EntityKind

  /// Creates an entity.
  public init(
    id: String, kind: EntityKind, name: String, aliases: [String] = [], summary: String? = nil,
    facts: [Fact] = [], citations: [Citation] = [], payload: EntityPayload, reveals: String? = nil
  ) {
    revealed = reveals.map(RevealedPoint.init(id:))
    self.id = id
    self.kind = kind
    self.name = name
    self.aliases = aliases
    self.summary = summary
    self.facts = facts
    self.citations = citations
    self.payload = payload
  }

  /// True when both have the same fields, the point revealed included.
  public static func == (lhs: Entity, rhs: Entity) -> Bool {
    lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.name == rhs.name
      && lhs.aliases == rhs.aliases && lhs.summary == rhs.summary && lhs.facts == rhs.facts
      && lhs.citations == rhs.citations && lhs.payload == rhs.payload
      && lhs.reveals == rhs.reveals
  }

  /// True when it, one of its facts or one of its citations reveals a season or episode.
  /// Asked of every entity the library stores: reads in place, building no list.
  public var revealsAnything: Bool {
    reveals != nil || citations.contains { $0.reveals != nil }
      || facts.contains { fact in
        fact.reveals != nil
          || fact.claims.contains { $0.citations.contains { $0.reveals != nil } }
      }
  }

  /// Every citation it carries: its own, then those of its facts' claims.
  public var allCitations: [Citation] {
    citations + facts.flatMap { $0.claims.flatMap(\.citations) }
  }
}

extension Entity {
  /// The ids the entity names: its season, person, characters or seasons, and the sources
  /// and outlets its citations and its facts' claims cite; each once, in the order met.
  public var references: [String] {
    var ids: [String] = []
    var seen = Set<String>()
    func add(_ id: String) {
      if seen.insert(id).inserted { ids.append(id) }
    }
    switch payload {
    case .episode(let season, _): add(season)
    case .credit(let person, let character, _, _):
      add(person)
      character.map(add)
    case .thread(let characters, let seasons, _):
      characters.forEach(add)
      seasons.forEach(add)
    case .show, .season, .character, .person, .source: break
    }
    let cited = citations + facts.flatMap { $0.claims.flatMap(\.citations) }
    for citation in cited {
      add(citation.source)
      citation.via.map(add)
    }
    return ids
  }
}
