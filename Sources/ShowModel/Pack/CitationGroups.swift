/// The citations of a pack's entities grouped by the article they quote, each group in file
/// order, held flat: one array of places of 16 bytes each, cut into groups by offsets, so
/// that grouping costs two passes over the citations and no array per article.
struct CitationGroups {
  /// Where a citation is: its entity, and its place in it. Places compare in file order.
  struct Place: Comparable {
    /// The index of the entity in the pack.
    var entity: Int32
    /// The fact holding the citation, or -1 for the entity's own citations.
    var fact: Int32
    /// The claim of that fact holding the citation (0 for the entity's own).
    var claim: Int32
    /// The citation's index in its list.
    var index: Int32

    /// The place of `place` in the entity at `entity`.
    init(entity: Int, _ place: PackValidator.CitationPlace) {
      self.entity = Int32(truncatingIfNeeded: entity)
      fact = Int32(truncatingIfNeeded: place.claim?.fact ?? -1)
      claim = Int32(truncatingIfNeeded: place.claim?.claim ?? 0)
      index = Int32(truncatingIfNeeded: place.index)
    }

    /// The place as the validator names it.
    var place: PackValidator.CitationPlace {
      PackValidator.CitationPlace(
        claim: fact < 0 ? nil : (Int(fact), Int(claim)), index: Int(index))
    }

    /// True when `lhs` comes before `rhs` in the file.
    static func < (lhs: Place, rhs: Place) -> Bool {
      (lhs.entity, lhs.fact, lhs.claim, lhs.index) < (rhs.entity, rhs.fact, rhs.claim, rhs.index)
    }
  }

  /// The entity index of each article with text, in file order; where ids repeat, the
  /// last article with that id.
  private var articles: [Int] = []
  /// Where each article's places start in `places`; one more than the articles.
  private var starts: [Int] = []
  /// The places of the citations with a quote that name an article, grouped by article.
  private var places: [Place] = []

  /// Groups the citations of `entities` that have a quote and name an article with text.
  /// `ids` is the index of the entities' ids: a citation's article is found through it,
  /// and each entity's citations are read where the entity holds them, not copied with it.
  init(_ entities: [Entity], ids: EntityIDIndex) {
    // The slot of each article, under the first entity with its id, so that a citation
    // finds it by the same lookup; -1 for every other entity.
    var slotOfFirst = [Int32](repeating: -1, count: entities.count)
    for index in entities.indices {
      guard case .source(.article, _?) = entities[index].payload,
        let first = ids.first(entities[index].id, in: entities)
      else { continue }
      if slotOfFirst[first] >= 0 {
        articles[Int(slotOfFirst[first])] = index
      } else {
        slotOfFirst[first] = Int32(truncatingIfNeeded: articles.count)
        articles.append(index)
      }
    }
    func slot(of citation: Citation) -> Int32 {
      guard citation.hasQuote, let first = ids.first(citation.source, in: entities) else {
        return -1
      }
      return slotOfFirst[first]
    }
    // First pass: the article of each citation, and how many each article has.
    var slots: [Int32] = []
    var counts = [Int](repeating: 0, count: articles.count + 1)
    for index in entities.indices {
      Self.forEachCitation(entities[index].citations, entities[index].facts) { citation, _ in
        let found = slot(of: citation)
        slots.append(found)
        if found >= 0 { counts[Int(found) + 1] += 1 }
      }
    }
    for slot in counts.indices.dropFirst() { counts[slot] += counts[slot - 1] }
    starts = counts
    // Second pass: each citation's place, put at the next free place of its article.
    var next = counts
    places = [Place](
      repeating: Place(entity: 0, PackValidator.CitationPlace(claim: nil, index: 0)),
      count: counts[articles.count])
    var ordinal = 0
    for index in entities.indices {
      Self.forEachCitation(entities[index].citations, entities[index].facts) { _, place in
        let slot = Int(slots[ordinal])
        ordinal += 1
        guard slot >= 0 else { return }
        places[next[slot]] = Place(entity: index, place)
        next[slot] += 1
      }
    }
  }

  /// `PackValidator.forEachCitation` over an entity's citations and facts, taken apart
  /// from the entity so that reading them does not copy the whole entity.
  private static func forEachCitation(
    _ citations: [Citation], _ facts: [Fact],
    _ body: (Citation, PackValidator.CitationPlace) -> Void
  ) {
    for index in citations.indices {
      body(citations[index], PackValidator.CitationPlace(claim: nil, index: index))
    }
    for factIndex in facts.indices {
      for claimIndex in facts[factIndex].claims.indices {
        let citations = facts[factIndex].claims[claimIndex].citations
        for index in citations.indices {
          body(
            citations[index],
            PackValidator.CitationPlace(claim: (factIndex, claimIndex), index: index))
        }
      }
    }
  }

  /// Each article cited at least once, as its entity index, with its citations' places.
  var groups: [(article: Int, places: ArraySlice<Place>)] {
    articles.indices.compactMap { slot in
      starts[slot] == starts[slot + 1]
        ? nil : (articles[slot], places[starts[slot]..<starts[slot + 1]])
    }
  }
}
