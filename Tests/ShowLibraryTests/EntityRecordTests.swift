import ShowModel
import Testing

@testable import ShowLibrary

/// An entity stored as a record reads back equal, and a damaged record is refused.
struct EntityRecordTests {
  @Test func everyEntityOfTheBuiltInShowAndOfATVmazeShowReadsBackEqual() throws {
    let entities = try builtInEntities() + harborLights().pack.entities
    for entity in entities {
      let record = EntityEncoder.record(of: entity)
      #expect(try EntityDecoder.entity(from: record) == entity, "\(entity.id)")
    }
  }

  @Test func payloadsOfEveryKindAndNegativeNumbersReadBack() throws {
    let citation = Citation(source: "a", quote: "q — ü", via: "v")
    let entities = [
      Entity(id: "s", kind: .season, name: "S", payload: .season(number: -3)),
      Entity(
        id: "e", kind: .episode, name: "E", aliases: ["x", ""], summary: "",
        payload: .episode(season: "s", number: 1 << 40)),
      Entity(
        id: "c", kind: .credit, name: "",
        facts: [
          Fact(label: "L", claims: [Claim(value: "v", citations: [citation], note: "n")])
        ], payload: .credit(person: "p", character: nil, job: "Writer", work: "W")),
      Entity(
        id: "t", kind: .thread, name: "T",
        payload: .thread(characters: ["c1", "c2"], seasons: [], cliffhanger: true)),
      Entity(id: "o", kind: .source, name: "O", payload: .source(kind: .outlet, text: nil)),
      Entity(id: "big", kind: .season, name: "B", payload: .season(number: Int.max)),
      Entity(id: "small", kind: .season, name: "B", payload: .season(number: Int.min)),
      Entity(
        id: "e2", kind: .episode, name: "E", payload: .episode(season: "s", number: 1 << 62)),
      Entity(
        id: "e3", kind: .episode, name: "E", payload: .episode(season: "s", number: -(1 << 62))),
    ]
    for entity in entities {
      #expect(try EntityDecoder.entity(from: EntityEncoder.record(of: entity)) == entity)
    }
  }

  /// What a thread, a fact and a citation reveal is kept, in a record of version 2; a
  /// record that reveals nothing is written as version 1, byte for byte as before.
  @Test func pointsRevealedReadBackAndOnlyTheyChangeTheRecordVersion() throws {
    var citation = Citation(source: "a", quote: "q", via: "v")
    citation.reveals = "s01e13"
    let plain = Citation(source: "a", quote: "q")
    let entity = Entity(
      id: "t", kind: .thread, name: "T",
      facts: [
        Fact(label: "L", claims: [Claim(value: "v", citations: [plain])], reveals: "season-2"),
        Fact(label: "M", claims: [Claim(value: "w", citations: [citation])]),
      ],
      citations: [plain, citation],
      payload: .thread(characters: [], seasons: [], cliffhanger: false), reveals: "s01e13")
    let record = EntityEncoder.record(of: entity)
    #expect(record.first == 2)
    let read = try EntityDecoder.entity(from: record)
    #expect(read == entity)
    #expect(read.reveals == "s01e13")
    #expect(read.facts.map(\.reveals) == ["season-2", nil])
    #expect(read.allCitations.map(\.reveals) == [nil, "s01e13", nil, "s01e13"])
    var unrevealing = entity
    unrevealing.reveals = nil
    #expect(unrevealing != entity)
    let builtIn = try builtInEntities().filter { !$0.revealsAnything }
    #expect(builtIn.allSatisfy { EntityEncoder.record(of: $0).first == 1 })
  }

  /// Every cut of a record, and every byte of it changed, is either read as some entity
  /// or refused with a reason: never a crash, never an allocation the record cannot hold.
  @Test func aCutOrChangedRecordIsRefusedNotMisread() throws {
    let entity = try harborLights().pack.entities[0]
    let record = EntityEncoder.record(of: entity)
    for count in 0..<record.count {
      #expect(throws: EntityDecoder.Damage.self) {
        try EntityDecoder.entity(from: Array(record.prefix(count)))
      }
    }
    #expect(throws: EntityDecoder.Damage(message: "bytes after the record")) {
      try EntityDecoder.entity(from: record + [0])
    }
    var refused = 0
    for index in record.indices {
      for value: UInt8 in [0x00, 0x7F, 0xFF] where record[index] != value {
        var changed = record
        changed[index] = value
        do {
          _ = try EntityDecoder.entity(from: changed)
        } catch {
          refused += 1
        }
      }
    }
    #expect(refused > 0)
    #expect(throws: EntityDecoder.Damage(message: "record version 3, expected 1 or 2")) {
      try EntityDecoder.entity(from: [3] + record.dropFirst())
    }
  }
}
