import ShowModel

/// Plain-text reports for the command line: aligned, wrapped to a width, every string from
/// the pack made safe for a terminal. Styling is applied through `TextStyle`.
public struct TextReport {
  /// The width to wrap to.
  public var width: Int
  /// How headings and ids are styled.
  public var style: TextStyle

  /// Creates a report writer.
  public init(width: Int = 80, style: TextStyle = .plain) {
    self.width = max(width, 40)
    self.style = style
  }

  // MARK: - Details

  /// The details page of one entity.
  public func details(_ details: EntityDetails) -> String {
    let entity = details.entity
    var lines = wrapped(
      [.bold(safe(entity.name) + "  "), .dim("(\(entity.kind.rawValue), \(safe(entity.id)))")],
      indent: 0, hanging: 2)
    for section in details.sections {
      lines.append("")
      lines.append(style.bold(section.title))
      for item in section.items { lines += itemLines(item) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func itemLines(_ item: DetailItem) -> [String] {
    switch item {
    case .field(let label, let value):
      return wrapped([.plain("\(label): \(safe(value))")], indent: 2)
    case .missing(let label):
      return ["  \(label): " + style.dim(EntityDetails.notGiven)]
    case .text(let text):
      return wrapped([.plain(safe(text))], indent: 2)
    case .link(let id, _, let name, let note), .page(let id, let name, let note):
      let suffix = note.map { " (\(safe($0)))" } ?? ""
      return wrapped(
        [.plain(safe(name) + suffix + "  "), .dim("[\(safe(id))]")], indent: 2, hanging: 4)
    case .otherShow(let other):
      return wrapped(
        [
          .plain(safe(other.showName) + "  "),
          .dim("[\(safe(other.entity)) --show \(safe(other.show))]"),
        ],
        indent: 2, hanging: 4)
    case .fact(let label, let claims):
      return factLines(label: label, claims: claims)
    case .article(_, let words):
      return ["  Text: \(words) \(words == 1 ? "word" : "words")"]
    case .citation(let citation):
      return citationLines(citation, indent: 2)
    case .spoiler(let spoiler):
      return wrapped([.dim("\(spoiler.line) (--spoilers shows it)")], indent: 2)
    }
  }

  /// The Disagreements page: each point under its entity's name, label and id, then each
  /// side with its citations.
  public func disagreements(_ page: DisagreementsPage) -> String {
    var lines = wrapped(
      [.bold(DisagreementsPage.title + "  "), .dim("(page, \(DisagreementsPage.id))")],
      indent: 0, hanging: 2)
    let count = page.points.count
    lines.append(
      count == 0
        ? "The sources agree on every fact."
        : "\(count) \(count == 1 ? "point" : "points") where the sources disagree.")
    for point in page.points {
      lines.append("")
      if let spoiler = point.spoiler {
        lines += wrapped(
          [
            .bold(safe(point.entity.name) + " › "), .dim("\(spoiler.line) (--spoilers shows it)  "),
            .dim("[\(safe(point.entity.id))]"),
          ], indent: 0, hanging: 2)
        continue
      }
      lines += wrapped(
        [
          .bold(safe(point.entity.name) + " › " + safe(point.label) + "  "),
          .dim("[\(safe(point.entity.id))]"),
        ], indent: 0, hanging: 2)
      lines += claimLines(point.claims, indent: 2)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func factLines(label: String, claims: [ClaimDetail]) -> [String] {
    var head: [TaggedText<TextStyle.Weight>] = [.plain(safe(label))]
    if claims.count > 1 { head += [.plain(": "), .bold("the sources disagree")] }
    return wrapped(head, indent: 2, hanging: 4) + claimLines(claims, indent: 4)
  }

  /// Each claim as a bullet at `indent`, its note and its citations under it.
  private func claimLines(_ claims: [ClaimDetail], indent: Int) -> [String] {
    var lines: [String] = []
    for claim in claims {
      var head: [TaggedText<TextStyle.Weight>] = [.plain("• " + safe(claim.value))]
      if claim.isSingleSource { head += [.plain(" "), .dim("(single source)")] }
      lines += wrapped(head, indent: indent, hanging: indent + 2)
      if let note = claim.note {
        lines += wrapped([.plain("Note: " + safe(note))], indent: indent + 2)
      }
      for citation in claim.citations { lines += citationLines(citation, indent: indent + 2) }
    }
    return lines
  }

  private func citationLines(_ detail: CitationDetail, indent: Int) -> [String] {
    // A record's citation has no quote: the source alone.
    if detail.citation.quote.isEmpty {
      return wrapped(
        [
          .plain("— " + safe(detail.shortSourceName) + " "),
          .dim("[\(safe(detail.citation.source))]"),
        ],
        indent: indent, hanging: indent + 2)
    }
    var lines = wrapped(
      [.plain("“" + safe(detail.citation.quote) + "”")], indent: indent, hanging: indent + 1)
    var source: [TaggedText<TextStyle.Weight>] = [
      .plain("— " + safe(detail.shortSourceName) + " "),
      .dim("[\(safe(detail.citation.source))]"),
    ]
    if let via = detail.viaName { source.append(.plain(", reporting " + safe(via))) }
    lines += wrapped(source, indent: indent + 2, hanging: indent + 4)
    return lines
  }

  // MARK: - Helpers

  func safe(_ text: String) -> String {
    SafeText.sanitize(text)
  }

  /// Wraps styled pieces to the report width: the first line after `indent` spaces, the
  /// others after `hanging`, every line no wider than the report less the hanging indent.
  func wrapped(
    _ pieces: [TaggedText<TextStyle.Weight>], indent: Int, hanging: Int? = nil
  ) -> [String] {
    let first = String(repeating: " ", count: indent)
    let rest = String(repeating: " ", count: hanging ?? indent)
    let lines = TextWrapper(width: width - (hanging ?? indent)).wrap(pieces)
    return lines.enumerated().map { index, line in
      (index == 0 ? first : rest) + line.pieces.map { style.apply($0.tag, to: $0.text) }.joined()
    }
  }
}

extension TaggedText where Tag == TextStyle.Weight {
  /// Plain text of a report.
  static func plain(_ text: String) -> Self { Self(text, tag: .plain) }
  /// Bold text of a report.
  static func bold(_ text: String) -> Self { Self(text, tag: .bold) }
  /// Dim text of a report.
  static func dim(_ text: String) -> Self { Self(text, tag: .dim) }
}
