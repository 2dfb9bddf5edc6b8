import ShowModel
import ShowSearch

/// Query parsing and ranking. The first line of the input is the query and the rest a
/// candidate of its own beside a fixed set that mixes scripts, diacritics, wide and
/// combining characters, emoji and long words. Every hit must be a candidate, and its
/// highlight positions increasing character offsets inside it.
enum SearchFuzzing {
  private static let fixedCandidates = [
    "Hannah Baker", "Clay Jensen", "Jessica's father", "Zach Dempsey", "Season 2",
    "Café Crêpe Naïve", "Ångström résumé", "straße STRASSE", "東京の夜 ＦＵＬＬ", "한국어 드라마",
    "e\u{301}e\u{301}\u{327} combining", "👩‍👩‍👧 family 🇫🇷 flag", "ǅ ǈ Ǉ titlecase",
    "İstanbul ı dotless", "\u{200B}zero width\u{200D}", String(repeating: "long", count: 300),
    "13 Reasons Why", "", " ", "a", "tabs\tand\nnewlines",
  ]

  static func run(_ bytes: [UInt8]) {
    let split = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
    let queryText = String(decoding: bytes[..<split], as: UTF8.self)
    let extra =
      split < bytes.endIndex ? String(decoding: bytes[(split + 1)...], as: UTF8.self) : "x"
    let candidates = fixedCandidates + [extra]
    let index = SearchIndex(candidates)
    let query = SearchQuery(queryText)
    for limit in [nil, 1, 5] as [Int?] {
      let hits = index.search(query, limit: limit, includesPositions: true)
      if let limit { FuzzTarget.require(hits.count <= limit, "more hits than the limit") }
      for hit in hits {
        check(hit: hit, in: candidates, positions: hit.match.positions)
        check(hit: hit, in: candidates, positions: index.positions(of: hit, for: query))
      }
      let ranked = index.rankedIndices(query, limit: limit)
      FuzzTarget.require(
        ranked.allSatisfy { candidates.indices.contains($0) }, "a ranked index is out of range")
    }
    for position in candidates.indices {
      if let match = index.match(query, at: position, allowingTypos: true) {
        check(
          hit: SearchHit(index: position, match: match), in: candidates,
          positions: match.positions)
      }
    }
  }

  private static func check(hit: SearchHit, in candidates: [String], positions: [Int]) {
    FuzzTarget.require(candidates.indices.contains(hit.index), "hit \(hit.index) out of range")
    let length = candidates[hit.index].count
    FuzzTarget.require(
      positions.allSatisfy { $0 >= 0 && $0 < length },
      "positions \(positions) outside a candidate of \(length) characters")
    FuzzTarget.require(
      zip(positions, positions.dropFirst()).allSatisfy { $0 < $1 },
      "positions \(positions) not increasing")
  }
}
