import ShowModel

/// Where following a details line leads.
public enum DetailTarget: Sendable, Equatable {
  /// Another entity's details.
  case entity(String)
  /// An article in the reader, scrolled to a quote.
  case citation(source: String, quote: String)
}

/// One selectable block of a details page (or a heading, which selection skips).
public struct DetailBlock: Sendable, Equatable {
  /// The text, before wrapping.
  public var spans: [Span]
  /// Indent of the first line.
  public var indent: Int
  /// Indent of the lines after the first.
  public var hanging: Int
  /// Where Enter leads, if anywhere.
  public var target: DetailTarget?
  /// True for section headings.
  public var isHeading: Bool

  /// The block wrapped to `width` columns.
  public func lines(width: Int) -> [StyledLine] {
    let pad = String(repeating: " ", count: min(indent, max(width - 1, 0)))
    let inner = SpanWrapper.wrap(spans, width: max(width - indent, 1), hanging: hanging - indent)
    return inner.map { [Span(pad)] + $0 }
  }
}

/// Turns an entity's details into blocks for the details pane.
public enum DetailBlocks {
  /// The blocks of `details`, headings included.
  public static func blocks(for details: EntityDetails) -> [DetailBlock] {
    var blocks: [DetailBlock] = [
      DetailBlock(
        spans: [Span(details.entity.name, .title), Span(" · " + details.entity.kind.label, .dim)],
        indent: 0, hanging: 2, target: nil, isHeading: true)
    ]
    for section in details.sections {
      blocks.append(DetailBlock(spans: [Span(section.title, .heading)], indent: 0, hanging: 0, target: nil, isHeading: true))
      for item in section.items { blocks += self.blocks(for: item) }
    }
    return blocks
  }

  private static func blocks(for item: DetailItem) -> [DetailBlock] {
    switch item {
    case .field(let label, let value):
      return [block([Span(label + ": ", .dim), Span(value)], indent: 1, hanging: 3)]
    case .missing(let label):
      return [block([Span(label + ": ", .dim), Span(EntityDetails.notGiven, .missing)], indent: 1, hanging: 3)]
    case .text(let text):
      return [block([Span(text)], indent: 1, hanging: 1)]
    case .link(let id, _, let name, let note):
      var spans = [Span("→ ", .dim), Span(name, .link)]
      if let note { spans.append(Span(" (" + note + ")", .dim)) }
      return [block(spans, indent: 1, hanging: 3, target: .entity(id))]
    case .fact(let label, let claims):
      var blocks = [
        block(
          [Span(label, .normal)] + (claims.count > 1 ? [Span(" — sources disagree", .warning)] : []),
          indent: 1, hanging: 3)
      ]
      for claim in claims {
        var spans = [Span("• "), Span(claim.value)]
        if claim.isSingleSource { spans.append(Span(" (single source)", .dim)) }
        blocks.append(block(spans, indent: 3, hanging: 5))
        if let note = claim.note { blocks.append(block([Span("Note: " + note, .dim)], indent: 5, hanging: 5)) }
        blocks += claim.citations.map { citationBlock($0, indent: 5) }
      }
      return blocks
    case .citation(let detail):
      return [citationBlock(detail, indent: 1)]
    }
  }

  private static func citationBlock(_ detail: CitationDetail, indent: Int) -> DetailBlock {
    var spans = [Span("“" + detail.citation.quote + "”", .quote), Span(" — " + detail.shortSourceName, .dim)]
    if let via = detail.viaName { spans.append(Span(", reporting " + via, .dim)) }
    return block(
      spans, indent: indent, hanging: indent + 1,
      target: .citation(source: detail.citation.source, quote: detail.citation.quote))
  }

  private static func block(
    _ spans: [Span], indent: Int, hanging: Int, target: DetailTarget? = nil
  ) -> DetailBlock {
    DetailBlock(spans: spans, indent: indent, hanging: hanging, target: target, isHeading: false)
  }
}
