import Glibc

/// Reads a pack's entity straight from its bytes, in one walk and without building its JSON
/// tree, when the entity has nothing the schema would report. At the first thing that
/// would be a problem (a field outside the format, a wrong type, an empty string, a missing
/// field, a syntax error, even an escaped key) it gives up, and the parser builds the
/// entity's tree for `PackReader` to read and report as always, so that every message
/// stays what it was.
struct DirectEntityReader {
  /// Given up: the entity is read through its tree instead.
  struct Fallback: Error {}

  /// The fields of every kind of entity, by name in the file.
  enum Field: String, CaseIterable {
    case id, name, aliases, summary, facts, citations, kind, text, file, number, season
    case person, character, job, work, characters, seasons, cliffhanger
    /// The point a thread or an article reveals: rare, and read through the tree.
    case reveals
  }

  /// What an entity's fields held, before the reader builds the entity of its kind.
  struct Fields {
    var id: String?
    var name: String?
    var aliases: [String] = []
    var summary: String?
    var facts: [Fact] = []
    var citations: [Citation] = []
    var kind: String?
    var text: String?
    var file: String?
    var number: Int?
    var season: String?
    var person: String?
    var character: String?
    var job: String?
    var work: String?
    var characters: [String] = []
    var seasons: [String] = []
    var cliffhanger: Bool?
    /// The citations the entity holds, its facts' included.
    var citationCount = 0

    /// The payload of an entity of `kind` with these fields, or nil when they have a
    /// problem that only the tree's reading reports.
    func payload(of kind: EntityKind) -> EntityPayload? {
      switch kind {
      case .show: return .show
      case .character: return .character
      case .person: return .person
      case .season:
        guard let number, PackReader.seasonNumbers.contains(number) else {
          return nil
        }
        return .season(number: number)
      case .episode:
        guard let season else { return nil }
        if let number, !PackReader.episodeNumbers.contains(number) { return nil }
        return .episode(season: season, number: number)
      case .credit:
        guard let person, character != nil || job != nil else {
          return nil
        }
        return .credit(person: person, character: character, job: job, work: work)
      case .thread:
        return .thread(
          characters: characters, seasons: seasons,
          cliffhanger: cliffhanger ?? false)
      case .source:
        switch (self.kind.flatMap(SourceKind.init(rawValue:)), text, file) {
        case (.article?, .some(let text), nil): return .source(kind: .article, text: text)
        case (.article?, nil, .some): return .source(kind: .article, text: nil)
        case (.outlet?, nil, nil): return .source(kind: .outlet, text: nil)
        default: return nil
        }
      }
    }
  }

  /// The names of the keys of one kind of object, as bytes, in the order that numbers them:
  /// one run of bytes and where each name starts in it, so that matching a key reads two
  /// arrays rather than retaining one array per name it compares.
  struct Keys {
    /// The names' bytes, one after another.
    fileprivate let bytes: [UInt8]
    /// Where each name starts in `bytes`, and where the last one ends.
    fileprivate let starts: [Int]

    /// The keys named by `names`.
    init(_ names: [String]) {
      bytes = names.flatMap { Array($0.utf8) }
      var starts = [0]
      for name in names { starts.append(starts[starts.count - 1] + name.utf8.count) }
      self.starts = starts
    }

    /// The number of the name whose bytes are the `count` bytes at `key`, if any.
    func number(of key: UnsafePointer<UInt8>, count: Int) -> Int? {
      bytes.withUnsafeBufferPointer { bytes in
        starts.withUnsafeBufferPointer { starts in
          guard let names = bytes.baseAddress else {
            return count == 0 && starts.count > 1 ? 0 : nil
          }
          for number in 0..<starts.count - 1
          where starts[number + 1] - starts[number] == count
            && memcmp(key, names + starts[number], count) == 0
          {
            return number
          }
          return nil
        }
      }
    }
  }

  private static let factKeys = Keys(["label", "claims"])
  private static let claimKeys = Keys(["value", "citations", "note"])
  private static let citationKeys = Keys(["source", "quote", "via"])

  /// A reference sharing the storage of the id read before that it names.
  private let share: (String) -> String
  /// A citation's source sharing the storage of the id it names, and the place and text
  /// of that entity when it is an article read before with its text inline: a quote found
  /// in that text byte for byte is read from there. One lookup gives both.
  private let source: (String) -> (id: String, article: (place: Int, text: String)?)
  /// The origins and outlets the citations share, and the lists that repeat.
  private let shared: SharedValues
  /// The file's bytes, where a quote without escapes is read from.
  private let bytes: UnsafeBufferPointer<UInt8>
  private var fields = Fields()

  /// Reads the entity object at `parser`'s offset, whose allowed fields are `keys` (each
  /// named by `names`), leaving the offset after it; throws `Fallback`, with the offset
  /// anywhere, when the entity is to be read through its tree. References are passed
  /// through `share`, which gives them the storage of the ids they name (a citation's
  /// source through `source`, which also gives its article); a quote found byte for byte
  /// in its article's text is read from there, and lists that repeat are shared, through
  /// `shared` (see `SharedValues`).
  static func read(
    _ parser: inout JSONParser, keys: Keys, names: [Field], share: (String) -> String,
    source: (String) -> (id: String, article: (place: Int, text: String)?) = { ($0, nil) },
    shared: SharedValues = SharedValues()
  ) throws(Fallback) -> Fields {
    try withoutActuallyEscaping(share) { share throws(Fallback) in
      try withoutActuallyEscaping(source) { source throws(Fallback) in
        var reader = DirectEntityReader(
          share: share, source: source, shared: shared, bytes: parser.bytes)
        try members(of: &parser, keys) { index, parser throws(Fallback) in
          try reader.readField(names[index], from: &parser)
        }
        // Moved out rather than copied, so that the reader ends with nothing to release.
        var fields = Fields()
        swap(&fields, &reader.fields)
        return fields
      }
    }
  }

  private init(
    share: @escaping (String) -> String,
    source: @escaping (String) -> (id: String, article: (place: Int, text: String)?),
    shared: SharedValues,
    bytes: UnsafeBufferPointer<UInt8>
  ) {
    self.share = share
    self.source = source
    self.shared = shared
    self.bytes = bytes
  }

  // MARK: - Fields

  private mutating func readField(_ field: Field, from parser: inout JSONParser)
    throws(Fallback)
  {
    switch field {
    case .id: fields.id = try Self.requiredString(&parser)
    case .name: fields.name = try Self.optionalString(&parser)
    case .aliases: fields.aliases = shared.shared(try Self.strings(&parser))
    case .summary: fields.summary = try Self.optionalString(&parser)
    case .facts: fields.facts = try readFacts(&parser)
    case .citations: fields.citations = try readCitations(&parser)
    case .kind: fields.kind = try Self.requiredString(&parser)
    case .text: fields.text = try Self.optionalString(&parser)
    case .file: fields.file = try Self.optionalString(&parser)
    case .number: fields.number = try Self.optionalInteger(&parser)
    case .season: fields.season = share(try Self.requiredString(&parser))
    case .person: fields.person = share(try Self.requiredString(&parser))
    case .character: fields.character = try Self.optionalString(&parser).map { share($0) }
    case .job: fields.job = try Self.optionalString(&parser)
    case .work: fields.work = try Self.optionalString(&parser)
    case .characters: fields.characters = try Self.strings(&parser).map { share($0) }
    case .seasons: fields.seasons = shared.shared(try Self.strings(&parser).map { share($0) })
    case .cliffhanger: fields.cliffhanger = try Self.optionalBool(&parser)
    case .reveals: throw Fallback()
    }
  }

  private mutating func readFacts(_ parser: inout JSONParser) throws(Fallback) -> [Fact] {
    var facts: [Fact] = []
    try Self.items(of: &parser) { parser throws(Fallback) in
      var label: String?
      var claims: [Claim] = []
      try Self.members(of: &parser, Self.factKeys) { index, parser throws(Fallback) in
        if index == 0 {
          label = try Self.requiredString(&parser)
        } else {
          claims = try readClaims(&parser)
        }
      }
      // A fact needs a label and at least one claim.
      guard let label, !claims.isEmpty else { throw Fallback() }
      facts.append(Fact(label: label, claims: claims))
    }
    return facts
  }

  private mutating func readClaims(_ parser: inout JSONParser) throws(Fallback) -> [Claim] {
    var claims: [Claim] = []
    try Self.items(of: &parser) { parser throws(Fallback) in
      var value: String?
      var citations: [Citation] = []
      var note: String?
      try Self.members(of: &parser, Self.claimKeys) { index, parser throws(Fallback) in
        switch index {
        case 0: value = try Self.requiredString(&parser)
        case 1: citations = try readCitations(&parser)
        default: note = try Self.optionalString(&parser)
        }
      }
      // A claim needs a value and at least one citation.
      guard let value, !citations.isEmpty else { throw Fallback() }
      claims.append(Claim(value: value, citations: citations, note: note))
    }
    return claims
  }

  private mutating func readCitations(_ parser: inout JSONParser) throws(Fallback) -> [Citation] {
    var citations: [Citation] = []
    try Self.items(of: &parser) { parser throws(Fallback) in
      var cited: String?
      var quote: Quote?
      var via: String?
      try Self.members(of: &parser, Self.citationKeys) { index, parser throws(Fallback) in
        switch index {
        case 0: cited = try Self.requiredString(&parser)
        case 1: quote = try Self.requiredQuote(&parser)
        default: via = try Self.optionalString(&parser).map { share($0) }
        }
      }
      guard let cited, let quote else { throw Fallback() }
      citations.append(citation(source: cited, quote: quote, via: via))
    }
    fields.citationCount += citations.count
    return citations
  }

  // MARK: - Quotes

  /// A quote as read: where its bytes are in the file, or, when it holds an escape, the
  /// string it decodes to.
  private enum Quote {
    case bytes(Range<Int>)
    case decoded(String)
  }

  /// A quote: a non-empty string, as `requiredString` reads it, but not made into a
  /// string when it holds no escape.
  private static func requiredQuote(_ parser: inout JSONParser) throws(Fallback) -> Quote {
    guard parser.peek() == UInt8(ascii: "\"") else { throw Fallback() }
    let start = parser.offset
    let found: Range<Int>?
    do { found = try parser.parseUnescapedString() } catch { throw Fallback() }
    guard let range = found else { return .decoded(try requiredString(&parser)) }
    guard let first = range.isEmpty ? nil : parser.bytes[range.lowerBound] else {
      throw Fallback()
    }
    if first >= 0x80 || first == 0x20 || (0x09...0x0D).contains(first) {
      // Perhaps only whitespace: read as every other string is, to tell.
      parser.offset = start
      return .decoded(try requiredString(&parser))
    }
    return .bytes(range)
  }

  /// The citation of `source` through `via` with `quote`, read from its article's text
  /// where that holds it byte for byte.
  private func citation(source: String, quote: Quote, via: String?) -> Citation {
    switch quote {
    case .bytes(let range):
      return shared.citation(
        source: source, via: via, quote: UnsafeBufferPointer(rebasing: bytes[range]),
        resolve: self.source)
    case .decoded(var text):
      return text.withUTF8 { quote in
        shared.citation(source: source, via: via, quote: quote, resolve: self.source)
      }
    }
  }

  // MARK: - Values

  /// A non-empty string; anything else, null included, is a problem.
  private static func requiredString(_ parser: inout JSONParser) throws(Fallback) -> String {
    guard parser.peek() == UInt8(ascii: "\"") else { throw Fallback() }
    let text: String
    do { text = try parser.parseString() } catch { throw Fallback() }
    guard !JSONFieldReader.isBlank(text) else { throw Fallback() }
    return text
  }

  /// A non-empty string, or nil for null.
  private static func optionalString(_ parser: inout JSONParser) throws(Fallback) -> String? {
    if try null(&parser) { return nil }
    return try requiredString(&parser)
  }

  /// The non-empty strings of an array; none for null.
  private static func strings(_ parser: inout JSONParser) throws(Fallback) -> [String] {
    var strings: [String] = []
    try items(of: &parser) { parser throws(Fallback) in
      strings.append(try requiredString(&parser))
    }
    return strings
  }

  /// An integer written without fraction or exponent, or nil for null. The range of the
  /// field is checked by the caller.
  private static func optionalInteger(_ parser: inout JSONParser) throws(Fallback) -> Int? {
    if try null(&parser) { return nil }
    guard let first = parser.peek(),
      first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { throw Fallback() }
    let value: JSONValue
    do { value = try parser.parseNumber() } catch { throw Fallback() }
    guard case .number(let text) = value, JSONFieldReader.isInteger(text), let number = Int(text)
    else { throw Fallback() }
    return number
  }

  /// `true` or `false`, or nil for null.
  private static func optionalBool(_ parser: inout JSONParser) throws(Fallback) -> Bool? {
    if try null(&parser) { return nil }
    for (word, flag) in [("true", true), ("false", false)] where parser.peek() == word.utf8.first {
      do { _ = try parser.parseLiteral(word, .bool(flag)) } catch { throw Fallback() }
      return flag
    }
    throw Fallback()
  }

  /// True, with the parser after it, when a null stands at the parser's offset.
  private static func null(_ parser: inout JSONParser) throws(Fallback) -> Bool {
    guard parser.peek() == UInt8(ascii: "n") else { return false }
    do { _ = try parser.parseLiteral("null", .null) } catch { throw Fallback() }
    return true
  }

  // MARK: - Containers

  /// Steps through the array at the parser's offset (or a null, as an empty array), handing
  /// `item` the parser at each item's value; `item` must parse it.
  private static func items(
    of parser: inout JSONParser, _ item: (inout JSONParser) throws(Fallback) -> Void
  ) throws(Fallback) {
    if try null(&parser) { return }
    guard parser.peek() == UInt8(ascii: "[") else { throw Fallback() }
    parser.offset += 1
    parser.skipWhitespace()
    if parser.peek() == UInt8(ascii: "]") {
      parser.offset += 1
      return
    }
    while true {
      try item(&parser)
      parser.skipWhitespace()
      switch parser.peek() {
      case UInt8(ascii: ","):
        parser.offset += 1
        parser.skipWhitespace()
      case UInt8(ascii: "]"):
        parser.offset += 1
        return
      default: throw Fallback()
      }
    }
  }

  /// Steps through the object at the parser's offset, handing `member` the number of each
  /// member's key in `keys` and the parser at its value; `member` must parse it. A key
  /// outside `keys`, given twice, or escaped is a fallback.
  private static func members(
    of parser: inout JSONParser, _ keys: Keys,
    _ member: (Int, inout JSONParser) throws(Fallback) -> Void
  ) throws(Fallback) {
    guard parser.peek() == UInt8(ascii: "{") else { throw Fallback() }
    parser.offset += 1
    parser.skipWhitespace()
    if parser.peek() == UInt8(ascii: "}") {
      parser.offset += 1
      return
    }
    var seen: UInt64 = 0
    while true {
      let index = try key(&parser, keys)
      guard index < 64, seen & (1 << index) == 0 else { throw Fallback() }
      seen |= 1 << index
      parser.skipWhitespace()
      guard parser.peek() == UInt8(ascii: ":") else { throw Fallback() }
      parser.offset += 1
      parser.skipWhitespace()
      try member(index, &parser)
      parser.skipWhitespace()
      switch parser.peek() {
      case UInt8(ascii: ","):
        parser.offset += 1
        parser.skipWhitespace()
      case UInt8(ascii: "}"):
        parser.offset += 1
        return
      default: throw Fallback()
      }
    }
  }

  /// The number in `keys` of the key at the parser's offset, with the parser after it.
  private static func key(_ parser: inout JSONParser, _ keys: Keys) throws(Fallback) -> Int {
    let bytes = parser.bytes
    guard let base = bytes.baseAddress, parser.peek() == UInt8(ascii: "\"") else {
      throw Fallback()
    }
    let start = parser.offset + 1
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
      // An escape or a control byte: the tree's reading says what it means.
      guard bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 else { throw Fallback() }
      end += 1
    }
    guard end < bytes.count, let index = keys.number(of: base + start, count: end - start)
    else { throw Fallback() }
    parser.offset = end + 1
    return index
  }
}
