import ShowModel

/// Writes an entity as the library stores it: a compact binary record that reads back
/// without parsing JSON or validating the pack again. Strings are a length (a base-128
/// number) and their UTF-8 bytes; optional values have a flag byte before them.
struct EntityEncoder {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// The first byte of every record: a record of another version is refused, not misread.
  /// Version 2 adds the point revealed after each fact's label, each citation's outlet and
  /// the payload; a record with nothing revealed is written as version 1, as before.
  static let version: UInt8 = 1
  /// The version of a record that reveals a season or an episode somewhere.
  static let revealingVersion: UInt8 = 2
  /// True while writing a record of `revealingVersion`.
  private var writesReveals = false

  /// The record of `entity`.
  static func record(of entity: Entity) -> [UInt8] {
    var encoder = EntityEncoder()
    encoder.write(entity)
    return encoder.bytes
  }

  private mutating func write(_ entity: Entity) {
    writesReveals = entity.revealsAnything
    bytes.append(writesReveals ? Self.revealingVersion : Self.version)
    bytes.append(EntityCodes.code(of: entity.kind))
    write(entity.id)
    write(entity.name)
    writeList(entity.aliases) { $0.write($1) }
    writeOptional(entity.summary) { $0.write($1) }
    writeList(entity.facts) { encoder, fact in
      encoder.write(fact.label)
      encoder.writeReveals(fact.reveals)
      encoder.writeList(fact.claims) { encoder, claim in
        encoder.write(claim.value)
        encoder.writeOptional(claim.note) { $0.write($1) }
        encoder.writeList(claim.citations) { $0.write($1) }
      }
    }
    writeList(entity.citations) { $0.write($1) }
    write(entity.payload)
    writeReveals(entity.reveals)
  }

  /// The point something reveals, in a record that holds them.
  private mutating func writeReveals(_ reveals: String?) {
    if writesReveals { writeOptional(reveals) { $0.write($1) } }
  }

  private mutating func write(_ citation: Citation) {
    write(citation.source)
    write(citation.quote)
    writeOptional(citation.via) { $0.write($1) }
    writeReveals(citation.reveals)
  }

  private mutating func write(_ payload: EntityPayload) {
    switch payload {
    case .show:
      bytes.append(0)
    case .season(let number):
      bytes.append(1)
      write(number)
    case .episode(let season, let number):
      bytes.append(2)
      write(season)
      writeOptional(number) { $0.write($1) }
    case .character:
      bytes.append(3)
    case .person:
      bytes.append(4)
    case .credit(let person, let character, let job, let work):
      bytes.append(5)
      write(person)
      for part in [character, job, work] { writeOptional(part) { $0.write($1) } }
    case .thread(let characters, let seasons, let cliffhanger):
      bytes.append(6)
      writeList(characters) { $0.write($1) }
      writeList(seasons) { $0.write($1) }
      bytes.append(cliffhanger ? 1 : 0)
    case .source(let kind, let text):
      bytes.append(7)
      bytes.append(EntityCodes.code(of: kind))
      writeOptional(text) { $0.write($1) }
    }
  }

  private mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      writeLength(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// An integer, zigzag-coded so that small negative numbers stay short; any Int, by its
  /// bits.
  private mutating func write(_ number: Int) {
    writeLength(Int(bitPattern: UInt(bitPattern: (number << 1) ^ (number >> (Int.bitWidth - 1)))))
  }

  private mutating func writeLength(_ length: Int) {
    var value = UInt(bitPattern: length)
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  private mutating func writeList<Item>(
    _ items: [Item], _ writeItem: (inout EntityEncoder, Item) -> Void
  ) {
    writeLength(items.count)
    for item in items { writeItem(&self, item) }
  }

  private mutating func writeOptional<Item>(
    _ item: Item?, _ writeItem: (inout EntityEncoder, Item) -> Void
  ) {
    guard let item else {
      bytes.append(0)
      return
    }
    bytes.append(1)
    writeItem(&self, item)
  }
}

/// The byte codes of kinds in a stored record; fixed, whatever order the enums list.
enum EntityCodes {
  static let kinds: [EntityKind] = [
    .show, .season, .episode, .character, .person, .credit, .thread, .source,
  ]
  static let sourceKinds: [SourceKind] = [.article, .outlet, .record]

  static func code(of kind: EntityKind) -> UInt8 {
    UInt8(kinds.firstIndex(of: kind) ?? 0)
  }

  static func code(of kind: SourceKind) -> UInt8 {
    UInt8(sourceKinds.firstIndex(of: kind) ?? 0)
  }
}
