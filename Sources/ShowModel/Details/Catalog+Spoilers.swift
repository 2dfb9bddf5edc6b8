extension Catalog {
  /// The details page of the entity with `id` as `shield` lets it be read: what reveals a
  /// point still to come stands as one line that names the point; nil when there is no
  /// such entity.
  public func details(of id: String, shield: SpoilerShield) -> EntityDetails? {
    guard let details = details(of: id) else { return nil }
    guard shield.hidesAnything else { return details }
    return shielded(details, by: shield)
  }

  private func shielded(_ details: EntityDetails, by shield: SpoilerShield) -> EntityDetails {
    var details = details
    let entity = details.entity
    if let spoiler = shield.hiding(entity) {
      details.spoiler = spoiler
      details.entity.name = spoiler.name
      details.entity.aliases = []
      details.entity.summary = nil
      if entity.kind != .episode && entity.kind != .season {
        // A thread or an article that reveals what is to come is hidden whole: even the
        // characters it names say too much.
        details.sections = [
          DetailSection(
            title: "About",
            items: [.field(label: "Kind", value: entity.kind.label), .spoiler(spoiler)])
        ]
        return details
      }
    }
    for place in details.sections.indices {
      let title = details.sections[place].title
      details.sections[place].items = details.sections[place].items.enumerated().compactMap {
        index, item in
        shielded(item, at: index, in: title, of: entity, hidden: details.spoiler, by: shield)
      }
    }
    if let spoiler = details.spoiler,
      let about = details.sections.firstIndex(where: { $0.title == "About" })
    {
      details.sections[about].items.append(.spoiler(spoiler))
    }
    return details
  }

  /// `detail` with its article named as the shield lets it be: a hidden article by what
  /// stands for it.
  private func shielded(_ detail: CitationDetail, by shield: SpoilerShield) -> CitationDetail {
    guard let article = entity(detail.citation.source), let spoiler = shield.hiding(article) else {
      return detail
    }
    var shown = detail
    shown.sourceName = spoiler.name
    return shown
  }

  /// `item`, the `index`th of the section `title` of `entity`'s page, as the shield lets
  /// it show; nil for what an episode's hidden title takes away (`hidden`).
  private func shielded(
    _ item: DetailItem, at index: Int, in title: String, of entity: Entity, hidden: Spoiler?,
    by shield: SpoilerShield
  ) -> DetailItem? {
    switch item {
    case .link(let id, let kind, _, let note):
      guard let target = self.entity(id), let spoiler = shield.hiding(target) else { return item }
      return .link(id: id, kind: kind, name: spoiler.name, note: note)
    case .field(let label, _) where hidden != nil && label == "Also called":
      return nil
    case .text where hidden != nil && title == "About":
      return nil
    case .fact(let label, var claims) where title == "Facts" && index < entity.facts.count:
      if let hidden, label == "Guest cast" {
        return .spoiler(Spoiler(reveals: hidden.reveals, key: hidden.key, name: label))
      }
      if let point = shield.hidingFact(index, of: entity) {
        let key = SpoilerShield.factKey(entity.id, index)
        return .spoiler(Spoiler(reveals: point, key: key, name: "Fact"))
      }
      for place in claims.indices {
        claims[place].citations = claims[place].citations.map { shielded($0, by: shield) }
      }
      return .fact(label: label, claims: claims)
    case .citation(let detail) where title == "Citations" && index < entity.citations.count:
      let key = SpoilerShield.citationKey(entity.id, index)
      guard let label = shield.hides(entity.citations[index].reveals, key: key) else {
        return .citation(shielded(detail, by: shield))
      }
      return .spoiler(Spoiler(reveals: label, key: key, name: "Citation"))
    default:
      return item
    }
  }
}

extension Catalog {
  /// The text of the article `id` as `shield` lets it be read: each passage a citation
  /// quotes and marks as revealing a point still to come stands as "[spoiler for S01E13]";
  /// an article that reveals one is that line alone. Nil when `id` names no article with
  /// text. Linear in the text and the article's citations: one locator over the text.
  public func text(ofSource id: String, shield: SpoilerShield) -> String? {
    guard let text = text(ofSource: id) else { return nil }
    guard shield.hidesAnything, let article = entity(id) else { return text }
    if let spoiler = shield.hiding(article) {
      return "[\(spoiler.line) — S shows every spoiler]"
    }
    var hidden: [(range: Range<String.Index>, label: String)] = []
    let locator = QuoteLocator(text: text)
    func hide(_ citations: [Citation], as label: (Citation) -> String?) {
      for citation in citations where citation.source == id {
        guard let label = label(citation), let range = locator.range(of: citation.quote)
        else { continue }
        hidden.append((range, label))
      }
    }
    for entity in entitiesSupported(by: id) {
      // A passage marked as revealing (its citation's, or its fact's) hides as the
      // entity's page hides it, and what `s` showed there shows here.
      for (index, citation) in entity.citations.enumerated() {
        let key = SpoilerShield.citationKey(entity.id, index)
        hide([citation]) { shield.hides($0.reveals, key: key) }
      }
      for index in entity.facts.indices {
        let label = shield.hidingFact(index, of: entity)
        hide(entity.facts[index].claims.flatMap(\.citations)) { _ in label }
      }
    }
    guard !hidden.isEmpty else { return text }
    hidden.sort { $0.range.lowerBound < $1.range.lowerBound }
    var shown = ""
    var position = text.startIndex
    for passage in hidden {
      if passage.range.lowerBound >= position {
        shown += text[position..<passage.range.lowerBound]
        shown += "[spoiler for \(passage.label)]"
        position = passage.range.upperBound
      } else if passage.range.upperBound > position {
        // Overlapping passages are hidden as one.
        position = passage.range.upperBound
      }
    }
    shown += text[position...]
    return shown
  }
}
