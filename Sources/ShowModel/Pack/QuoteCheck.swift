import Synchronization

/// Checks every quote of a pack against its article, on one thread or shared by two: the
/// thread that groups the citations by article starts on the articles, and a thread done
/// with other work joins in if the groups are ready by then (it never waits for them),
/// each taking the next article nobody has. One article's folded text exists at a time on
/// each thread, not every article's at once. Each thread returns what it found, so that no
/// two threads write to one place; the problems are put back in file order at the end.
final class QuoteCheck: Sendable {
  /// A quote not found: where it is, its JSON path and the message.
  typealias Found = (place: CitationGroups.Place, path: String, message: String)

  /// The citations grouped by article, once they are.
  private final class Groups: Sendable {
    let list: [(article: Int, places: ArraySlice<CitationGroups.Place>)]
    init(_ list: [(article: Int, places: ArraySlice<CitationGroups.Place>)]) { self.list = list }
  }

  private let pack: Pack
  private let groups = Mutex<Groups?>(nil)
  /// The next group nobody has taken.
  private let next = Atomic<Int>(0)

  /// A check of `pack`'s quotes, not started.
  init(pack: Pack) {
    self.pack = pack
  }

  /// Groups the citations, then checks articles until none is left; returns the quotes of
  /// those articles not found.
  func groupAndCheck() -> [Found] {
    let ids = (pack.ids ?? PackIDs(of: pack.entities)).index
    let grouped = Groups(CitationGroups(pack.entities, ids: ids).groups)
    groups.withLock { $0 = grouped }
    return check(grouped)
  }

  /// Checks articles until none is left, if the citations are grouped by now, and returns
  /// the quotes of those articles not found; else leaves them to the thread that groups
  /// them.
  func help() -> [Found] {
    guard let grouped = groups.withLock({ $0 }) else { return [] }
    return check(grouped)
  }

  /// The problems that the threads found, in file order.
  static func problems(_ found: [Found]) -> [(path: String, message: String)] {
    found.sorted { $0.place < $1.place }.map { ($0.path, $0.message) }
  }

  private func check(_ grouped: Groups) -> [Found] {
    var found: [Found] = []
    while true {
      let taken = next.wrappingAdd(1, ordering: .relaxed).oldValue
      guard taken < grouped.list.count else { break }
      check(grouped.list[taken], into: &found)
    }
    return found
  }

  private func check(
    _ group: (article: Int, places: ArraySlice<CitationGroups.Place>), into found: inout [Found]
  ) {
    guard case .source(_, let text?) = pack.entities[group.article].payload else { return }
    // Folded once the first quote not read from this very text needs it: a quote the
    // reader cut from it stands in it byte for byte, and so folded in its fold.
    var folded: [UInt8]?
    var explained = 0
    for cited in group.places {
      let entity = Int(cited.entity)
      let citation = cited.place.citation(of: entity, in: pack.entities)
      guard !citation.isCut(from: text) else { continue }
      let foldedText = folded ?? QuoteLocator.folded(text)
      folded = foldedText
      guard !QuoteLocator.contains(citation.quoteText, inFolded: foldedText) else { continue }
      explained += 1
      let why =
        explained > QuoteMismatch.perArticle
        ? "" : QuoteMismatch(quote: citation.quote, folded: foldedText).description
      found.append(
        (
          cited, "\(cited.place.path(from: pack.paths[entity])).quote",
          "quote not found in source \"\(SafeText.echo(citation.source))\": \"\(SafeText.echo(citation.quote))\""
            + why
        ))
    }
  }
}
