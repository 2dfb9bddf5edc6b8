extension Catalog {
  /// The details page of the entity with `id`, or nil when there is none.
  public func details(of id: String) -> EntityDetails? {
    guard let entity = entity(id) else { return nil }
    var sections: [DetailSection] = []
    func add(_ title: String, _ items: [DetailItem]) {
      if !items.isEmpty { sections.append(DetailSection(title: title, items: items)) }
    }
    add("About", aboutItems(entity))
    for (title, items) in relationSections(entity) { add(title, items) }
    add("Facts", entity.facts.map(factItem))
    add("Citations", entity.citations.map { .citation(citationDetail($0)) })
    return EntityDetails(entity: entity, sections: sections)
  }

  /// A citation with its article's and outlet's names.
  public func citationDetail(_ citation: Citation) -> CitationDetail {
    CitationDetail(
      citation: citation, sourceName: name(of: citation.source),
      viaName: citation.via.map(name(of:)))
  }

  // MARK: - Sections

  private func aboutItems(_ entity: Entity) -> [DetailItem] {
    var items: [DetailItem] = [.field(label: "Kind", value: entity.kind.label)]
    if !entity.aliases.isEmpty {
      items.append(.field(label: "Also called", value: entity.aliases.joined(separator: ", ")))
    }
    switch entity.payload {
    case .season(let number):
      items.append(.field(label: "Number", value: String(number)))
    case .episode(_, let number):
      items.append(
        number.map { .field(label: "Number", value: String($0)) } ?? .missing(label: "Number"))
      // An episode named by its label alone ("S01E03") has no title in the sources.
      if entity.aliases.isEmpty && EpisodeLine.isLabel(entity.name) {
        items.append(.missing(label: "Title"))
      }
      if !entity.facts.contains(where: { $0.label == "Air date" }) {
        items.append(.missing(label: "Air date"))
      }
    case .credit(_, _, let job, let work):
      if let job { items.append(.field(label: "Job", value: job)) }
      items.append(.field(label: "Work", value: work ?? show.name))
    case .thread(_, _, let cliffhanger):
      if cliffhanger { items.append(.field(label: "Cliffhanger", value: "yes")) }
    case .source(let kind, let text):
      items.append(.field(label: "Source kind", value: kind.rawValue))
      if let text {
        let words = text.split(whereSeparator: \.isWhitespace).count
        items.append(.article(source: entity.id, words: words))
      }
    case .show, .character, .person:
      break
    }
    // A summary of several paragraphs (an imported one keeps its HTML's) shows each apart.
    for paragraph in entity.summary?.split(separator: "\n") ?? [] {
      items.append(.text(String(paragraph)))
    }
    return items
  }

  private func relationSections(_ entity: Entity) -> [(String, [DetailItem])] {
    switch entity.payload {
    case .show:
      return [
        ("Seasons", links(to: .season)),
        ("Plot threads", links(to: .thread)),
        (
          "Pages",
          [disagreementsLink()]
            + (RatingsGrid.hasRatings(self)
              ? [.page(id: RatingsGrid.pageID, title: RatingsGrid.title, note: nil)] : [])
        ),
      ]
    case .season:
      let episodes = episodes(of: entity.id)
      return [
        ("Episodes", episodes.isEmpty ? [.missing(label: "Episode titles")] : episodes.map(link)),
        ("Plot threads", threads(of: entity.id).map(link)),
      ]
    case .episode(let season, _):
      return [("Season", [link(season)])]
    case .character:
      let credits = credits(of: entity.id)
      let playedBy: [DetailItem] = credits.compactMap { credit in
        guard case .credit(let person, _, let job, let work) = credit.payload else { return nil }
        // A voice or a person as themselves is marked, as on the person's page.
        let role = credit.facts.first { $0.label == "Role" }?.claims.first?.value
        return .link(
          id: person, kind: .person, name: name(of: person),
          note: [role, job, work].compactMap { $0 }.joined(separator: ", ").nilIfEmpty)
      }
      return [
        ("Played by", playedBy.isEmpty ? [.missing(label: "Actor")] : playedBy),
        ("Plot threads", threads(of: entity.id).map(link)),
      ]
    case .person:
      return personSections(entity)
    case .credit(let person, let character, _, _):
      return [("Person", [link(person)]), ("Character", character.map { [link($0)] } ?? [])]
    case .thread(let characters, let seasons, _):
      return [("Characters", characters.map(link)), ("Seasons", seasons.map(link))]
    case .source(let kind, _):
      let supports = ("Supports", entitiesSupported(by: entity.id).map(link))
      switch kind {
      case .article: return [("Reports from", outlets(reportedIn: entity.id).map(link)), supports]
      case .outlet:
        return [("Reported in", articles(reportingFrom: entity.id).map(link)), supports]
      case .record: return [supports]
      }
    }
  }

  /// The link to the Disagreements page, with how many points it lists.
  private func disagreementsLink() -> DetailItem {
    let count = disagreementCount
    return .page(
      id: DisagreementsPage.id, title: DisagreementsPage.title,
      note: count == 1 ? "1 point" : "\(count) points")
  }

  private func personSections(_ person: Entity) -> [(String, [DetailItem])] {
    var plays: [DetailItem] = []
    var jobs: [DetailItem] = []
    for credit in credits(of: person.id) {
      guard case .credit(_, let character, let job, let work) = credit.payload else { continue }
      if let character {
        // A role the credit states ("voice", "as self") is marked beside the character.
        let role = credit.facts.first { $0.label == "Role" }?.claims.first?.value
        let note = [role, work.map { "in \($0)" }].compactMap { $0 }.joined(separator: ", ")
        plays.append(
          .link(
            id: character, kind: .character, name: name(of: character),
            note: note.isEmpty ? nil : note))
      } else {
        jobs.append(
          .link(
            id: credit.id, kind: .credit, name: job ?? credit.name, note: work.map { "in \($0)" }))
      }
    }
    return [("Plays", plays), ("Jobs", jobs)]
  }

  /// Links to every entity of `kind`, in pack order, each borrowed in place rather than
  /// copied.
  private func links(to kind: EntityKind) -> [DetailItem] {
    var links: [DetailItem] = []
    for place in entities.indices where entities[place].kind == kind {
      links.append(link(entities[place]))
    }
    return links
  }

  /// A link to `entity`, which it borrows.
  private func link(_ entity: borrowing Entity) -> DetailItem {
    .link(id: entity.id, kind: entity.kind, name: entity.name, note: nil)
  }

  /// A link to the entity with `id`, or a field saying it is missing.
  private func link(_ id: String) -> DetailItem {
    guard let place = place(of: id) else { return .field(label: "Missing", value: id) }
    return link(entities[place])
  }

  private func factItem(_ fact: Fact) -> DetailItem {
    .fact(label: fact.label, claims: claimDetails(fact))
  }
}

extension String {
  fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
