import ShowModel

/// Where following a details line leads.
public enum DetailTarget: Sendable, Equatable {
  /// Another entity's details.
  case entity(String)
  /// An article in the reader, scrolled to a quote.
  case citation(source: String, quote: String)
  /// A page of the browser's own, by its id (`disagreements`).
  case page(String)
  /// An entity of another show of the library: the browser around this one opens it.
  case otherShow(ShowAppearance)
  /// Something the spoiler shield hides, by its key: `s` (or Enter) shows it.
  case spoiler(String)
}

/// One selectable block of a details page (or a heading, which selection skips).
public struct DetailBlock: Sendable, Equatable {
  /// What a block's text is made of: spans, or a link kept as its name and note, whose
  /// spans are made when the block is drawn. A page of links (the show's lists every season
  /// and plot thread) then holds no array of spans, nor a written note, for each link.
  private enum Text: Sendable, Equatable {
    case spans([Span])
    case link(name: String, note: String?)
  }

  /// The text, stored compactly.
  private var text: Text
  /// The text, before wrapping.
  public var spans: [Span] {
    get {
      switch text {
      case .spans(let spans): return spans
      case .link(let name, let note): return Self.linkSpans(name: name, note: note)
      }
    }
    set { text = .spans(newValue) }
  }
  /// Indent of the first line.
  public var indent: Int
  /// Indent of the lines after the first.
  public var hanging: Int
  /// Where Enter leads, if anywhere.
  public var target: DetailTarget?
  /// True for section headings.
  public var isHeading: Bool
  /// Texts to set side by side instead of `spans`, when the width allows.
  public var columns: [[Span]]?

  /// A block of `spans`.
  public init(
    spans: [Span], indent: Int, hanging: Int, target: DetailTarget?, isHeading: Bool,
    columns: [[Span]]?
  ) {
    self.text = .spans(spans)
    self.indent = indent
    self.hanging = hanging
    self.target = target
    self.isHeading = isHeading
    self.columns = columns
  }

  /// A link to `target` named `name`, with `note` after it in parentheses: "→ name (note)",
  /// indented by one, its later lines by three.
  static func link(name: String, note: String?, target: DetailTarget) -> DetailBlock {
    var block = DetailBlock(
      spans: [], indent: 1, hanging: 3, target: target, isHeading: false, columns: nil)
    block.text = .link(name: name, note: note)
    return block
  }

  /// The spans of a link block.
  private static func linkSpans(name: String, note: String?) -> [Span] {
    var spans = [Span("→ ", .dim), Span(name, .link)]
    if let note { spans.append(Span(" (" + note + ")", .dim)) }
    return spans
  }

  /// Blocks are equal when they draw the same, however their text is stored.
  public static func == (left: DetailBlock, right: DetailBlock) -> Bool {
    left.spans == right.spans && left.indent == right.indent && left.hanging == right.hanging
      && left.target == right.target && left.isHeading == right.isHeading
      && left.columns == right.columns
  }

  /// The narrowest a side-by-side column may be.
  static let minimumColumnWidth = 16

  /// The block wrapped to `width` columns, its first `maximumLines` lines only: a pane
  /// asks for no more than it shows, so a block of millions of characters costs a screenful.
  public func lines(width: Int, maximumLines: Int = .max) -> [StyledLine] {
    if let columns {
      return Array(columnLines(columns, width: width, maximumLines: maximumLines))
    }
    let pad = String(repeating: " ", count: min(indent, max(width - 1, 0)))
    let wrapper = TextWrapper(width: max(width - indent, 1), hanging: hanging - indent)
    return wrapper.lines(spans, maximumLines: maximumLines).map { [Span(pad)] + $0 }
  }
}

extension DetailBlock {
  /// Lays texts out side by side, separated by bars; one under another when too narrow.
  fileprivate func columnLines(_ columns: [[Span]], width: Int, maximumLines: Int)
    -> [StyledLine]
  {
    let pad = [Span(String(repeating: " ", count: min(indent, max(width - 1, 0))))]
    let room = width - indent
    let separator = 3
    let columnWidth = (room - separator * (columns.count - 1)) / max(columns.count, 1)
    guard columnWidth >= Self.minimumColumnWidth else {
      let wrapper = TextWrapper(width: max(room, 1), hanging: 2)
      var lines: [StyledLine] = []
      for column in columns where lines.count < maximumLines {
        let wrapped = wrapper.lines(
          [Span("│ ", .dim)] + column, maximumLines: maximumLines - lines.count)
        lines += wrapped.map { pad + $0 }
      }
      return lines
    }
    let wrapper = TextWrapper(width: columnWidth)
    let wrapped = columns.map { wrapper.lines($0, maximumLines: maximumLines) }
    let height = wrapped.map(\.count).max() ?? 0
    return (0..<height).map { row in
      var line = pad
      for (index, column) in wrapped.enumerated() {
        let cell = row < column.count ? column[row] : []
        line += cell
        if index < wrapped.count - 1 {
          let used = cell.reduce(0) { $0 + DisplayWidth.of($1.text) }
          line.append(Span(String(repeating: " ", count: max(columnWidth - used, 0) + 1)))
          line.append(Span("│ ", .dim))
        }
      }
      return line
    }
  }
}

/// Turns an entity's details into blocks for the details pane.
public enum DetailBlocks {
  /// The blocks of `details`, headings included.
  public static func blocks(for details: EntityDetails) -> [DetailBlock] {
    var blocks: [DetailBlock] = [
      DetailBlock(
        spans: [Span(details.entity.name, .title), Span(" · " + details.entity.kind.label, .dim)],
        indent: 0, hanging: 2, target: nil, isHeading: true, columns: nil)
    ]
    // One block for each heading and item, more for facts: sized once for a page of links.
    blocks.reserveCapacity(
      details.sections.reduce(1) { $0 + 1 + $1.items.count })
    for section in details.sections {
      blocks.append(
        DetailBlock(
          spans: [Span(section.title, .heading)], indent: 0, hanging: 0, target: nil,
          isHeading: true,
          columns: nil))
      for item in section.items { blocks += self.blocks(for: item) }
    }
    return blocks
  }

  private static func blocks(for item: DetailItem) -> [DetailBlock] {
    switch item {
    case .field(let label, let value):
      return [block([Span(label + ": ", .dim), Span(value)], indent: 1, hanging: 3)]
    case .missing(let label):
      return [
        block(
          [Span(label + ": ", .dim), Span(EntityDetails.notGiven, .missing)], indent: 1, hanging: 3)
      ]
    case .text(let text):
      return [block([Span(text)], indent: 1, hanging: 1)]
    case .link(let id, _, let name, let note):
      return [.link(name: name, note: note, target: .entity(id))]
    case .fact(let label, let claims):
      var blocks = [
        block(
          [Span(label, .normal)]
            + (claims.count > 1 ? [Span(" — sources disagree", .warning)] : []),
          indent: 1, hanging: 3)
      ]
      if claims.count > 1 {
        var comparison = block([], indent: 3, hanging: 3)
        comparison.columns = claims.map { claim in
          let sources = claim.citations.map { $0.viaName ?? $0.shortSourceName }
          var unique: [String] = []
          for source in sources where !unique.contains(source) { unique.append(source) }
          return [Span(claim.value, .normal), Span(" — " + unique.joined(separator: "; "), .dim)]
        }
        blocks.append(comparison)
      }
      return blocks + claimBlocks(claims, notes: .ownLine, sidesSelectable: true)
    case .article(let source, let words):
      return [
        block(
          [Span("→ ", .dim), Span("Read the article", .link), Span(" (\(words) words)", .dim)],
          indent: 1, hanging: 3, target: .citation(source: source, quote: ""))
      ]
    case .citation(let detail):
      return [citationBlock(detail, indent: 1)]
    case .page(let id, let title, let note):
      return [.link(name: title, note: note, target: .page(id))]
    case .otherShow(let other):
      return [.link(name: other.showName, note: nil, target: .otherShow(other))]
    case .spoiler(let spoiler):
      return [
        block(
          [Span(spoiler.line + " — press s to show", .dim)], indent: 1, hanging: 3,
          target: .spoiler(spoiler.key))
      ]
    }
  }

  /// Where a side's note goes: on a line of its own under the side, or after its value.
  enum ClaimNotePlacement {
    /// "Note: …" under the side, as an entity's page shows it.
    case ownLine
    /// " (…)" after the side's value, as the Disagreements page shows it.
    case inline
  }

  /// Each side of a fact: "• value", "(single source)" when one article alone makes it, its
  /// note, then its citations' quotes (each opens the reader on the quote). The sides are
  /// selectable on an entity's page; on the Disagreements page a move skips them.
  static func claimBlocks(
    _ claims: [ClaimDetail], notes: ClaimNotePlacement, sidesSelectable: Bool
  ) -> [DetailBlock] {
    var blocks: [DetailBlock] = []
    for claim in claims {
      var spans = [Span("• "), Span(claim.value)]
      if claim.isSingleSource { spans.append(Span(" (single source)", .dim)) }
      if notes == .inline, let note = claim.note { spans.append(Span(" (" + note + ")", .dim)) }
      var side = block(spans, indent: 3, hanging: 5)
      side.isHeading = !sidesSelectable
      blocks.append(side)
      if notes == .ownLine, let note = claim.note {
        blocks.append(block([Span("Note: " + note, .dim)], indent: 5, hanging: 5))
      }
      blocks += claim.citations.map { citationBlock($0, indent: 5) }
    }
    return blocks
  }

  /// One citation: its quote and its source, opening the reader on the quote.
  /// A citation without a quote (a record's) says where the fact comes from and opens
  /// the record's page.
  static func citationBlock(_ detail: CitationDetail, indent: Int) -> DetailBlock {
    if detail.citation.quote.isEmpty {
      return block(
        [Span("from ", .dim), Span(detail.shortSourceName, .link)], indent: indent,
        hanging: indent + 1, target: .entity(detail.citation.source))
    }
    var spans = [
      Span("“" + detail.citation.quote + "”", .quote), Span(" — " + detail.shortSourceName, .dim),
    ]
    if let via = detail.viaName { spans.append(Span(", reporting " + via, .dim)) }
    return block(
      spans, indent: indent, hanging: indent + 1,
      target: .citation(source: detail.citation.source, quote: detail.citation.quote))
  }

  private static func block(
    _ spans: [Span], indent: Int, hanging: Int, target: DetailTarget? = nil
  ) -> DetailBlock {
    DetailBlock(
      spans: spans, indent: indent, hanging: hanging, target: target, isHeading: false, columns: nil
    )
  }
}
