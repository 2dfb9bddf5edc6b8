import Dispatch
import Testing

@testable import ShowModel

/// Costs that must stay linear in their input: quote search counts its byte comparisons on
/// a doubled input, and opening a catalog whose one source is cited by many entities runs
/// under a deadline far above what a linear build takes.
@Suite struct LinearCostTests {
  /// The comparisons of a search that fails at the last byte of every alignment, the worst
  /// case of a search that restarts at each offset: "aaa…a" for "aa…ab".
  private func comparisons(textLength: Int) -> Int {
    let locator = QuoteLocator(text: String(repeating: "a", count: textLength))
    let quote = String(repeating: "a", count: textLength / 2) + "b"
    var count = 0
    #expect(locator.range(of: quote, comparisons: &count) == nil)
    return count
  }

  @Test func quoteSearchComparisonsDoubleWithTheInput() {
    let single = comparisons(textLength: 20_000)
    let double = comparisons(textLength: 40_000)
    // Linear: twice the text and quote, at most twice the work (and at most 2 × (text +
    // quote)); a search that restarts at each offset makes 10^8 and 4 × 10^8.
    #expect(single > 0)
    #expect(single <= 2 * (20_000 + 10_001))
    #expect(double <= 2 * single + 4)
  }

  @Test func quoteSearchFindsWhatAPlainScanFinds() {
    // Every text and quote over {a, b} up to lengths 9 and 4: the first match, as the
    // plain scan of every offset finds it.
    func words(upTo length: Int) -> [[UInt8]] {
      var all: [[UInt8]] = [[]]
      var last: [[UInt8]] = [[]]
      for _ in 0..<length {
        last = last.flatMap { [$0 + [0x61], $0 + [0x62]] }
        all += last
      }
      return all
    }
    let texts = words(upTo: 9)
    let quotes = words(upTo: 4).filter { !$0.isEmpty }
    for text in texts {
      for quote in quotes {
        var count = 0
        let found = QuoteLocator.firstOffset(of: quote, in: text, comparisons: &count)
        let expected =
          quote.count > text.count
          ? nil
          : (0...(text.count - quote.count)).first { Array(text[$0..<($0 + quote.count)]) == quote }
        #expect(found == expected, "\(quote) in \(text)")
      }
    }
  }

  @Test func quoteRangeMapsBackToTheOriginalText() throws {
    let text = "She said  “the tapes”\n were hers. The tapes!"
    let locator = QuoteLocator(text: text)
    let range = try #require(locator.range(of: "said \"the tapes\" were"))
    #expect(String(text[range]) == "said  “the tapes”\n were")
    #expect(locator.range(of: "The tapes!").map { String(text[$0]) } == "The tapes!")
    #expect(locator.range(of: "tapes?") == nil)
  }

  @Test func catalogOfManyEntitiesCitingOneSourceOpensInLinearTime() throws {
    // 200,000 characters cite one article via one outlet. Keeping each id once by scanning
    // the list built so far took 2 × 10^10 string comparisons: minutes. Linear, it takes
    // under 3 s in a debug build; the deadline is 150 s.
    let count = 200_000
    var entities = [
      Entity(id: "show", kind: .show, name: "Show", payload: .show),
      Entity(
        id: "article", kind: .source, name: "Article", payload: .source(kind: .article, text: "x")),
      Entity(
        id: "outlet", kind: .source, name: "Outlet", payload: .source(kind: .outlet, text: nil)),
    ]
    for index in 0..<count {
      entities.append(
        Entity(
          id: "character-\(index)", kind: .character, name: "Character \(index)",
          citations: [Citation(source: "article", quote: "x", via: "outlet")],
          payload: .character))
    }
    let pack = Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" })
    let catalog = try Deadline.run(seconds: 150) { Catalog(pack: pack) }
    #expect(catalog.entitiesSupported(by: "article").count == count)
    #expect(catalog.entitiesSupported(by: "outlet").count == count)
    #expect(catalog.articles(reportingFrom: "outlet").map(\.id) == ["article"])
    #expect(catalog.outlets(reportedIn: "article").map(\.id) == ["outlet"])
  }

  @Test func articleTextsOfManyFileSourcesLoadInLinearTime() throws {
    // 100,000 articles, each with a file. Finding each article by scanning every entity
    // took 10^10 string comparisons: minutes. Linear, under a second; the deadline is 45 s.
    let count = 100_000
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)]
    var files: [(id: String, file: String, path: String)] = []
    for index in 0..<count {
      let id = "article-number-\(index)"
      entities.append(
        Entity(id: id, kind: .source, name: id, payload: .source(kind: .article, text: nil)))
      files.append((id: id, file: "\(id).txt", path: "sources[\(index)].file"))
    }
    let original = Pack(
      entities: entities, paths: entities.indices.map { "entities[\($0)]" }, sourceFiles: files)
    let loaded = try Deadline.run(seconds: 45) {
      var pack = original
      let problems = PackLoader.loadArticleTexts(into: &pack) { file throws(FileBytes.Failure) in
        Array(file.utf8)
      }
      return (pack, problems.count)
    }
    #expect(loaded.1 == 0)
    #expect(
      loaded.0.entities.last?.payload
        == .source(kind: .article, text: "article-number-\(count - 1).txt"))
  }

  @Test func nameThatFitsManyEntitiesKeepsEachOnceInLinearTime() throws {
    // 300,000 hits for one name, each entity twice: keeping each once by scanning those
    // kept took 4.5 × 10^10 comparisons, many minutes. Linear, under a second.
    let count = 300_000
    let entities = (0..<count).map {
      Entity(id: "tony-number-\($0)", kind: .character, name: "Tony", payload: .character)
    }
    let unique = try Deadline.run(seconds: 30) { Catalog.firstOfEachID(entities + entities) }
    #expect(unique.map(\.id) == entities.map(\.id))
  }
}

/// Runs work on a thread of its own and waits for it at most a number of seconds.
enum Deadline {
  /// The work did not end in time.
  struct Missed: Error, CustomStringConvertible {
    /// The deadline in seconds.
    var seconds: Int
    var description: String { "did not end within \(seconds) s" }
  }

  /// The work's result, or `Missed` when it has not ended after `seconds`.
  static func run<Value: Sendable>(seconds: Int, _ work: @escaping @Sendable () -> Value) throws
    -> Value
  {
    let box = ResultBox<Value>()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      box.value = work()
      done.signal()
    }
    guard done.wait(timeout: .now() + .seconds(seconds)) == .success, let value = box.value else {
      throw Missed(seconds: seconds)
    }
    return value
  }

  /// Holds the result between the worker and the waiter; the semaphore orders the access.
  private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
  }
}
