import Foundation
import Glibc
import TestSupport
import Testing

/// What opening a catalog and searching its names add to the memory of loading a pack: the
/// catalog keeps its relations as flat tables of places and builds no search text until a
/// search asks for it, so the peak stays that of `validate`.
@Suite struct CatalogMemoryTests {
  /// Bytes of memory per byte of pack that opening the catalog and searching for the
  /// browser's 500 results may add to the peak of `validate`. It adds 0.6 in a debug build,
  /// measured as each process's own peak; when the catalog kept its relations as dictionaries of arrays of ids by id,
  /// listed citations in a set of id pairs, and built a 48-byte search field for every
  /// name, related name, summary and quote as it opened, it added 1.6.
  static let bytesPerPackByte = 1.0

  @Test(.disabled(if: Sanitizers.active, "a sanitizer's shadow memory is most of the peak"))
  func searchingAPackAddsLittleToTheMemoryOfValidatingIt() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("memory-catalog-\(UUID().uuidString).json").path
    defer { unlink(path) }
    try Self.citedPack(characters: 10_000).write(toFile: path, atomically: true, encoding: .utf8)
    let binary = try TVBrowseBinary.path()
    let validatePeak = try PackMemoryTests.peakMemory(of: binary, ["validate", path])
    let searchPeak = try PackMemoryTests.peakMemory(
      of: binary, ["search", "number", "--limit", "500", "--pack", path])
    let perByte = Double(searchPeak - validatePeak) / Double(try PackMemoryTests.size(path))
    #expect(
      perByte <= Self.bytesPerPackByte,
      "search added \(perByte) bytes of memory per byte of pack to validate's \(validatePeak)")
  }

  /// A valid pack of `count` characters, each with two aliases, a summary and three quotes
  /// reported from outlets, played by a person of their own; plot threads of ten
  /// characters; an article for every ten characters and twenty outlets.
  static func citedPack(characters count: Int) -> String {
    let articleCount = max(count / 10, 1)
    var texts = [[String]](repeating: [], count: articleCount)
    var characters: [String] = []
    var people: [String] = []
    var credits: [String] = []
    var threads: [String] = []
    func citations(_ quotes: [String], _ index: Int) -> String {
      let article = index % articleCount
      texts[article] += quotes.map { $0 + "." }
      return quotes.enumerated().map { offset, quote in
        #"{"source":"article-\#(article)","quote":"\#(quote)","via":"outlet-\#((index + offset) % 20)"}"#
      }.joined(separator: ",")
    }
    for index in 0..<count {
      let name = "Character Number \(index)"
      let quotes = [
        "\(name) returns to the tapes", "\(name) lies about the party",
        "\(name) testifies at the trial",
      ]
      characters.append(
        #"{"id":"character-\#(index)","name":"\#(name)","aliases":["Alias \#(index)","Nick \#(index)"],"#
          + #""summary":"A student, number \#(index)","citations":[\#(citations(quotes, index))]}"#)
      people.append(
        #"{"id":"person-\#(index)","name":"Person Number \#(index)","summary":"An actor, number \#(index)","#
          + #""citations":[\#(citations(["Person Number \(index) plays \(name)"], index))]}"#)
      credits.append(
        #"{"id":"credit-\#(index)","person":"person-\#(index)","character":"character-\#(index)"}"#)
    }
    for thread in 0..<max(count / 10, 1) {
      let members = (0..<10).map { #""character-\#(min(thread * 10 + $0, count - 1))""# }
      threads.append(
        #"{"id":"thread-\#(thread)","name":"Thread \#(thread)","characters":[\#(members.joined(separator: ","))]}"#
      )
    }
    let outlets = (0..<20).map {
      #"{"id":"outlet-\#($0)","kind":"outlet","name":"Outlet \#($0)"}"#
    }
    let articles = texts.enumerated().map { index, sentences in
      #"{"id":"article-\#(index)","kind":"article","name":"Article \#(index)","#
        + #""text":"\#(sentences.joined(separator: " "))"}"#
    }
    return """
      {"format":"tvbrowse-pack","version":1,
      "show":{"id":"show","name":"A Show"},
      "sources":[\((outlets + articles).joined(separator: ",\n"))],
      "characters":[\(characters.joined(separator: ",\n"))],
      "people":[\(people.joined(separator: ",\n"))],
      "credits":[\(credits.joined(separator: ",\n"))],
      "threads":[\(threads.joined(separator: ",\n"))]}

      """
  }
}
