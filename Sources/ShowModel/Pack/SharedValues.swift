/// What the entities read from one pack share: one citation origin for each article whose
/// citations quote its text byte for byte (see `CitationOrigin`), one outlet for each
/// outlet named, and one list for each list of names that repeats. Used by one reader, on
/// one thread.
final class SharedValues {
  /// The origins of sources that are articles read with their text, by id.
  private var articles: [String: CitationOrigin] = [:]
  /// The origins of every other source, by id.
  private var otherSources: [String: CitationOrigin] = [:]
  private var outlets: [String: CitationOutlet] = [:]
  private var lists: [[String]: [String]] = [:]

  /// An empty table.
  init() {}

  /// A citation of `source` through `via` whose quote is the valid UTF-8 `quote`: a part of
  /// the text of the source's article where that text holds the quote byte for byte, else
  /// one of the source's quotes kept apart. `resolve` gives the source sharing the storage
  /// of the id it names, and the place and text of that entity when it is an article read
  /// before with its text inline; it is asked once per article, not once per citation (a
  /// lookup in the index by id reads an entity at a random place of the pack). The search
  /// is linear (`QuoteLocator.firstOffset`).
  func citation(
    source: String, via: String?, quote: UnsafeBufferPointer<UInt8>,
    resolve: (String) -> (id: String, article: (place: Int, text: String)?)
  ) -> Citation {
    let outlet = via.map(outlet(named:))
    let origin = origin(of: source, resolve: resolve)
    // An origin of a source that is not an article has no text, and finds nothing.
    if let offset = Self.offset(of: quote, in: origin.text) {
      // Valid UTF-8 found in valid UTF-8 starts and ends on whole scalars.
      return Citation(origin: origin, start: offset, count: quote.count, outlet: outlet)
    }
    return Citation(
      origin: origin, start: origin.keepApart(quote), count: quote.count, outlet: outlet)
  }

  /// The origin of every citation of `source` read from now on: its article's, once the
  /// article is read.
  private func origin(
    of source: String, resolve: (String) -> (id: String, article: (place: Int, text: String)?)
  ) -> CitationOrigin {
    if let found = articles[source] { return found }
    let (id, article) = resolve(source)
    if let article {
      let origin = CitationOrigin(source: id, text: article.text)
      articles[id] = origin
      return origin
    }
    if let found = otherSources[id] { return found }
    let origin = CitationOrigin(source: id, text: "")
    otherSources[id] = origin
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
    let outlet = CitationOutlet(id: id, reveals: nil)
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
