import Testing

@testable import ImdbImport

@Suite struct TSVRowTests {
  /// Runs `body` on the row read from `text` while its bytes are alive.
  private func reading(_ text: String, _ body: (TSVRow) throws -> Void) throws {
    let bytes = Array(text.utf8)
    try bytes.withUnsafeBufferPointer { buffer throws in
      var row = TSVRow(names: ["tconst", "title", "year"])
      try row.read(buffer)
      try body(row)
    }
  }

  @Test func quotesAreCharactersAndBackslashNIsMissing() throws {
    try reading("tt0000001\tThe \"Night\" Tapes\t\\N") { (row: TSVRow) throws in
      #expect(try row.id(0, prefix: .title) == 1)
      #expect(try row.text(1) == "The \"Night\" Tapes")
      #expect(try row.text(2) == nil)
      #expect(try row.integer(2) == nil)
    }
    try reading("tt10000001\t\t2017") { (row: TSVRow) throws in
      #expect(try row.id(0, prefix: .title) == 10_000_001)
      #expect(try row.text(1) == "")
      #expect(throws: TSVRow.Problem("title is missing")) { try row.requiredText(1) }
      #expect(try row.integer(2) == 2017)
    }
  }

  @Test func aRowOfTheWrongLengthSaysHowManyFields() throws {
    #expect(throws: TSVRow.Problem("2 fields where the header names 3")) {
      try reading("tt1\tx") { _ in }
    }
    #expect(throws: TSVRow.Problem("5 fields where the header names 3")) {
      try reading("tt1\tx\t1\t2\t3") { _ in }
    }
  }

  @Test func badValuesNameTheirField() throws {
    try reading("nm0000001\tX\t19x0") { (row: TSVRow) throws in
      #expect(throws: TSVRow.Problem("tconst is not an IMDb id: \"nm0000001\"")) {
        try row.id(0, prefix: .title)
      }
      #expect(try row.id(0, prefix: .name) == 1)
      #expect(throws: TSVRow.Problem("year is not a number: \"19x0\"")) { try row.integer(2) }
    }
    let invalid: [UInt8] = Array("tt1\tBad ".utf8) + [0xFF] + Array("\t1".utf8)
    try invalid.withUnsafeBufferPointer { buffer throws in
      var row = TSVRow(names: ["tconst", "title", "year"])
      try row.read(buffer)
      #expect(throws: TSVRow.Problem("title is not valid UTF-8")) { try row.text(1) }
    }
  }
}
