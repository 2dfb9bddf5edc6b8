/// Makes citations as the pack reader makes them, for a reader of another form (the
/// library's records): the citations of one source share one origin that keeps their
/// quotes one after another in one string, and those of one outlet share the outlet. A
/// citation made alone (`Citation.init`) costs an origin object and a string of its own.
public struct CitationSharing {
  private var origins: [String: CitationOrigin] = [:]
  private var outlets: [String: CitationOutlet] = [:]

  /// A new set of shared parts.
  public init() {}

  /// A citation of `quote` in `source`, reported from `via`.
  public mutating func citation(source: String, quote: String, via: String?) -> Citation {
    let origin: CitationOrigin
    if let shared = origins[source] {
      origin = shared
    } else {
      origin = CitationOrigin(source: source, text: "")
      origins[source] = origin
    }
    var outlet: CitationOutlet?
    if let via {
      if let shared = outlets[via] {
        outlet = shared
      } else {
        let made = CitationOutlet(id: via)
        outlets[via] = made
        outlet = made
      }
    }
    var quote = quote
    let start = quote.withUTF8 { origin.keepApart($0) }
    return Citation(origin: origin, start: start, count: quote.utf8.count, outlet: outlet)
  }
}
