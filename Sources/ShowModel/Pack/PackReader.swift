/// Turns a parsed JSON document into a `Pack`, collecting every schema problem with its
/// JSON path rather than stopping at the first.
struct PackReader {
  private var fields = JSONFieldReader()
  private var entities: [Entity] = []
  private var paths = EntityPaths(keys: PackReader.pathKeys, capacity: 0)
  private var sourceFiles: [(id: String, file: String, path: String)] = []
  private var incompleteKinds: Set<EntityKind> = []
  private var citationCount = 0
  /// The ids read so far, for references to share and for validation and the catalog.
  private var ids = PackIDs(count: 0)
  /// What the entities read straight from the bytes share.
  private let shared = SharedValues()
  /// The numbers a season may have.
  static let seasonNumbers = 1...9999
  /// The numbers an episode may have.
  static let episodeNumbers = 1...99999
  /// How many entities of the lists were read through a JSON tree, for a problem or for
  /// something the direct reading leaves to the tree; the rest were read straight from
  /// the bytes.
  private(set) var entitiesReadThroughTrees = 0

  /// The fields every entity may have.
  private static let commonFields: [DirectEntityReader.Field] = [
    .id, .name, .aliases, .summary, .facts, .citations,
  ]
  private static let commonKeys = commonFields.map(\.rawValue)
  // Built once: a set literal at each call would be built again for every citation.
  private static let factKeys = ["label", "claims", "reveals"]
  private static let claimKeys = ["value", "citations", "note"]
  private static let citationKeys = ["source", "quote", "via", "reveals"]
  /// The pack's version, once read.
  private var version = Pack.currentVersion
  private static let topLevelKeys: Set<String> = Set(
    ["format", "version", "show"] + lists.map(\.key))

  /// A top-level list of entities: its key, the kind of its entities, the fields that
  /// kind adds, and how to read what only that kind has.
  private struct ListSchema: Sendable {
    var key: String
    var kind: EntityKind
    /// The fields of the list's entities: the common ones, then the kind's own.
    var keys: [String]
    var payload: PayloadReader
    /// The keys, as the direct reading compares them, and the fields they name: both made
    /// from one list of fields, so that they line up index for index.
    var directKeys: DirectEntityReader.Keys
    var directFields: [DirectEntityReader.Field]

    init(
      key: String, kind: EntityKind, extraFields: [DirectEntityReader.Field],
      _ payload: @escaping PayloadReader
    ) {
      self.key = key
      self.kind = kind
      directFields = PackReader.commonFields + extraFields
      keys = directFields.map(\.rawValue)
      self.payload = payload
      directKeys = DirectEntityReader.Keys(keys)
    }
  }

  /// The keys whose values are entities, numbered as paths keep them: the show's, then
  /// the lists'.
  private static let pathKeys = ["show"] + lists.map(\.key)

  /// The lists, in the order of the pack's entities and of their problems.
  private static let lists: [ListSchema] = [
    ListSchema(key: "sources", kind: .source, extraFields: [.kind, .text, .file, .reveals]) {
      reader, object, path in reader.readSource(object, at: path)
    },
    ListSchema(key: "seasons", kind: .season, extraFields: [.number]) { reader, object, path in
      .season(
        number: reader.fields.requiredInteger(
          object, "number", at: path, in: PackReader.seasonNumbers) ?? 0)
    },
    ListSchema(key: "episodes", kind: .episode, extraFields: [.season, .number]) {
      reader, object, path in
      .episode(
        season: reader.shared(reader.fields.requiredString(object, "season", at: path) ?? ""),
        number: reader.fields.optionalInteger(
          object, "number", at: path, in: PackReader.episodeNumbers))
    },
    ListSchema(key: "characters", kind: .character, extraFields: []) { _, _, _ in .character },
    ListSchema(key: "people", kind: .person, extraFields: []) { _, _, _ in .person },
    ListSchema(key: "credits", kind: .credit, extraFields: [.person, .character, .job, .work]) {
      reader, object, path in reader.readCredit(object, at: path)
    },
    ListSchema(
      key: "threads", kind: .thread,
      extraFields: [.characters, .seasons, .cliffhanger, .reveals]
    ) { reader, object, path in
      .thread(
        characters: reader.fields.strings(object, "characters", at: path).map { reader.shared($0) },
        seasons: reader.fields.strings(object, "seasons", at: path).map { reader.shared($0) },
        cliffhanger: reader.fields.optionalBool(object, "cliffhanger", at: path) ?? false)
    },
  ]

  /// What one top-level member gave: where its entities lie in the entities read so far
  /// (one run, in file order), and its problems, so that they can be put in the format's
  /// order whatever the file's is.
  private struct Section {
    var entities: Range<Int>
    var problems: [(path: String, message: String)] = []
  }

  /// The sections read so far, by top-level key, but for the one being read.
  private var sections: [String: Section] = [:]
  /// The section being read, and its key.
  private var openSection: (key: String, section: Section)?
  /// Fields of the top level outside the format, in file order.
  private var unknownFields: [(path: String, message: String)] = []
  /// The `format` and `version` members, as the file gives them.
  private var header: [(key: String, value: JSONValue)] = []
  /// True when the pack has a `sources` member that is not null.
  private var hasSources = false

  /// Reads the pack in `bytes` as the parser hands over its parts, each list item by item,
  /// so that the whole tree never exists beside the pack. Returns the pack, or nil, and
  /// the problems as (path, message); throws the first syntax error instead.
  /// Takes the bytes over, so that they are freed once parsed, before the entities are
  /// put in order.
  /// `direct` false reads every entity through its tree, as tests compare; `treesRead` is
  /// told how many entities of the lists were. `objects` is what
  /// `TopLevelItemCount.objects(in:)` gives for the bytes, when the caller has counted it.
  static func read(
    bytes: consuming [UInt8], objects: Int? = nil, direct: Bool = true,
    treesRead: (Int) -> Void = { _ in }
  ) throws(JSONSyntaxError) -> (
    pack: Pack?, problems: [(path: String, message: String)]
  ) {
    var reader = PackReader()
    let count = 1 + (objects ?? TopLevelItemCount.objects(in: bytes))
    reader.entities.reserveCapacity(count)
    reader.paths = EntityPaths(keys: pathKeys, capacity: count)
    reader.ids = PackIDs(count: count)
    let listKeys = Set(lists.map(\.key))
    var parsed = ParsedPrefix()
    guard
      let document = try JSONParser.parse(
        consume bytes, itemsOf: listKeys, releasing: &parsed,
        readItem: { key, index, parser in
          direct && reader.readDirectly(key: key, index: index, from: &parser)
        }, { reader.take($0) })
    else {
      treesRead(reader.entitiesReadThroughTrees)
      return reader.finish()
    }
    return read(document)
  }

  /// Reads `document`; returns the pack, or nil, and the problems as (path, message).
  static func read(_ document: JSONValue) -> (
    pack: Pack?, problems: [(path: String, message: String)]
  ) {
    var reader = PackReader()
    guard case .object(let members) = document else {
      reader.fields.report(
        "", "expected a JSON object at the top level, found \(document.typeName)")
      return (nil, reader.fields.takeProblems())
    }
    for (key, value) in members {
      guard case .array(let items) = value, lists.contains(where: { $0.key == key }) else {
        reader.take(.member(key: key, value: value))
        continue
      }
      reader.take(.arrayStart(key: key))
      for (index, item) in items.enumerated() {
        reader.take(.item(key: key, index: index, value: item))
      }
    }
    return reader.finish()
  }

  // MARK: - Document

  /// Reads one part of the top-level object into the section of its key.
  private mutating func take(_ part: JSONParser.TopLevelPart) {
    switch part {
    case .member(let key, let value):
      guard Self.topLevelKeys.contains(key) else {
        let echoed = SafeText.echo(key)
        unknownFields.append((echoed, "unknown field \"\(echoed)\""))
        return
      }
      if key == "format" || key == "version" {
        header.append((key, value))
        return
      }
      if key == "sources", value != .null { hasSources = true }
      inSection(key) { reader in
        guard let list = Self.lists.first(where: { $0.key == key }) else {
          reader.readEntity(
            value, at: "show", place: (0, nil), kind: .show, keys: Self.commonKeys
          ) { _, _, _ in
            .show
          }
          return
        }
        guard value != .null else { return }
        reader.incompleteKinds.insert(list.kind)
        reader.fields.report(key, "expected an array, found \(value.typeName)")
      }
    case .arrayStart(let key):
      if key == "sources" { hasSources = true }
      inSection(key) { _ in }
    case .item(let key, let index, let value):
      guard let number = Self.lists.firstIndex(where: { $0.key == key }) else { return }
      let list = Self.lists[number]
      entitiesReadThroughTrees += 1
      inSection(key) { reader in
        reader.readEntity(
          value, at: "\(key)[\(index)]", place: (number + 1, index), kind: list.kind,
          keys: list.keys, list.payload)
      }
    }
  }

  /// Runs `body`, the entities and problems it adds going to the section of `key`.
  private mutating func inSection(_ key: String, _ body: (inout PackReader) -> Void) {
    // The section being read stays out of the dictionary while its items come, so that
    // an entity costs no hashing of its list's key.
    if openSection?.key != key {
      closeSection()
      let section =
        sections.removeValue(forKey: key) ?? Section(entities: entities.count..<entities.count)
      openSection = (key, section)
    }
    body(&self)
    openSection!.section.entities = openSection!.section.entities.lowerBound..<entities.count
    if !fields.problems.isEmpty { openSection!.section.problems += fields.takeProblems() }
  }

  /// Puts the section being read back among the others.
  private mutating func closeSection() {
    guard let open = openSection.take() else { return }
    sections[open.key] = open.section
  }

  /// The pack and the problems, once every part is read: the unknown fields, the format,
  /// then the show and each list in the format's order.
  private mutating func finish() -> (pack: Pack?, problems: [(path: String, message: String)]) {
    closeSection()
    var problems = unknownFields
    let formatIsKnown = readFormat(.object(header))
    problems += fields.takeProblems()
    guard formatIsKnown else { return (nil, problems) }
    if sections["show"] == nil { problems.append(("show", "missing field \"show\"")) }
    let ordered = (["show"] + Self.lists.map(\.key)).compactMap { sections[$0] }
    for section in ordered { problems += section.problems }
    // A file whose lists come in the format's order, as packs are written, has its
    // entities in place already; only another order costs a reordered copy.
    if !zip(ordered, ordered.dropFirst()).allSatisfy({
      $0.entities.upperBound <= $1.entities.lowerBound
    }) {
      entities = ordered.flatMap { entities[$0.entities] }
      paths = paths.reordered(ordered.map(\.entities))
      ids = PackIDs(of: entities)
    }
    if !hasSources, citationCount > 0 {
      problems.append(
        (
          "sources",
          "missing field \"sources\", which the pack's \(citationCount) citation\(citationCount == 1 ? "" : "s") name"
        ))
      incompleteKinds.insert(.source)
    }
    var pack = Pack(entities: entities, paths: paths, sourceFiles: sourceFiles)
    pack.incompleteKinds = incompleteKinds
    pack.ids = ids
    pack.version = version
    return (pack, problems)
  }

  /// Checks `format` and `version`; false when the rest cannot be read as this format.
  private mutating func readFormat(_ root: JSONValue) -> Bool {
    guard let format = fields.requiredString(root, "format", at: "") else { return false }
    guard format == Pack.format else {
      fields.report(
        "format", "unknown format \"\(SafeText.echo(format))\", expected \"\(Pack.format)\"")
      return false
    }
    let numbers = Pack.supportedVersions.map(String.init)
    let supported =
      numbers.count == 1
      ? "version \(numbers[0])"
      : "versions \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last ?? "")"
    guard let value = root["version"] else {
      fields.report("version", "missing field \"version\" (this build reads \(supported))")
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
        numbers.count == 1
        ? "the integer \(numbers[0])"
        : "one of the integers \(numbers.joined(separator: ", "))"
      fields.report("version", "the version must be \(integers), found \(found)")
      return false
    }
    guard let version = Int(text), Pack.supportedVersions.contains(version) else {
      fields.report(
        "version",
        "unsupported version \(SafeText.echo(text)) (this build reads \(supported))")
      return false
    }
    self.version = version
    return true
  }

  // MARK: - Entities read straight from the bytes

  /// Reads item `index` of the list `key` straight from `parser`'s bytes into an entity,
  /// as the tree's reading would, when it has no problem: true, with the parser after it;
  /// else false, with the parser where it was.
  private mutating func readDirectly(key: String, index: Int, from parser: inout JSONParser)
    -> Bool
  {
    guard let number = Self.lists.firstIndex(where: { $0.key == key }) else { return false }
    let list = Self.lists[number]
    let start = parser.offset
    let fields: DirectEntityReader.Fields?
    do {
      // The table and the entities are taken once for the entity's references, which
      // copied the whole reader at each one when the closure called `shared`; the scope
      // ends their use before the entity is appended.
      let ids = ids
      let entities = entities
      fields = try? DirectEntityReader.read(
        &parser, keys: list.directKeys, names: list.directFields,
        share: { ids.shared($0, in: entities) },
        source: { ids.sharedSource($0, in: entities) }, shared: shared)
    }
    guard
      let read = fields,
      let id = read.id, let payload = read.payload(of: list.kind),
      let name = read.name ?? (list.kind == .credit ? "" : nil)
    else {
      parser.offset = start
      return false
    }
    if case .source(.article, nil) = payload, let file = read.file {
      sourceFiles.append((id: id, file: file, path: "\(key)[\(index)].file"))
    }
    citationCount += read.citationCount
    inSection(key) { reader in
      reader.entities.append(
        Entity(
          id: id, kind: list.kind, name: name, aliases: read.aliases, summary: read.summary,
          facts: read.facts, citations: read.citations, payload: payload))
      reader.paths.append(keyNumber: number + 1, index: index)
      reader.ids.add(reader.entities.count - 1, of: reader.entities)
    }
    return true
  }

  // MARK: - Entities

  private typealias PayloadReader = @Sendable (inout PackReader, JSONValue, String) -> EntityPayload

  /// Where an entity is: the number of its key in `pathKeys`, and its index in the list.
  private typealias Place = (keyNumber: Int, index: Int?)

  private mutating func readEntity(
    _ value: JSONValue, at path: String, place: Place, kind: EntityKind, keys: [String],
    _ payload: PayloadReader
  ) {
    guard let object = fields.object(value, at: path, allowed: keys)
    else {
      incompleteKinds.insert(kind)
      return
    }
    guard let id = fields.requiredString(object, "id", at: path) else {
      incompleteKinds.insert(kind)
      readFields(of: object, at: path, place: place, kind: kind, id: "", payload)
      return
    }
    readFields(of: object, at: path, place: place, kind: kind, id: id, payload)
  }

  /// `reference` sharing the storage of the id it names: see `PackIDs`.
  private func shared(_ reference: String) -> String { ids.shared(reference, in: entities) }

  private mutating func readFields(
    of object: JSONValue, at path: String, place: Place, kind: EntityKind, id: String,
    _ payload: PayloadReader
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
      payload: payload(&self, object, path),
      reveals: kind == .thread || kind == .source ? readReveals(object, at: path) : nil)
    entities.append(entity)
    paths.append(keyNumber: place.keyNumber, index: place.index)
    ids.add(entities.count - 1, of: entities)
  }

  private mutating func readSource(_ object: JSONValue, at path: String) -> EntityPayload {
    let kindText = fields.requiredString(object, "kind", at: path)
    var kind = SourceKind.article
    if let kindText {
      // A record is made by an importer; a pack file cites articles and outlets only.
      if let known = SourceKind(rawValue: kindText), known != .record {
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
    let person = shared(fields.requiredString(object, "person", at: path) ?? "")
    let character = fields.optionalString(object, "character", at: path).map { shared($0) }
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
    let items = fields.array(object, "facts", at: path)
    var facts: [Fact] = []
    facts.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      // Paths are built only for a problem's message.
      func factPath() -> String { JSONFieldReader.itemPath(path, "facts", index) }
      guard let fact = fields.object(item, at: factPath(), allowed: Self.factKeys) else {
        continue
      }
      let claimItems = fields.array(fact, "claims", at: factPath())
      var claims: [Claim] = []
      claims.reserveCapacity(claimItems.count)
      for (index, claim) in claimItems.enumerated() {
        if let claim = readClaim(
          claim, at: JSONFieldReader.itemPath(factPath(), "claims", index))
        {
          claims.append(claim)
        }
      }
      if claims.isEmpty { fields.report("\(factPath()).claims", "a fact needs at least one claim") }
      facts.append(
        Fact(
          label: fields.requiredString(fact, "label", at: factPath()) ?? "", claims: claims,
          reveals: readReveals(fact, at: factPath())))
    }
    return facts
  }

  private mutating func readClaim(_ value: JSONValue, at path: @autoclosure () -> String)
    -> Claim?
  {
    guard let claim = fields.object(value, at: path(), allowed: Self.claimKeys) else {
      return nil
    }
    let citations = readCitations(claim, at: path())
    switch claim["citations"] {
    case nil, .null?: fields.report(path(), "a claim needs at least one citation")
    case .array(let items)? where items.isEmpty:
      fields.report("\(path()).citations", "a claim needs at least one citation")
    default: break
    }
    return Claim(
      value: fields.requiredString(claim, "value", at: path()) ?? "",
      citations: citations,
      note: fields.optionalString(claim, "note", at: path()))
  }

  private mutating func readCitations(_ object: JSONValue, at path: @autoclosure () -> String)
    -> [Citation]
  {
    let items = fields.array(object, "citations", at: path())
    var citations: [Citation] = []
    citations.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      citationCount += 1
      func itemPath() -> String { JSONFieldReader.itemPath(path(), "citations", index) }
      guard let citation = fields.object(item, at: itemPath(), allowed: Self.citationKeys)
      else { continue }
      var read = Citation(
        source: shared(fields.requiredString(citation, "source", at: itemPath()) ?? ""),
        quote: fields.requiredString(citation, "quote", at: itemPath()) ?? "",
        via: fields.optionalString(citation, "via", at: itemPath()).map { shared($0) })
      read.reveals = readReveals(citation, at: itemPath())
      citations.append(read)
    }
    return citations
  }

  /// The `reveals` member of `object` (a season or an episode id); validation checks what
  /// it names, and that the pack's version has it.
  private mutating func readReveals(_ object: JSONValue, at path: @autoclosure () -> String)
    -> String?
  {
    fields.optionalString(object, "reveals", at: path()).map { shared($0) }
  }
}
