import ShowModel

/// Reads a record that `EntityEncoder` wrote; any byte out of place is damage, reported,
/// never guessed at.
struct EntityDecoder {
  /// A record that cannot be read.
  struct Damage: Error, Equatable {
    /// What is wrong, in a few words.
    var message: String
  }

  /// The record's bytes, which the caller keeps alive while the decoder reads them.
  private let bytes: UnsafeBufferPointer<UInt8>
  private var offset = 0
  private let sharing: CitationSharing
  /// True while reading a record of `EntityEncoder.revealingVersion`.
  private var readsReveals = false

  private init(bytes: UnsafeBufferPointer<UInt8>, sharing: CitationSharing) {
    self.bytes = bytes
    self.sharing = sharing
  }

  /// The entity in `record`; its citations share their parts with those made before
  /// through `sharing` (one pack's records are read with one).
  static func entity(from record: [UInt8], sharing: CitationSharing) throws(Damage) -> Entity {
    try record.withUnsafeBufferPointer { (bytes) throws(Damage) in
      try entity(from: bytes, sharing: sharing)
    }
  }

  /// The entity in the record `bytes`, read in place.
  static func entity(
    from bytes: UnsafeBufferPointer<UInt8>, sharing: CitationSharing
  ) throws(Damage) -> Entity {
    var decoder = EntityDecoder(bytes: bytes, sharing: sharing)
    let entity = try decoder.readEntity()
    guard decoder.offset == bytes.count else { throw Damage(message: "bytes after the record") }
    return entity
  }

  /// The entity in `record`, its citations sharing nothing with another entity's.
  static func entity(from record: [UInt8]) throws(Damage) -> Entity {
    try entity(from: record, sharing: CitationSharing())
  }

  private mutating func readEntity() throws(Damage) -> Entity {
    let version = try byte()
    guard version == EntityEncoder.version || version == EntityEncoder.revealingVersion else {
      throw Damage(
        message:
          "record version \(version), expected \(EntityEncoder.version) or "
          + "\(EntityEncoder.revealingVersion)")
    }
    readsReveals = version == EntityEncoder.revealingVersion
    let kind = try code(EntityCodes.kinds)
    let id = try string()
    let name = try string()
    let aliases = try list { (decoder: inout EntityDecoder) throws(Damage) in try decoder.string() }
    let summary = try optional { (decoder: inout EntityDecoder) throws(Damage) in
      try decoder.string()
    }
    let facts = try list { (decoder: inout EntityDecoder) throws(Damage) -> Fact in
      let label = try decoder.string()
      let reveals = try decoder.reveals()
      let claims = try decoder.list { (decoder: inout EntityDecoder) throws(Damage) -> Claim in
        let value = try decoder.string()
        let note = try decoder.optional { (decoder: inout EntityDecoder) throws(Damage) in
          try decoder.string()
        }
        let citations = try decoder.list { (decoder: inout EntityDecoder) throws(Damage) in
          try decoder.citation()
        }
        return Claim(value: value, citations: citations, note: note)
      }
      return Fact(label: label, claims: claims, reveals: reveals)
    }
    let citations = try list { (decoder: inout EntityDecoder) throws(Damage) in
      try decoder.citation()
    }
    let payload = try readPayload()
    return Entity(
      id: id, kind: kind, name: name, aliases: aliases, summary: summary, facts: facts,
      citations: citations, payload: payload, reveals: try reveals())
  }

  /// The point something reveals, in a record that holds them; else nil.
  private mutating func reveals() throws(Damage) -> String? {
    guard readsReveals else { return nil }
    return try optional { (decoder: inout EntityDecoder) throws(Damage) in try decoder.string() }
  }

  private mutating func citation() throws(Damage) -> Citation {
    let source = try string()
    let quote = try utf8()
    let via = try optional { (decoder: inout EntityDecoder) throws(Damage) in try decoder.string() }
    var citation = sharing.citation(source: source, quote: quote, via: via)
    if let reveals = try reveals() { citation.reveals = reveals }
    return citation
  }

  private mutating func readPayload() throws(Damage) -> EntityPayload {
    let optionalString = { (decoder: inout EntityDecoder) throws(Damage) in try decoder.string() }
    switch try byte() {
    case 0: return .show
    case 1: return .season(number: try integer())
    case 2:
      let season = try string()
      let number = try optional { (decoder: inout EntityDecoder) throws(Damage) in
        try decoder.integer()
      }
      return .episode(season: season, number: number)
    case 3: return .character
    case 4: return .person
    case 5:
      let person = try string()
      let character = try optional(optionalString)
      let job = try optional(optionalString)
      let work = try optional(optionalString)
      return .credit(person: person, character: character, job: job, work: work)
    case 6:
      let characters = try list(optionalString)
      let seasons = try list(optionalString)
      return .thread(characters: characters, seasons: seasons, cliffhanger: try byte() != 0)
    case 7:
      let kind = try code(EntityCodes.sourceKinds)
      return .source(kind: kind, text: try optional(optionalString))
    case let tag:
      throw Damage(message: "unknown payload \(tag)")
    }
  }

  // MARK: - Parts

  private mutating func byte() throws(Damage) -> UInt8 {
    guard offset < bytes.count else { throw Damage(message: "record cut short") }
    defer { offset += 1 }
    return bytes[offset]
  }

  private mutating func code<Value>(_ values: [Value]) throws(Damage) -> Value {
    let code = Int(try byte())
    guard code < values.count else { throw Damage(message: "unknown code \(code)") }
    return values[code]
  }

  private mutating func length() throws(Damage) -> Int {
    var value: UInt = 0
    var shift: UInt = 0
    while true {
      let next = try byte()
      // Ten bytes of seven bits hold 64; the tenth may add one bit.
      guard shift < 63 || (shift == 63 && next <= 1) else {
        throw Damage(message: "number too long")
      }
      value |= UInt(next & 0x7F) << shift
      if next < 0x80 { break }
      shift += 7
    }
    return Int(bitPattern: value)
  }

  private mutating func integer() throws(Damage) -> Int {
    let coded = UInt(bitPattern: try length())
    return Int(bitPattern: coded >> 1) ^ -Int(bitPattern: coded & 1)
  }

  private mutating func string() throws(Damage) -> String {
    let slice = try utf8()
    // Valid: decoding repairs nothing.
    return String(decoding: slice, as: UTF8.self)
  }

  /// The bytes of a string, checked to be valid UTF-8, in place.
  private mutating func utf8() throws(Damage) -> UnsafeBufferPointer<UInt8> {
    let count = try length()
    guard count >= 0, count <= bytes.count - offset else {
      throw Damage(message: "string longer than the record")
    }
    let slice = UnsafeBufferPointer(rebasing: bytes[offset..<offset + count])
    offset += count
    // Most text is ASCII, which needs no more checking: `String(validating:)` is generic,
    // and looking up its types for every string cost more than reading the string.
    guard Self.isASCII(slice) || String(validating: slice, as: UTF8.self) != nil else {
      throw Damage(message: "text that is not UTF-8")
    }
    return slice
  }

  /// True when every byte is below 0x80, checked eight bytes at a time.
  private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= bytes.count {
      if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
        return false
      }
      index += 8
    }
    while index < bytes.count {
      if bytes[index] >= 0x80 { return false }
      index += 1
    }
    return true
  }

  private mutating func list<Item>(
    _ readItem: (inout EntityDecoder) throws(Damage) -> Item
  ) throws(Damage) -> [Item] {
    let count = try length()
    // Each item takes at least a byte: a count larger than what is left is damage, not
    // an allocation to make.
    guard count >= 0, count <= bytes.count - offset else {
      throw Damage(message: "list longer than the record")
    }
    var items: [Item] = []
    items.reserveCapacity(count)
    for _ in 0..<count { items.append(try readItem(&self)) }
    return items
  }

  private mutating func optional<Item>(
    _ readItem: (inout EntityDecoder) throws(Damage) -> Item
  ) throws(Damage) -> Item? {
    switch try byte() {
    case 0: return nil
    case 1: return try readItem(&self)
    case let flag: throw Damage(message: "flag \(flag), expected 0 or 1")
    }
  }
}
