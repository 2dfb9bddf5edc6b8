import Dispatch
import Synchronization

/// Checks what the schema cannot: ids, references between entities, that every entity is
/// reached, and that every quote stands in its article.
struct PackValidator {
  private let pack: Pack
  private var problems: [(path: String, message: String)] = []
  /// The index of the entity that first uses each id, and each repeated id's first user:
  /// the reader's, or built here for a pack built otherwise.
  private let ids: PackIDs
  /// Whether each entity is reached by a reference that makes it part of the show.
  private var reached: [Bool]
  /// Writes out the entities' paths, for messages alone.
  private let paths: PathWriter

  /// The problems of `pack`, as (JSON path, message): ids, then references, reach and
  /// quotes, each in file order. The quotes are checked on a second core, if there is one,
  /// while this one checks the rest and then takes a share of the articles left; the
  /// order of the problems is the same either way.
  /// `afterLinks` runs once ids, references and reach are found sound, on the thread that
  /// checked them, while the quotes may still be checked: work that needs a pack with
  /// sound links, done in the time the longer quote check leaves.
  static func problems(
    in pack: Pack, afterLinks: @Sendable (Pack) -> Void = { _ in }
  ) -> [(path: String, message: String)] {
    // Each task keeps what it found in a place of its own, read once both are done.
    let links = Mutex<(problems: [(path: String, message: String)], quotes: [QuoteCheck.Found])>(
      ([], []))
    let quotes = Mutex<[QuoteCheck.Found]>([])
    let check = QuoteCheck(pack: pack)
    DispatchQueue.concurrentPerform(iterations: 2) { task in
      guard task == 0 else {
        let found = check.groupAndCheck()
        quotes.withLock { $0 = found }
        return
      }
      let problems = linkProblems(in: pack)
      if problems.isEmpty { afterLinks(pack) }
      // The quote check is the longer task: this thread takes a share of its articles.
      let helped = check.help()
      links.withLock { $0 = (problems, helped) }
    }
    let found = links.withLock { $0 }
    return found.problems + QuoteCheck.problems(found.quotes + quotes.withLock { $0 })
  }

  /// The problems of ids, references and reach, in that order. `pathsWritten` is told how
  /// many entity paths were written out for them.
  static func linkProblems(in pack: Pack, pathsWritten: (Int) -> Void = { _ in })
    -> [(path: String, message: String)]
  {
    var validator = PackValidator(pack: pack)
    validator.checkIDs()
    validator.checkFactLabels()
    validator.checkReferences()
    validator.checkReach()
    pathsWritten(validator.paths.written)
    return validator.problems
  }

  private init(pack: Pack) {
    self.pack = pack
    ids = pack.ids ?? PackIDs(of: pack.entities)
    reached = [Bool](repeating: false, count: pack.entities.count)
    paths = PathWriter(pack.paths)
  }

  /// Writes out the JSON path of an entity, counting how many it wrote: a path is a
  /// string made for a message, not for every entity and reference checked.
  private final class PathWriter {
    private let paths: EntityPaths
    private(set) var written = 0

    init(_ paths: EntityPaths) {
      self.paths = paths
    }

    /// The path of the entity at `index`.
    func path(of index: Int) -> String {
      written += 1
      return paths[index]
    }
  }

  // MARK: - Ids

  private mutating func checkIDs() {
    // Paths are built only for a problem's message.
    for index in pack.entities.indices where !pack.entities[index].id.isEmpty {
      let id = pack.entities[index].id
      if !Self.isSlug(id) {
        problems.append(
          (
            "\(paths.path(of: index)).id",
            "id \"\(SafeText.echo(id))\" is not a slug (lowercase letters, digits and single hyphens)"
          ))
      }
      if id == DisagreementsPage.id {
        problems.append(
          (
            "\(paths.path(of: index)).id",
            "id \"\(id)\" is the Disagreements page's (`tvbrowse show \(id)`); choose another"
          ))
      }
      if let first = ids.firstWithID[index] {
        problems.append(
          (
            "\(paths.path(of: index)).id",
            "duplicate id \"\(SafeText.echo(id))\" (first used at \(paths.path(of: first)))"
          ))
      }
    }
  }

  /// Flags a fact whose label (in any case) an earlier fact of the same entity has: the
  /// claims about one matter belong in one fact, where they show as agreeing or not.
  private mutating func checkFactLabels() {
    for index in pack.entities.indices where pack.entities[index].facts.count > 1 {
      var first: [String: Int] = [:]
      for (place, fact) in pack.entities[index].facts.enumerated() {
        guard let earlier = first[fact.label.lowercased()] else {
          first[fact.label.lowercased()] = place
          continue
        }
        problems.append(
          (
            "\(paths.path(of: index)).facts[\(place)].label",
            "duplicate fact label \"\(SafeText.echo(fact.label))\" (first used at facts[\(earlier)]): put every claim about it in one fact"
          ))
      }
    }
  }

  /// True for lowercase ASCII letters and digits in groups joined by single hyphens.
  static func isSlug(_ id: String) -> Bool {
    // Read from the string's contiguous bytes, which every id read from a file has: its
    // UTF-8 view, one byte at a time, was a fifth of checking ids and references.
    if let isSlug = id.utf8.withContiguousStorageIfAvailable(isSlug) { return isSlug }
    return isSlug(Array(id.utf8))
  }

  /// `isSlug` over UTF-8 bytes.
  private static func isSlug<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
    var previous = UInt8(ascii: "-")
    for byte in bytes {
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

  /// Checks every reference and, in the same lookup, marks the entities that credits,
  /// threads and citations reach.
  private mutating func checkReferences() {
    let paths = paths
    for index in pack.entities.indices {
      // Written out only for a problem's message.
      func path() -> String { paths.path(of: index) }
      switch pack.entities[index].payload {
      case .episode(let season, _):
        expect(season, is: .season, at: "\(path()).season")
      case .credit(let person, let character, _, _):
        reach(expect(person, is: .person, at: "\(path()).person"))
        if let character {
          reach(expect(character, is: .character, at: "\(path()).character"))
        }
      case .thread(let characters, let seasons, _):
        for (index, id) in characters.enumerated() {
          reach(expect(id, is: .character, at: "\(path()).characters[\(index)]"))
        }
        for (index, id) in seasons.enumerated() {
          expect(id, is: .season, at: "\(path()).seasons[\(index)]")
        }
      default:
        break
      }
      if let reveals = pack.entities[index].reveals {
        if case .source(let kind, _) = pack.entities[index].payload, kind != .article {
          problems.append(
            ("\(path()).reveals", "only an article among the sources may reveal a point"))
        } else {
          expectPoint(reveals, at: "\(path()).reveals")
        }
      }
      for (place, fact) in pack.entities[index].facts.enumerated() {
        if let reveals = fact.reveals {
          expectPoint(reveals, at: "\(path()).facts[\(place)].reveals")
        }
      }
      Self.forEachCitation(of: pack.entities[index]) { citation, place in
        if let reveals = citation.reveals {
          expectPoint(reveals, at: "\(place.path(from: path())).reveals")
        }
        // A record's facts are cited without a quote; an article's with one.
        let kind: SourceKind = citation.hasQuote ? .article : .record
        reach(expectSource(citation.source, kind) { "\(place.path(from: path())).source" })
        if let via = citation.via {
          reach(expectSource(via, .outlet) { "\(place.path(from: path())).via" })
        }
      }
    }
  }

  /// Marks the entity at `index`, if any, as reached.
  private mutating func reach(_ index: Int?) {
    if let index { reached[index] = true }
  }

  /// Checks that `id` names an entity of `kind`; returns the index of the entity it names,
  /// of whatever kind. `path` is built only for a problem.
  @discardableResult
  private mutating func expect(
    _ id: String, is kind: EntityKind, at path: @autoclosure () -> String
  ) -> Int? {
    guard !id.isEmpty else { return nil }
    guard let index = ids.index.first(id, in: pack.entities) else {
      // The list's own problem is the cause, reported once by the reader.
      if pack.incompleteKinds.contains(kind) { return nil }
      problems.append((path(), "\"\(SafeText.echo(id))\" names no \(kind.rawValue) in this pack"))
      return nil
    }
    let found = pack.entities[index].kind
    if found != kind {
      problems.append(
        (path(), "\"\(SafeText.echo(id))\" is a \(found.rawValue), expected a \(kind.rawValue)"))
    }
    return index
  }

  /// Checks that `id`, the point something reveals, names a season or an episode; `path`
  /// is built only for a problem.
  private mutating func expectPoint(_ id: String, at path: @autoclosure () -> String) {
    guard pack.version >= 2 else {
      problems.append(
        (path(), "\"reveals\" needs pack version 2; this pack is version \(pack.version)"))
      return
    }
    guard let index = ids.index.first(id, in: pack.entities) else {
      problems.append((path(), "\"\(SafeText.echo(id))\" names no season or episode in this pack"))
      return
    }
    let found = pack.entities[index].kind
    if found != .season && found != .episode {
      problems.append(
        (path(), "\"\(SafeText.echo(id))\" is a \(found.rawValue), expected a season or an episode")
      )
    }
  }

  /// Checks that `id` names a source of `kind`; `path` is built only for a problem.
  /// Returns the index of the entity it names, of whatever kind.
  private mutating func expectSource(
    _ id: String, _ kind: SourceKind, at path: () -> String
  ) -> Int? {
    guard !id.isEmpty else { return nil }
    guard let index = ids.index.first(id, in: pack.entities),
      case .source(let found, _) = pack.entities[index].payload
    else {
      return expect(id, is: .source, at: path())
    }
    if found != kind {
      problems.append(
        (
          path(),
          "source \"\(SafeText.echo(id))\" is \(Self.named(found)), expected \(Self.named(kind))"
        ))
    }
    return index
  }

  /// A source kind with its article: "an article", "an outlet", "a record".
  private static func named(_ kind: SourceKind) -> String {
    kind == .record ? "a record" : "an \(kind.rawValue)"
  }

  // MARK: - Reach

  /// Reports the people, characters and sources that nothing reaches.
  private mutating func checkReach() {
    // An entity without an id has had its problem reported by the reader already.
    for index in pack.entities.indices where !pack.entities[index].id.isEmpty {
      // A duplicate id is reached when the entity that first used it is.
      guard !reached[ids.firstWithID[index] ?? index] else { continue }
      // Only people, characters and sources must be reached: the rest write no path.
      let what: String
      switch pack.entities[index].kind {
      case .person: what = "has no credit"
      case .character: what = "is in no credit and no thread"
      case .source: what = "is cited by nothing"
      default: continue
      }
      let kind = pack.entities[index].kind.rawValue
      let id = SafeText.echo(pack.entities[index].id)
      problems.append((paths.path(of: index), "\(kind) \"\(id)\" \(what): nothing reaches it"))
    }
  }

  // MARK: - Quotes

  /// Checks every quote against its article, on this thread: see `QuoteCheck`.
  static func quoteProblems(in pack: Pack) -> [(path: String, message: String)] {
    QuoteCheck.problems(QuoteCheck(pack: pack).groupAndCheck())
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

    /// The citation at this place in the entity at `entity` of `entities`, read where the
    /// entity holds it rather than from a copy of the entity.
    func citation(of entity: Int, in entities: [Entity]) -> Citation {
      guard let claim else { return entities[entity].citations[index] }
      return entities[entity].facts[claim.fact].claims[claim.claim].citations[index]
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
