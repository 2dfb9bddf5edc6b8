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
    return quote.withUTF8 { citation(source: source, quote: $0, via: via) }
  }

  /// A citation of the valid UTF-8 `quote` in `source`, reported from `via`: the quote's
  /// bytes are copied once, into the origin's text.
  public func citation(
    source: String, quote: UnsafeBufferPointer<UInt8>, via: String?
  ) -> Citation {
    // No article text is known here: every quote is kept apart with its source's others.
    shared.citation(source: source, via: via, quote: quote) { ($0, nil) }
  }
}
