/// What a details page shows about one entity: its fields, its relations as links, its
/// facts with every source's claim, and its citations. The command line's `show` and the
/// browser's details pane both draw from this.
public struct EntityDetails: Sendable, Equatable {
  /// The entity described.
  public var entity: Entity
  /// The sections, in the order they are shown.
  public var sections: [DetailSection]
  /// What hides the entity's name and summary, when the spoiler shield hides them.
  public var spoiler: Spoiler? = nil

  /// Words shown where a pack gives nothing.
  public static let notGiven = "not given in the sources"
}

/// A titled group of lines on a details page ("Played by", "Plot threads", "Citations").
public struct DetailSection: Sendable, Equatable {
  /// The heading.
  public var title: String
  /// The lines.
  public var items: [DetailItem]
}

/// One line (or block) of a details page.
public enum DetailItem: Sendable, Equatable {
  /// A labelled value ("Number: 2").
  case field(label: String, value: String)
  /// A link to another entity, with a note about the relation ("Hannah Baker", "as Clay").
  case link(id: String, kind: EntityKind, name: String, note: String?)
  /// Something the pack does not give ("Episode titles: not given in the sources").
  case missing(label: String)
  /// A matter and every source's claim about it; several claims are a disagreement.
  case fact(label: String, claims: [ClaimDetail])
  /// A plain paragraph of text written from the sources.
  case text(String)
  /// A citation: the quote, and the article and outlet it comes from.
  case citation(CitationDetail)
  /// An article's own text, to read whole; `words` counts its words.
  case article(source: String, words: Int)
  /// A link to a page that is not one entity's (`disagreements`), with a note ("3 points").
  case page(id: String, title: String, note: String?)
  /// A link to the same person's page in another show of the library.
  case otherShow(ShowAppearance)
  /// Something the spoiler shield hides: a fact, a citation, an episode's title, a whole
  /// plot thread or article.
  case spoiler(Spoiler)
}

/// A citation with the names of its article and outlet resolved.
public struct CitationDetail: Sendable, Equatable {
  /// The citation itself.
  public var citation: Citation
  /// The display name of the article.
  public var sourceName: String
  /// The display name of the outlet the article reports from, if any.
  public var viaName: String?

  /// The article's name cut to a length that fits beside a quote.
  public var shortSourceName: String {
    guard DisplayWidth.of(sourceName) > 40 else { return sourceName }
    let cut = DisplayWidth.prefix(sourceName, fitting: 39)
    let words = cut.split(separator: " ").dropLast()
    return (words.isEmpty ? cut : words.joined(separator: " ")) + "…"
  }
}

/// One source's claim, with its citations resolved.
public struct ClaimDetail: Sendable, Equatable {
  /// The claim in a few words.
  public var value: String
  /// The pack author's remark, if any.
  public var note: String?
  /// The citations that make the claim.
  public var citations: [CitationDetail]

  /// True when every citation comes from the same article.
  /// A record's claim (cited without a quote) is not marked: a database is one source
  /// for all it holds.
  public var isSingleSource: Bool {
    Set(citations.map(\.citation.source)).count == 1 && citations.allSatisfy(\.citation.hasQuote)
  }
}
