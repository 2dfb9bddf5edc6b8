/// Checks what the schema cannot: ids, references between entities, that every entity is
/// reached, and that every quote stands in its article.
struct PackValidator {
  private let pack: Pack
  private var problems: [(path: String, message: String)] = []
  private var kindByID: [String: EntityKind] = [:]
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
    var firstPath: [String: String] = [:]
    for (entity, path) in zip(pack.entities, pack.paths) where !entity.id.isEmpty {
      if !Self.isSlug(entity.id) {
        problems.append(
          (
            "\(path).id",
            "id \"\(SafeText.echo(entity.id))\" is not a slug (lowercase letters, digits and single hyphens)"
          ))
      }
      if let first = firstPath[entity.id] {
        problems.append(
          ("\(path).id", "duplicate id \"\(SafeText.echo(entity.id))\" (first used at \(first))"))
        continue
      }
      firstPath[entity.id] = path
      kindByID[entity.id] = entity.kind
      if case .source(let kind, _) = entity.payload { sourceKindByID[entity.id] = kind }
    }
  }

  /// True for lowercase ASCII letters and digits in groups joined by single hyphens.
  static func isSlug(_ id: String) -> Bool {
    let groups = id.split(separator: "-", omittingEmptySubsequences: false)
    return groups.allSatisfy { group in
      !group.isEmpty
        && group.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }
  }

  // MARK: - References

  private mutating func checkReferences() {
    for (entity, path) in zip(pack.entities, pack.paths) {
      switch entity.payload {
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
      for (citation, citationPath) in Self.citations(of: entity, at: path) {
        expectSource(citation.source, .article, at: "\(citationPath).source")
        if let via = citation.via { expectSource(via, .outlet, at: "\(citationPath).via") }
      }
    }
  }

  private mutating func expect(_ id: String, is kind: EntityKind, at path: String) {
    guard !id.isEmpty else { return }
    guard let found = kindByID[id] else {
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

  private mutating func expectSource(_ id: String, _ kind: SourceKind, at path: String) {
    guard !id.isEmpty else { return }
    guard let found = sourceKindByID[id] else {
      expect(id, is: .source, at: path)
      return
    }
    if found != kind {
      problems.append(
        (
          path,
          "source \"\(SafeText.echo(id))\" is an \(found.rawValue), expected an \(kind.rawValue)"
        ))
    }
  }

  // MARK: - Reach

  private mutating func checkReach() {
    var reached = Set<String>()
    for entity in pack.entities {
      switch entity.payload {
      case .credit(let person, let character, _, _):
        reached.insert(person)
        if let character { reached.insert(character) }
      case .thread(let characters, _, _):
        reached.formUnion(characters)
      default:
        break
      }
      for citation in entity.allCitations {
        reached.insert(citation.source)
        if let via = citation.via { reached.insert(via) }
      }
    }
    // An entity without an id has had its problem reported by the reader already.
    for (entity, path) in zip(pack.entities, pack.paths)
    where !entity.id.isEmpty && !reached.contains(entity.id) {
      let id = SafeText.echo(entity.id)
      switch entity.kind {
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

  private mutating func checkQuotes() {
    var texts: [String: QuoteLocator] = [:]
    for entity in pack.entities {
      if case .source(.article, let text?) = entity.payload {
        texts[entity.id] = QuoteLocator(text: text)
      }
    }
    for (entity, path) in zip(pack.entities, pack.paths) {
      for (citation, citationPath) in Self.citations(of: entity, at: path) {
        guard let text = texts[citation.source], !citation.quote.isEmpty else { continue }
        if !text.contains(citation.quote) {
          problems.append(
            (
              "\(citationPath).quote",
              "quote not found in source \"\(SafeText.echo(citation.source))\": \"\(SafeText.echo(citation.quote))\""
            ))
        }
      }
    }
  }

  // MARK: - Citation paths

  /// Every citation of `entity` with its JSON path.
  static func citations(of entity: Entity, at path: String) -> [(Citation, String)] {
    var found = entity.citations.enumerated().map { ($1, "\(path).citations[\($0)]") }
    for (factIndex, fact) in entity.facts.enumerated() {
      for (claimIndex, claim) in fact.claims.enumerated() {
        let claimPath = "\(path).facts[\(factIndex)].claims[\(claimIndex)]"
        found += claim.citations.enumerated().map { ($1, "\(claimPath).citations[\($0)]") }
      }
    }
    return found
  }
}
