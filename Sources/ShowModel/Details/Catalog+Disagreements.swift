/// Every point where the sources disagree: the page behind `tvbrowse show disagreements` and
/// the browser's Disagreements view.
public struct DisagreementsPage: Sendable, Equatable {
  /// The page's id, as `show` and links name it.
  public static let id = "disagreements"
  /// The page's title.
  public static let title = "Disagreements"

  /// The points, in the pack's order of entities, then of facts.
  public var points: [DisagreementPoint]
}

/// One matter on which the sources make more than one claim, with the entity it is about.
public struct DisagreementPoint: Sendable, Equatable {
  /// The entity the fact belongs to.
  public var entity: Entity
  /// What the fact is about ("Renewal").
  public var label: String
  /// Each side: its claim and the citations that make it.
  public var claims: [ClaimDetail]
  /// What hides the point, when the spoiler shield hides it: its label and claims are
  /// then empty.
  public var spoiler: Spoiler? = nil
}

extension DisagreementsPage {
  /// The page as `shield` lets it be read: a point whose fact reveals what is still to
  /// come keeps its place but says only which episode it reveals; an entity hidden whole
  /// is named by what stands for it.
  public func shielded(by shield: SpoilerShield) -> DisagreementsPage {
    guard shield.hidesAnything else { return self }
    var page = self
    for index in page.points.indices {
      let entity = page.points[index].entity
      let place = entity.facts.firstIndex { $0.label == page.points[index].label }
      // An episode or a season hides its title and summary, not its facts.
      let whole =
        entity.kind == .episode || entity.kind == .season ? nil : shield.hiding(entity)
      let label = whole?.reveals ?? place.flatMap { shield.hidingFact($0, of: entity) }
      page.points[index].entity = shield.shielded(entity)
      guard let label else { continue }
      // An entity hidden whole is shown whole by its own key; a fact by the fact's.
      let key =
        whole?.key ?? place.map { SpoilerShield.factKey(entity.id, $0) } ?? entity.id
      page.points[index].spoiler = Spoiler(reveals: label, key: key, name: "Fact")
      page.points[index].label = ""
      page.points[index].claims = []
    }
    return page
  }
}

extension Catalog {
  /// Every fact of every entity on which the sources disagree: gathered in one pass over
  /// the facts when first asked for, then kept, since the browser asks on keystrokes.
  public func disagreements() -> DisagreementsPage {
    builtDisagreements.withLock { built in
      if let page = built.page { return page }
      let page = gatherDisagreements()
      built = (page, built.builds + 1)
      return page
    }
  }

  /// How many times the Disagreements page has been gathered, for tests that check it is
  /// gathered once per catalog.
  var disagreementsBuilds: Int { builtDisagreements.withLock { $0.builds } }

  /// The Disagreements page, in one pass over every entity's facts.
  private func gatherDisagreements() -> DisagreementsPage {
    var points: [DisagreementPoint] = []
    for entity in entities {
      for fact in entity.facts where fact.isDisagreement {
        points.append(
          DisagreementPoint(entity: entity, label: fact.label, claims: claimDetails(fact)))
      }
    }
    return DisagreementsPage(points: points)
  }

  /// A fact's claims with their citations resolved.
  func claimDetails(_ fact: Fact) -> [ClaimDetail] {
    fact.claims.map { claim in
      ClaimDetail(
        value: claim.value, note: claim.note, citations: claim.citations.map(citationDetail))
    }
  }
}
