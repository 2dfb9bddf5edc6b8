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
    #expect(throws: EntityDecoder.Damage(message: "record version 2, expected 1")) {
      try EntityDecoder.entity(from: [2] + record.dropFirst())
    }
  }
}
