/// Checks what the schema cannot: ids, references between entities, that every entity is
/// reached, and that every quote stands in its article.
struct PackValidator {
  private let pack: Pack
  private var problems: [(path: String, message: String)] = []
  /// The index of the entity that first uses each id.
  private var indexByID: [String: Int] = [:]
  private var sourceKindByID: [String: SourceKind] = [:]

  /// The problems of `pack`, as (JSON path, message): ids, then references, reach and
  /// quotes, each in file order.
  static func problems(in pack: Pack) -> [(path: String, message: String)] {
    var validator = PackValidator(pack: pack)
    validator.checkIDs()
    validator.checkReferences()
    validator.checkReach()
    validator.checkQuotes()
    return validator.problems
  }

  private init(pack: Pack) {
    self.pack = pack
  }

  // MARK: - Ids

  private mutating func checkIDs() {
    // Paths are built only for a problem's message.
    indexByID.reserveCapacity(pack.entities.count)
    for index in pack.entities.indices where !pack.entities[index].id.isEmpty {
      let id = pack.entities[index].id
      let path = pack.paths[index]
      if !Self.isSlug(id) {
        problems.append(
          (
            "\(path).id",
            "id \"\(SafeText.echo(id))\" is not a slug (lowercase letters, digits and single hyphens)"
          ))
      }
      if let first = indexByID[id] {
        problems.append(
          (
            "\(path).id",
            "duplicate id \"\(SafeText.echo(id))\" (first used at \(pack.paths[first]))"
          ))
        continue
      }
      indexByID[id] = index
      if case .source(let kind, _) = pack.entities[index].payload { sourceKindByID[id] = kind }
    }
  }

  /// True for lowercase ASCII letters and digits in groups joined by single hyphens.
  static func isSlug(_ id: String) -> Bool {
    var previous = UInt8(ascii: "-")
    for byte in id.utf8 {
      switch byte {
      case 0x61...0x7A, 0x30...0x39: break
      case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
      default: return false
      }
      previous = byte
    }
    return previous != UInt8(ascii: "-")
  }

  // MARK: - References

  private mutating func checkReferences() {
    for index in pack.entities.indices {
      let path = pack.paths[index]
      switch pack.entities[index].payload {
      case .episode(let season, _):
        expect(season, is: .season, at: "\(path).season")
      case .credit(let person, let character, _, _):
        expect(person, is: .person, at: "\(path).person")
        if let character { expect(character, is: .character, at: "\(path).character") }
      case .thread(let characters, let seasons, _):
        for (index, id) in characters.enumerated() {
          expect(id, is: .character, at: "\(path).characters[\(index)]")
        }
        for (index, id) in seasons.enumerated() {
          expect(id, is: .season, at: "\(path).seasons[\(index)]")
        }
      default:
        break
      }
      Self.forEachCitation(of: pack.entities[index]) { citation, place in
        expectSource(citation.source, .article) { "\(place.path(from: path)).source" }
        if let via = citation.via {
          expectSource(via, .outlet) { "\(place.path(from: path)).via" }
        }
      }
    }
  }

  private mutating func expect(_ id: String, is kind: EntityKind, at path: String) {
    guard !id.isEmpty else { return }
    guard let found = indexByID[id].map({ pack.entities[$0].kind }) else {
      // The list's own problem is the cause, reported once by the reader.
      if pack.incompleteKinds.contains(kind) { return }
      problems.append((path, "\"\(SafeText.echo(id))\" names no \(kind.rawValue) in this pack"))
      return
    }
    if found != kind {
      problems.append(
        (path, "\"\(SafeText.echo(id))\" is a \(found.rawValue), expected a \(kind.rawValue)"))
    }
  }

  /// Checks that `id` names a source of `kind`; `path` is built only for a problem.
  private mutating func expectSource(
    _ id: String, _ kind: SourceKind, at path: () -> String
  ) {
    guard !id.isEmpty else { return }
    guard let found = sourceKindByID[id] else {
      expect(id, is: .source, at: path())
      return
    }
    if found != kind {
      problems.append(
        (
          path(),
          "source \"\(SafeText.echo(id))\" is an \(found.rawValue), expected an \(kind.rawValue)"
        ))
    }
  }

  // MARK: - Reach

  private mutating func checkReach() {
    // Marks each entity reached by its index rather than collecting the ids that reach.
    var reached = [Bool](repeating: false, count: pack.entities.count)
    func reach(_ id: String) {
      if let index = indexByID[id] { reached[index] = true }
    }
    for entity in pack.entities {
      switch entity.payload {
      case .credit(let person, let character, _, _):
        reach(person)
        if let character { reach(character) }
      case .thread(let characters, _, _):
        characters.forEach(reach)
      default:
        break
      }
      Self.forEachCitation(of: entity) { citation, _ in
        reach(citation.source)
        if let via = citation.via { reach(via) }
      }
    }
    // An entity without an id has had its problem reported by the reader already.
    for index in pack.entities.indices where !pack.entities[index].id.isEmpty {
      // A duplicate id is reached when the entity that first used it is.
      guard let first = indexByID[pack.entities[index].id], !reached[first] else { continue }
      let path = pack.paths[index]
      let id = SafeText.echo(pack.entities[index].id)
      switch pack.entities[index].kind {
      case .person:
        problems.append((path, "person \"\(id)\" has no credit: nothing reaches it"))
      case .character:
        problems.append(
          (path, "character \"\(id)\" is in no credit and no thread: nothing reaches it"))
      case .source:
        problems.append((path, "source \"\(id)\" is cited by nothing: nothing reaches it"))
      default:
        break
      }
    }
  }

  // MARK: - Quotes

  /// Checks every quote against its article. The citations are grouped by article first,
  /// so that one article's folded text exists at a time, not every article's at once;
  /// the problems are then put back in file order.
  private mutating func checkQuotes() {
    // The article with text that each id names; where ids repeat, the last one.
    var articleByID: [String: Int] = [:]
    for index in pack.entities.indices {
      if case .source(.article, _?) = pack.entities[index].payload {
        articleByID[pack.entities[index].id] = index
      }
    }
    var citationsByArticle: [Int: [(order: Int, entity: Int, place: CitationPlace)]] = [:]
    var order = 0
    for index in pack.entities.indices {
      Self.forEachCitation(of: pack.entities[index]) { citation, place in
        order += 1
        guard !citation.quote.isEmpty, let article = articleByID[citation.source] else { return }
        citationsByArticle[article, default: []].append((order, index, place))
      }
    }
    var found: [(order: Int, path: String, message: String)] = []
    for article in citationsByArticle.keys.sorted() {
      guard case .source(_, let text?) = pack.entities[article].payload else { continue }
      let locator = QuoteLocator(text: text)
      for cited in citationsByArticle[article] ?? [] {
        let citation = cited.place.citation(in: pack.entities[cited.entity])
        guard !locator.contains(citation.quote) else { continue }
        found.append(
          (
            cited.order, "\(cited.place.path(from: pack.paths[cited.entity])).quote",
            "quote not found in source \"\(SafeText.echo(citation.source))\": \"\(SafeText.echo(citation.quote))\""
          ))
      }
    }
    problems += found.sorted { $0.order < $1.order }.map { ($0.path, $0.message) }
  }

  // MARK: - Citations

  /// Where a citation sits in its entity: in its own citations, or in a claim of a fact.
  struct CitationPlace {
    /// The fact and claim that hold it; nil for the entity's own citations.
    var claim: (fact: Int, claim: Int)?
    /// Its index in its list of citations.
    var index: Int

    /// The JSON path of the citation, below the entity's `path`.
    func path(from path: String) -> String {
      guard let claim else { return "\(path).citations[\(index)]" }
      return "\(path).facts[\(claim.fact)].claims[\(claim.claim)].citations[\(index)]"
    }

    /// The citation at this place in `entity`.
    func citation(in entity: Entity) -> Citation {
      guard let claim else { return entity.citations[index] }
      return entity.facts[claim.fact].claims[claim.claim].citations[index]
    }
  }

  /// Calls `body` with every citation of `entity` and its place, in file order: its own,
  /// then those of its facts' claims. Builds no path: a message builds its own.
  static func forEachCitation(of entity: Entity, _ body: (Citation, CitationPlace) -> Void) {
    for (index, citation) in entity.citations.enumerated() {
      body(citation, CitationPlace(claim: nil, index: index))
    }
    for (factIndex, fact) in entity.facts.enumerated() {
      for (claimIndex, claim) in fact.claims.enumerated() {
        for (index, citation) in claim.citations.enumerated() {
          body(citation, CitationPlace(claim: (factIndex, claimIndex), index: index))
        }
      }
    }
  }
}
