import Testing

@testable import ShowSearch

// MARK: - The word-start filter against the bound check

@Suite struct ChunkScanFilterTests {
  /// The filter may drop a candidate only when the bound check would: a candidate whose
  /// bound reaches `needed` exactly, short of one term's word start (or of its word pair),
  /// is never required to hold it.
  @Test func theFilterIsNeverStricterThanTheBoundCheck() {
    let query = ScanQuery(SearchQuery("ab cd"))
    let first = query.terms[0]
    let second = query.terms[1]
    let length = max(first.count, second.count)
    // Without the first term's word start.
    let withoutStart = query.bound(
      wordStarts: second.firstBit, wordPairs: second.pairBit, length: length)
    let required = query.requiredStarts(toReach: withoutStart)
    #expect(required.wordStarts & first.firstBit == 0)
    // With the first term's word start, without its pair.
    let withoutPair = query.bound(
      wordStarts: first.firstBit | second.firstBit, wordPairs: second.pairBit, length: length)
    #expect(query.requiredStarts(toReach: withoutPair).wordPairs & first.pairBit == 0)
    // A score beyond every candidate's reach still asks for every start.
    let beyond = query.requiredStarts(toReach: withoutStart + 1)
    #expect(beyond.wordStarts & first.firstBit != 0)
  }
}
