/// Makes citations as the pack reader makes them, for a reader of another form (the
/// library's records), through the reader's own table (`SharedValues`): the citations of
/// one source share one origin that keeps their quotes one after another in one string,
/// and those of one outlet share the outlet. A citation made alone (`Citation.init`) costs
/// an origin object and a string of its own.
public struct CitationSharing {
  private let shared = SharedValues()

  /// A new set of shared parts.
  public init() {}

  /// A citation of `quote` in `source`, reported from `via`.
  public func citation(source: String, quote: String, via: String?) -> Citation {
    var quote = quote
    // No article text is known here: every quote is kept apart with its source's others.
    return quote.withUTF8 { bytes in
      shared.citation(source: source, via: via, quote: bytes) { ($0, nil) }
    }
  }
}
