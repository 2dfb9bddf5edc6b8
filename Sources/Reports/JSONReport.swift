import ShowModel

/// The JSON shapes of the command line's output, documented in the README. Every item has
/// `id`, `kind` and `name`; keys keep a fixed order.
public enum JSONReport {
  /// An entity reference: `{id, kind, name}`.
  public static func reference(_ entity: Entity) -> JSONValue {
    reference(id: entity.id, kind: entity.kind, name: entity.name)
  }

  /// An entity reference from its parts.
  public static func reference(id: String, kind: EntityKind, name: String) -> JSONValue {
    .object([("id", .string(id)), ("kind", .string(kind.rawValue)), ("name", .string(name))])
  }

  /// A page's `{id, kind: "page", name}`, as links to it and its own output name it.
  static func pageReference(id: String, title: String) -> JSONValue {
    .object([("id", .string(id)), ("kind", .string("page")), ("name", .string(title))])
  }

  /// `list`: an array of entities with their aliases and summary; seasons and episodes add
  /// their number, threads whether they are a cliffhanger and their characters.
  /// An entity the shield hides shows what stands for it, and `{hidden, reveals}` for its
  /// summary.
  public static func list(
    _ entities: [Entity], in catalog: Catalog, shield: SpoilerShield = SpoilerShield()
  ) -> JSONValue {
    .array(
      entities.map { original in
        let spoiler = shield.hiding(original)
        let entity = shield.shielded(original)
        var pairs = objectPairs(reference(entity))
        pairs.append(("aliases", .array(entity.aliases.map(JSONValue.string))))
        pairs.append(
          ("summary", spoiler.map(hidden) ?? entity.summary.map(JSONValue.string) ?? .null))
        switch entity.payload {
        case .season(let number):
          pairs.append(("number", .number(String(number))))
        case .episode(_, let number):
          pairs.append(("number", number.map { .number(String($0)) } ?? .null))
        case .thread(let characters, _, let cliffhanger):
          pairs.append(("cliffhanger", .bool(cliffhanger)))
          pairs.append(
            (
              "characters",
              .array(
                characters.map { id in
                  reference(id: id, kind: .character, name: catalog.name(of: id))
                })
            ))
        case .show, .character, .person, .credit, .source:
          break
        }
        return .object(pairs)
      })
  }

  /// `search`: ranked hits with score, tier, the matched text and match positions.
  /// With `shows` (parallel to `hits`), each result names its show: `{id, name}`.
  public static func search(_ hits: [CatalogHit], shows: [(id: String, name: String)]? = nil)
    -> JSONValue
  {
    .array(
      hits.indices.map { index in
        let hit = hits[index]
        var pairs = objectPairs(reference(hit.entity))
        if let show = shows?[index] {
          pairs.append(("show", .object([("id", .string(show.id)), ("name", .string(show.name))])))
        }
        pairs += [
          ("score", .number(formatScore(hit.match.score))),
          ("tier", .string(tierName(hit.tier))),
          ("field", .string(hit.field)),
          ("matched", hit.spoiler.map(hidden) ?? .string(hit.matchedText)),
          ("positions", .array(hit.match.positions.map { .number(String($0)) })),
          ("typos", .number(String(hit.match.typos))),
        ]
        return .object(pairs)
      })
  }

  /// `show`: the entity, its fields, relations by section, facts with claims, citations,
  /// and what the sources do not give.
  public static func details(_ details: EntityDetails) -> JSONValue {
    let entity = details.entity
    var pairs = objectPairs(reference(entity))
    pairs.append(("aliases", .array(entity.aliases.map(JSONValue.string))))
    pairs.append(
      ("summary", details.spoiler.map(hidden) ?? entity.summary.map(JSONValue.string) ?? .null))
    var fields: [(key: String, value: JSONValue)] = []
    var relations: [(key: String, value: JSONValue)] = []
    var facts: [JSONValue] = []
    var citations: [JSONValue] = []
    var notGiven: [JSONValue] = []
    for section in details.sections {
      var links: [JSONValue] = []
      for item in section.items {
        switch item {
        case .field(let label, let value)
        where label != "Kind" && label != "Also called" && label != "Cliffhanger":
          fields.append((camelKey(label), typedField(label: label, value: value, of: entity)))
        case .link(let id, let kind, let name, let note):
          var link = objectPairs(reference(id: id, kind: kind, name: name))
          link.append(("note", note.map(JSONValue.string) ?? .null))
          links.append(.object(link))
        case .page(let id, let title, let note):
          var link = objectPairs(pageReference(id: id, title: title))
          link.append(("note", note.map(JSONValue.string) ?? .null))
          links.append(.object(link))
        case .otherShow(let other):
          links.append(
            .object([
              ("show", .object([("id", .string(other.show)), ("name", .string(other.showName))])),
              ("id", .string(other.entity)),
            ]))
        case .missing(let label):
          notGiven.append(.string(label))
        case .fact(let label, let claims):
          facts.append(fact(label: label, claims: claims))
        case .citation(let detail):
          citations.append(citation(detail))
        case .article(_, let words):
          fields.append(("words", .number(String(words))))
        case .spoiler(let spoiler):
          // An entity hidden whole says so in its summary; a fact or a citation in place.
          if section.title == "Facts" { facts.append(hidden(spoiler)) }
          if section.title == "Citations" { citations.append(hidden(spoiler)) }
        case .field, .text:
          break
        }
      }
      if !links.isEmpty { relations.append((camelKey(section.title), .array(links))) }
    }
    if case .thread(_, _, let cliffhanger) = entity.payload {
      fields.append(("cliffhanger", .bool(cliffhanger)))
    }
    pairs += [
      ("fields", .object(fields)), ("relations", .object(relations)), ("facts", .array(facts)),
      ("citations", .array(citations)), ("notGiven", .array(notGiven)),
    ]
    return .object(pairs)
  }

  /// `show disagreements`: the page's reference and each point with its entity, its label
  /// and every side's claim.
  public static func disagreements(_ page: DisagreementsPage) -> JSONValue {
    .object(
      objectPairs(pageReference(id: DisagreementsPage.id, title: DisagreementsPage.title)) + [
        (
          "points",
          .array(
            page.points.map { point in
              if let spoiler = point.spoiler {
                // A hidden point: `{hidden, reveals}` in place of its label and claims.
                return .object([("entity", reference(point.entity))] + objectPairs(hidden(spoiler)))
              }
              return .object([
                ("entity", reference(point.entity)), ("label", .string(point.label)),
                ("claims", claims(point.claims)),
              ])
            })
        )
      ])
  }

  /// `validate`: the file, whether it is valid, and each problem with its location.
  public static func validation(file: String, problems: [PackProblem]) -> JSONValue {
    .object([
      ("file", .string(file)),
      ("valid", .bool(problems.isEmpty)),
      ("problems", .array(problems.map(problem))),
    ])
  }

  /// A problem as `{file, line, column, path, message}`: `line` and `column` for a syntax
  /// error, `path` for the rest, null where the problem has none.
  public static func problem(_ problem: PackProblem) -> JSONValue {
    var line = JSONValue.null
    var column = JSONValue.null
    var path = JSONValue.null
    switch problem.location {
    case .file: break
    case .position(let atLine, let atColumn):
      line = .number(String(atLine))
      column = .number(String(atColumn))
    case .path(let atPath):
      path = .string(atPath)
    }
    return .object([
      ("file", .string(problem.file)), ("line", line), ("column", column), ("path", path),
      ("message", .string(problem.message)),
    ])
  }

  /// A field of `show` with the pack's type: a season's or episode's number is a number,
  /// the rest strings (a thread's cliffhanger is written from its payload, true or false).
  private static func typedField(label: String, value: String, of entity: Entity) -> JSONValue {
    switch (label, entity.payload) {
    case ("Number", .season(let number)), ("Number", .episode(_, .some(let number))):
      return .number(String(number))
    default:
      return .string(value)
    }
  }

  /// What stands for a text the spoiler shield hides: `{hidden: true, reveals}`.
  public static func hidden(_ spoiler: Spoiler) -> JSONValue {
    .object([("hidden", .bool(true)), ("reveals", .string(spoiler.reveals))])
  }

  private static func fact(label: String, claims: [ClaimDetail]) -> JSONValue {
    .object([
      ("label", .string(label)),
      ("disagreement", .bool(claims.count > 1)),
      ("claims", self.claims(claims)),
    ])
  }

  private static func claims(_ claims: [ClaimDetail]) -> JSONValue {
    .array(
      claims.map { claim in
        .object([
          ("value", .string(claim.value)),
          ("note", claim.note.map(JSONValue.string) ?? .null),
          ("singleSource", .bool(claim.isSingleSource)),
          ("citations", .array(claim.citations.map(citation))),
        ])
      })
  }

  private static func citation(_ detail: CitationDetail) -> JSONValue {
    .object([
      // A record's citation has no quote.
      ("quote", detail.citation.quote.isEmpty ? .null : .string(detail.citation.quote)),
      ("source", reference(id: detail.citation.source, kind: .source, name: detail.sourceName)),
      (
        "via",
        detail.citation.via.map { reference(id: $0, kind: .source, name: detail.viaName ?? $0) }
          ?? .null
      ),
    ])
  }

  // MARK: - Helpers

  private static func objectPairs(_ value: JSONValue) -> [(key: String, value: JSONValue)] {
    guard case .object(let pairs) = value else { return [] }
    return pairs
  }

  /// "Played by" → "playedBy", "Plot threads" → "plotThreads".
  static func camelKey(_ title: String) -> String {
    let words = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    return words.enumerated().map { index, word in
      index == 0 ? word.lowercased() : word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }.joined()
  }

  private static func tierName(_ tier: MatchTier) -> String {
    switch tier {
    case .name: return "name"
    case .related: return "related"
    case .text: return "text"
    }
  }

  private static func formatScore(_ score: Double) -> String {
    guard score.isFinite else { return score > 0 ? "1e308" : "-1e308" }
    let rounded = (score * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
