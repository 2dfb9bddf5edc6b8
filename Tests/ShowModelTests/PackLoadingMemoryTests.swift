import Foundation
import Glibc
import Testing

@testable import ShowModel

/// What opening a pack keeps in memory: the file read into one buffer of its own size, the
/// UTF-8 checked where it lies, and the entities handed to the catalog without a copy.
@Suite struct PackLoadingMemoryTests {
  @Test func fileIsReadIntoOneBufferOfItsOwnSize() throws {
    // Growing by doubling left up to twice the file's size allocated (a 100,000-byte file
    // ended in a buffer of 131,072 or more), with the old and new buffers alive at once.
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("tvbrowse-file-bytes-\(UUID().uuidString).json").path
    defer { unlink(path) }
    let size = 100_000
    let written = [UInt8](repeating: UInt8(ascii: "x"), count: size)
    let file = fopen(path, "w")
    try #require(file != nil)
    #expect(fwrite(written, 1, size, file) == size)
    fclose(file)
    let bytes = try FileBytes.read(path, limit: Pack.maximumFileSize)
    #expect(bytes == written)
    // The allocator may round the buffer up by a few bytes, never by a doubling.
    #expect(bytes.capacity < size + size / 8)
  }

  @Test func invalidUTF8IsFoundWhereADecoderFindsIt() {
    // Every sequence of up to three bytes drawn from the bytes at the edges of the
    // well-formed ranges, after a run of ASCII long enough for the eight-byte steps.
    let edges: [UInt8] = [
      0x00, 0x0A, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
      0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    var sequences: [[UInt8]] = [[]]
    var last: [[UInt8]] = [[]]
    for _ in 0..<3 {
      last = last.flatMap { prefix in edges.map { prefix + [$0] } }
      sequences += last
    }
    let ascii = [UInt8]("Hannah\nBaker, ".utf8)
    for sequence in sequences {
      let bytes = ascii + sequence + [0x80, 0x41]
      let expected = Self.decoderOffset(bytes)
      let found = FileBytes.firstInvalidUTF8(in: bytes)
      #expect(found?.offset == expected, "\(sequence)")
      let valid = ascii + sequence
      #expect(
        (FileBytes.firstInvalidUTF8(in: valid) == nil)
          == (String(validating: valid, as: UTF8.self) != nil), "\(sequence)")
    }
  }

  @Test func invalidUTF8IsPlacedByLineAndColumn() throws {
    let bytes = [UInt8]("{\"a\":\n  \"é".utf8) + [0xFF]
    let found = try #require(FileBytes.firstInvalidUTF8(in: bytes))
    #expect(found.line == 2)
    #expect(found.column == 5)
    #expect(found.offset == 11)
  }

  @Test func catalogTakesThePacksEntitiesWithoutACopy() {
    // Naming the credits copied the whole entity array while the pack still held it.
    let entities = [
      Entity(id: "show", kind: .show, name: "Show", payload: .show),
      Entity(id: "hannah-baker", kind: .character, name: "Hannah Baker", payload: .character),
      Entity(id: "katherine-langford", kind: .person, name: "Katherine Langford", payload: .person),
      Entity(
        id: "credit", kind: .credit, name: "",
        payload: .credit(
          person: "katherine-langford", character: "hannah-baker", job: nil, work: nil)),
    ]
    let pack = Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" })
    let storage = Self.address(of: pack.entities)
    _ = consume entities
    let catalog = Catalog(pack: consume pack)
    #expect(Self.address(of: catalog.entities) == storage)
    #expect(catalog.entity("credit")?.name == "Katherine Langford as Hannah Baker")
  }

  @Test func quoteProblemsKeepFileOrderWhenArticlesAreCheckedOneAtATime() {
    // Quotes are checked article by article, so that one folded text exists at a time;
    // their problems still come in the order of the file, with paths built from places.
    func article(_ id: String, _ text: String) -> Entity {
      Entity(id: id, kind: .source, name: id, payload: .source(kind: .article, text: text))
    }
    let claim = Claim(
      value: "two",
      citations: [Citation(source: "a", quote: "x"), Citation(source: "b", quote: "z")])
    let entities = [
      Entity(id: "show", kind: .show, name: "Show", payload: .show),
      article("b", "yes"), article("a", "yes"),
      Entity(
        id: "hannah", kind: .character, name: "Hannah",
        facts: [Fact(label: "Seasons", claims: [claim])],
        citations: [Citation(source: "b", quote: "no"), Citation(source: "a", quote: "yes")],
        payload: .character),
    ]
    let problems = PackValidator.problems(
      in: Pack(entities: entities, paths: ["show", "sources[0]", "sources[1]", "characters[0]"])
    ).filter { $0.message.hasPrefix("quote") }
    #expect(
      problems.map(\.path) == [
        "characters[0].citations[0].quote",
        "characters[0].facts[0].claims[0].citations[0].quote",
        "characters[0].facts[0].claims[0].citations[1].quote",
      ])
    #expect(problems.first?.message.hasPrefix("quote not found in source \"b\": \"no\"") == true)
  }

  // MARK: - Helpers

  /// Where the elements of `entities` are stored.
  private static func address(of entities: [Entity]) -> UInt {
    entities.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
  }

  /// The offset at which the standard library's decoder first finds an error.
  private static func decoderOffset(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
