/// Turns a parsed JSON document into a `Pack`, collecting every schema problem with its
/// JSON path rather than stopping at the first.
struct PackReader {
  private var fields = JSONFieldReader()
  private var entities: [Entity] = []
  private var paths: [String] = []
  private var sourceFiles: [(id: String, file: String, path: String)] = []
  private var incompleteKinds: Set<EntityKind> = []
  private var citationCount = 0

  private static let commonKeys: Set<String> = [
    "id", "name", "aliases", "summary", "facts", "citations",
  ]
  // Built once: a set literal at each call would be built again for every citation.
  private static let factKeys: Set<String> = ["label", "claims"]
  private static let claimKeys: Set<String> = ["value", "citations", "note"]
  private static let citationKeys: Set<String> = ["source", "quote", "via"]
  private static let topLevelKeys: Set<String> = [
    "format", "version", "show", "sources", "seasons", "episodes", "characters", "people",
    "credits", "threads",
  ]

  /// Reads `document`; returns the pack, or nil, and the problems as (path, message).
  /// Takes the document over, so that a caller that passes its last use frees the tree
  /// here, before the pack is validated, rather than holding it beside the pack.
  static func read(_ document: consuming JSONValue) -> (
    pack: Pack?, problems: [(path: String, message: String)]
  ) {
    var reader = PackReader()
    let pack = reader.readDocument(document)
    return (pack, reader.fields.problems)
  }

  // MARK: - Document

  private mutating func readDocument(_ document: consuming JSONValue) -> Pack? {
    guard case .object = document else {
      fields.report("", "expected a JSON object at the top level, found \(document.typeName)")
      return nil
    }
    guard fields.object(document, at: "", allowed: Self.topLevelKeys) != nil else {
      return nil
    }
    guard readFormat(document) else { return nil }
    reserveEntities(in: document)
    let sourcesMissing = document["sources"] == nil || document["sources"] == .null
    // The document's members, owned here alone, so that each list is freed item by item
    // as its entities are read, rather than the whole tree living beside the pack.
    guard case .object(var root) = consume document else { return nil }
    func take(_ key: String) -> JSONValue? {
      guard let index = root.firstIndex(where: { $0.key == key }) else { return nil }
      let value = root[index].value
      root[index].value = .null
      return value
    }
    if let show = take("show") {
      readEntity(show, at: "show", kind: .show, extraKeys: []) { _, _, _ in .show }
    } else {
      fields.report("show", "missing field \"show\"")
    }
    readList(take("sources"), "sources", kind: .source, extraKeys: ["kind", "text", "file"]) {
      reader, object, path in reader.readSource(object, at: path)
    }
    readList(take("seasons"), "seasons", kind: .season, extraKeys: ["number"]) { reader, object, path in
      .season(number: reader.fields.requiredInteger(object, "number", at: path, in: 1...9999) ?? 0)
    }
    readList(take("episodes"), "episodes", kind: .episode, extraKeys: ["season", "number"]) {
      reader, object, path in
      .episode(
        season: reader.fields.requiredString(object, "season", at: path) ?? "",
        number: reader.fields.optionalInteger(object, "number", at: path, in: 1...99999))
    }
    readList(take("characters"), "characters", kind: .character, extraKeys: []) { _, _, _ in .character }
    readList(take("people"), "people", kind: .person, extraKeys: []) { _, _, _ in .person }
    readList(take("credits"), "credits", kind: .credit, extraKeys: ["person", "character", "job", "work"]) {
      reader, object, path in reader.readCredit(object, at: path)
    }
    readList(take("threads"), "threads", kind: .thread, extraKeys: ["characters", "seasons", "cliffhanger"]) {
      reader, object, path in
      .thread(
        characters: reader.fields.strings(object, "characters", at: path),
        seasons: reader.fields.strings(object, "seasons", at: path),
        cliffhanger: reader.fields.optionalBool(object, "cliffhanger", at: path) ?? false)
    }
    if sourcesMissing, citationCount > 0 {
      fields.report(
        "sources",
        "missing field \"sources\", which the pack's \(citationCount) citation\(citationCount == 1 ? "" : "s") name"
      )
      incompleteKinds.insert(.source)
    }
    var pack = Pack(entities: entities, paths: paths, sourceFiles: sourceFiles)
    pack.incompleteKinds = incompleteKinds
    return pack
  }

  /// Makes room for every entity the document's lists hold, so that the entities are not
  /// copied each time their array doubles, with the old and new arrays alive at once.
  private mutating func reserveEntities(in root: JSONValue) {
    var count = 1
    for key in Self.topLevelKeys {
      if case .array(let items)? = root[key] { count += items.count }
    }
    entities.reserveCapacity(count)
    paths.reserveCapacity(count)
  }

  /// Checks `format` and `version`; false when the rest cannot be read as this format.
  private mutating func readFormat(_ root: JSONValue) -> Bool {
    guard let format = fields.requiredString(root, "format", at: "") else { return false }
    guard format == Pack.format else {
      fields.report(
        "format", "unknown format \"\(SafeText.echo(format))\", expected \"\(Pack.format)\"")
      return false
    }
    let supported = Pack.supportedVersions.map(String.init).joined(separator: ", ")
    guard let value = root["version"] else {
      fields.report("version", "missing field \"version\" (this build reads version \(supported))")
      return false
    }
    guard case .number(let text) = value, JSONFieldReader.isInteger(text) else {
      let found: String
      if case .number(let text) = value {
        found = SafeText.echo(text)
      } else {
        found = value.typeName
      }
      let integers =
        Pack.supportedVersions.count == 1
        ? "the integer \(supported)" : "one of the integers \(supported)"
      fields.report("version", "the version must be \(integers), found \(found)")
      return false
    }
    guard let version = Int(text), Pack.supportedVersions.contains(version) else {
      fields.report(
        "version",
        "unsupported version \(SafeText.echo(text)) (this build reads version \(supported))")
      return false
    }
    return true
  }

  // MARK: - Entities

  private typealias PayloadReader = (inout PackReader, JSONValue, String) -> EntityPayload

  /// Reads the entities of a top-level list, taken out of the document: each item is
  /// freed once its entity is read.
  private mutating func readList(
    _ list: consuming JSONValue?, _ key: String, kind: EntityKind, extraKeys: Set<String>,
    _ payload: PayloadReader
  ) {
    guard case .array(var items)? = list else {
      if let list, list != .null {
        incompleteKinds.insert(kind)
        fields.report(key, "expected an array, found \(list.typeName)")
      }
      return
    }
    list = nil
    for index in items.indices {
      let item = items[index]
      items[index] = .null
      readEntity(item, at: "\(key)[\(index)]", kind: kind, extraKeys: extraKeys, payload)
    }
  }

  private mutating func readEntity(
    _ value: JSONValue, at path: String, kind: EntityKind, extraKeys: Set<String>,
    _ payload: PayloadReader
  ) {
    guard let object = fields.object(value, at: path, allowed: Self.commonKeys.union(extraKeys))
    else {
      incompleteKinds.insert(kind)
      return
    }
    guard let id = fields.requiredString(object, "id", at: path) else {
      incompleteKinds.insert(kind)
      readFields(of: object, at: path, kind: kind, id: "", payload)
      return
    }
    readFields(of: object, at: path, kind: kind, id: id, payload)
  }

  private mutating func readFields(
    of object: JSONValue, at path: String, kind: EntityKind, id: String, _ payload: PayloadReader
  ) {
    let name =
      kind == .credit
      ? (fields.optionalString(object, "name", at: path) ?? "")
      : (fields.requiredString(object, "name", at: path) ?? "")
    let entity = Entity(
      id: id, kind: kind, name: name,
      aliases: fields.strings(object, "aliases", at: path),
      summary: fields.optionalString(object, "summary", at: path),
      facts: readFacts(object, at: path),
      citations: readCitations(object, at: path),
      payload: payload(&self, object, path))
    entities.append(entity)
    paths.append(path)
  }

  private mutating func readSource(_ object: JSONValue, at path: String) -> EntityPayload {
    let kindText = fields.requiredString(object, "kind", at: path)
    var kind = SourceKind.article
    if let kindText {
      if let known = SourceKind(rawValue: kindText) {
        kind = known
      } else {
        fields.report(
          "\(path).kind",
          "unknown source kind \"\(SafeText.echo(kindText))\", expected \"article\" or \"outlet\"")
      }
    }
    let text = fields.optionalString(object, "text", at: path)
    let file = fields.optionalString(object, "file", at: path)
    switch (kind, text, file) {
    case (.article, nil, nil):
      if kindText != nil { fields.report(path, "an article needs \"text\" or \"file\"") }
    case (.article, .some, .some):
      fields.report(path, "an article has \"text\" or \"file\", not both")
      // Which of the two holds its quotes is not known: they are not checked against either.
      return .source(kind: kind, text: nil)
    case (.article, nil, .some(let file)):
      var id = ""
      if case .string(let text) = object["id"] { id = text }
      sourceFiles.append((id: id, file: file, path: "\(path).file"))
    case (.outlet, _, _) where text != nil || file != nil:
      fields.report(path, "an outlet has no text of its own")
    default:
      break
    }
    return .source(kind: kind, text: text)
  }

  private mutating func readCredit(_ object: JSONValue, at path: String) -> EntityPayload {
    let person = fields.requiredString(object, "person", at: path) ?? ""
    let character = fields.optionalString(object, "character", at: path)
    let job = fields.optionalString(object, "job", at: path)
    if character == nil && job == nil && !Self.isPresent(object["character"])
      && !Self.isPresent(object["job"])
    {
      fields.report(path, "a credit needs \"character\" or \"job\"")
    }
    return .credit(
      person: person, character: character, job: job,
      work: fields.optionalString(object, "work", at: path))
  }

  /// True for a field that is there and not null (its value may still be wrong).
  private static func isPresent(_ value: JSONValue?) -> Bool {
    value != nil && value != .null
  }

  // MARK: - Facts and citations

  private mutating func readFacts(_ object: JSONValue, at path: String) -> [Fact] {
    fields.array(object, "facts", at: path).compactMap { item in
      guard let fact = fields.object(item.value, at: item.path, allowed: Self.factKeys) else {
        return nil
      }
      let claims = fields.array(fact, "claims", at: item.path).compactMap { claim in
        readClaim(claim.value, at: claim.path)
      }
      if claims.isEmpty { fields.report("\(item.path).claims", "a fact needs at least one claim") }
      return Fact(label: fields.requiredString(fact, "label", at: item.path) ?? "", claims: claims)
    }
  }

  private mutating func readClaim(_ value: JSONValue, at path: String) -> Claim? {
    guard let claim = fields.object(value, at: path, allowed: Self.claimKeys) else {
      return nil
    }
    let citations = readCitations(claim, at: path)
    switch claim["citations"] {
    case nil, .null?: fields.report(path, "a claim needs at least one citation")
    case .array(let items)? where items.isEmpty:
      fields.report("\(path).citations", "a claim needs at least one citation")
    default: break
    }
    return Claim(
      value: fields.requiredString(claim, "value", at: path) ?? "",
      citations: citations,
      note: fields.optionalString(claim, "note", at: path))
  }

  private mutating func readCitations(_ object: JSONValue, at path: String) -> [Citation] {
    fields.array(object, "citations", at: path).compactMap { item in
      citationCount += 1
      guard
        let citation = fields.object(
          item.value, at: item.path, allowed: Self.citationKeys)
      else { return nil }
      return Citation(
        source: fields.requiredString(citation, "source", at: item.path) ?? "",
        quote: fields.requiredString(citation, "quote", at: item.path) ?? "",
        via: fields.optionalString(citation, "via", at: item.path))
    }
  }
}
