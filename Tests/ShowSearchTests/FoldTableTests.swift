import Foundation
import Testing

@testable import ShowSearch

// MARK: - The generated decomposition table

@Suite struct FoldTableTests {
  @Test func knownDecompositions() {
    let known: [(Unicode.Scalar, Unicode.Scalar)] = [
      ("é", "e"), ("Ǖ", "U"), ("ǖ", "u"), ("Å", "A"), ("ṩ", "s"), ("ά", "α"), ("ῷ", "ω"),
      ("ї", "і"), ("й", "и"), ("が", "か"), ("ポ", "ホ"), ("\u{1FEF}", "`"), ("\u{037E}", ";"),
    ]
    for (scalar, base) in known {
      #expect(FoldTable.decompositionBase(of: scalar.value) == base.value, "\(scalar)")
    }
    #expect(FoldTable.decompositionBase(of: 0x00F8) == nil)  // ø does not decompose
    #expect(FoldTable.decompositionBase(of: 0x0410) == nil)  // А
  }

  @Test func everyEntryAgreesWithFoundation() {
    let pairs = FoldTable.decompositionBases
    #expect(pairs.count % 2 == 0)
    for pair in stride(from: 0, to: pairs.count, by: 2) {
      let scalar = Unicode.Scalar(pairs[pair])!
      let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
      #expect(decomposed.first?.value == pairs[pair + 1], "U+\(String(pairs[pair], radix: 16))")
      if pair > 0 {
        #expect(pairs[pair - 2] < pairs[pair])
      }
    }
  }

  @Test func tableCoversEveryDecomposingScalarInItsRanges() {
    let ranges: [Range<UInt32>] = [0x80..<0x530, 0x1E00..<0x2070, 0x3040..<0x3100]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
        let expected = first.map(\.value).flatMap { $0 == value ? nil : $0 }
        #expect(FoldTable.decompositionBase(of: value) == expected, "U+\(String(value, radix: 16))")
      }
    }
  }
}
