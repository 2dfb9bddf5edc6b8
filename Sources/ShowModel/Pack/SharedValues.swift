/// What the entities read from one pack share: one citation origin for each article whose
/// citations quote its text byte for byte (see `CitationOrigin`), one outlet for each
/// outlet named, and one list for each list of names that repeats. Used by one reader, on
/// one thread.
final class SharedValues {
  private var articles: [Int: CitationOrigin] = [:]
  private var otherSources: [String: CitationOrigin] = [:]
  private var outlets: [String: CitationOutlet] = [:]
  private var lists: [[String]: [String]] = [:]

  /// An empty table.
  init() {}

  /// A citation of `source` through `via` whose quote is the valid UTF-8 `quote`: a part of
  /// the text of `article` (the source's place and its text, when it is an article read
  /// before with its text inline) where that text holds the quote byte for byte, else one
  /// of the source's quotes kept apart. The search is linear (`QuoteLocator.firstOffset`).
  func citation(
    source: String, via: String?, quote: UnsafeBufferPointer<UInt8>,
    article: (place: Int, text: String)?
  ) -> Citation {
    let outlet = via.map(outlet(named:))
    let origin = origin(of: source, article: article)
    if let article, let offset = Self.offset(of: quote, in: article.text) {
      // Valid UTF-8 found in valid UTF-8 starts and ends on whole scalars.
      return Citation(origin: origin, start: offset, count: quote.count, outlet: outlet)
    }
    return Citation(
      origin: origin, start: origin.keepApart(quote), count: quote.count, outlet: outlet)
  }

  /// The origin of every citation of `source`: of the article at `article`, if it is one.
  private func origin(of source: String, article: (place: Int, text: String)?)
    -> CitationOrigin
  {
    if let article {
      if let found = articles[article.place] { return found }
      let origin = CitationOrigin(source: source, text: article.text)
      articles[article.place] = origin
      return origin
    }
    if let found = otherSources[source] { return found }
    let origin = CitationOrigin(source: source, text: "")
    otherSources[source] = origin
    return origin
  }

  /// `list`, sharing the storage of an equal list read before. A character's aliases and a
  /// thread's seasons repeat (a first name, the one season a thread runs through), and each
  /// list was a heap block of its own: 3 MB of the 200,000-entity pack.
  func shared(_ list: [String]) -> [String] {
    guard !list.isEmpty else { return list }
    if let found = lists[list] { return found }
    lists[list] = list
    return list
  }

  /// The outlet whose id is `id`, shared by every citation that names it.
  private func outlet(named id: String) -> CitationOutlet {
    if let found = outlets[id] { return found }
    let outlet = CitationOutlet(id: id)
    outlets[id] = outlet
    return outlet
  }

  /// Where the bytes of `quote` first stand in `text`, if they do.
  private static func offset(of quote: UnsafeBufferPointer<UInt8>, in text: String) -> Int? {
    let found: Int?? = text.utf8.withContiguousStorageIfAvailable { haystack in
      var comparisons = 0
      return QuoteLocator.firstOffset(of: quote, in: haystack, comparisons: &comparisons)
    }
    return found ?? nil
  }
}
