import Testing

@testable import ShowModel

/// A citation's quote that stands byte for byte in its article's text is read from there:
/// every quote was a string of its own (about 96 bytes of heap each) beside the article it
/// is cut from, and every citation 48 bytes, 15 MB of the 200,000-entity pack.
@Suite struct QuoteStorageTests {
  /// An article cited once before it is read, then four ways after.
  private static let pack = """
    {"format": "tvbrowse-pack", "version": 1,
     "show": {"id": "show", "name": "S", "citations": [
       {"source": "article", "quote": "Hannah Baker left tapes"}]},
     "sources": [
       {"id": "article", "kind": "article", "name": "A",
        "text": "Hannah Baker left tapes for Clay. Café talk. Clay\\nJensen listens."},
       {"id": "outlet", "kind": "outlet", "name": "O"}],
     "characters": [{"id": "c", "name": "C", "citations": [
       {"source": "article", "quote": "Hannah Baker left tapes"},
       {"source": "article", "quote": "tapes for Clay", "via": "outlet"},
       {"source": "article", "quote": "Caf\\u00e9 talk"},
       {"source": "article", "quote": "Clay Jensen listens"}],
      "facts": [{"label": "Role", "claims": [{"value": "student", "citations": [
       {"source": "article", "quote": "tapes for Clay"}]}]}]}]
    }
    """

  @Test func quotesStandingInTheirArticleAreReadFromItsText() throws {
    let result = try PackReader.read(bytes: Array(Self.pack.utf8))
    let pack = try #require(result.pack)
    #expect(result.problems.isEmpty)
    let article = try #require(
      pack.entities.first { $0.id == "article" }.flatMap { entity -> String? in
        guard case .source(.article, let text?) = entity.payload else { return nil }
        return text
      })
    let citations = pack.entities.flatMap(\.allCitations)
    #expect(
      citations.map(\.quote) == [
        "Hannah Baker left tapes", "Hannah Baker left tapes", "tapes for Clay", "Café talk",
        "Clay Jensen listens", "tapes for Clay",
      ])
    // Held apart: the quote read before its article, and the one whose space is a line
    // break in the article. The escaped quote is decoded, then found.
    let apart = citations.filter { !$0.isCut(from: article) }.map(\.quote)
    #expect(apart == ["Hannah Baker left tapes", "Clay Jensen listens"])
    // Every citation of the article read after it, held apart or not, shares one origin:
    // a quote held apart had an origin (a heap block) of its own.
    #expect(Set(citations.dropFirst().map(\.originIdentity)).count == 1)
    #expect(citations[2].via == "outlet" && citations[1].via == nil)
    #expect(citations[2] == Citation(source: "article", quote: "tapes for Clay", via: "outlet"))
    #expect(citations[2] != Citation(source: "article", quote: "tapes for Clay"))
    #expect(citations[5] == Citation(source: "article", quote: "tapes for Clay"))
    // Every quote is found in its article, however it is held.
    #expect(PackValidator.problems(in: pack).map(\.path) == ["characters[0]"])
  }

  @Test func aCitationTakesTwentyFourBytes() {
    // Its source, quote and outlet took 48 bytes in every citation list.
    #expect(MemoryLayout<Citation>.stride <= 24)
  }

  @Test func changingACitationKeepsTheRest() throws {
    let pack = try #require(try PackReader.read(bytes: Array(Self.pack.utf8)).pack)
    var citation = try #require(pack.entities.last?.citations[1])
    citation.quote = "for Clay"
    #expect(citation == Citation(source: "article", quote: "for Clay", via: "outlet"))
    citation.via = nil
    citation.source = "other"
    #expect(citation == Citation(source: "other", quote: "for Clay"))
    var hashes = Set([citation])
    hashes.insert(Citation(source: "other", quote: "for Clay"))
    #expect(hashes.count == 1)
  }
}
