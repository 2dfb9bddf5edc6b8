import Testing

@testable import ShowModel

/// Building the index of the related names and of the texts copies each text once and
/// looks no credit's person or character up by id again, and the index holds what listing
/// every entity's related names and texts one by one gives.
@Suite struct TierIndexBuildTests {
  /// A catalog of `count` people who each play a character, with a job for every third, a
  /// thread for every fourth character with two characters (one an id that names nothing),
  /// and a summary of two lines for every entity.
  static func catalog(count: Int) -> Catalog {
    var entities = [Entity(id: "show", kind: .show, name: "Show", payload: .show)]
    for index in 0..<count {
      entities.append(
        Entity(
          id: "person-\(index)", kind: .person, name: "Actor \(index)",
          summary: "Actor \(index) acts.\nOn two lines.", payload: .person))
      entities.append(
        Entity(
          id: "character-\(index)", kind: .character, name: "Role \(index)",
          summary: "Role \(index) is played.\nOn two lines.",
          facts: [
            Fact(
              label: "Age",
              claims: [
                Claim(
                  value: "\(index) years",
                  citations: [Citation(source: "a", quote: "Aged \(index)")])
              ])
          ],
          citations: [Citation(source: "a", quote: "Role \(index) says so")], payload: .character))
      entities.append(
        Entity(
          id: "credit-\(index)", kind: .credit, name: "",
          payload: .credit(
            person: "person-\(index)", character: "character-\(index)",
            job: index % 3 == 0 ? "Writer" : nil, work: nil)))
      if index % 4 == 0 {
        entities.append(
          Entity(
            id: "thread-\(index)", kind: .thread, name: "Thread \(index)",
            payload: .thread(
              characters: ["character-\(index)", "nobody-\(index)"], seasons: [],
              cliffhanger: false)))
      }
    }
    return Catalog(
      pack: Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" }))
  }

  /// Each entity's related names found the slow way: every id looked up, entity by entity.
  static func relatedOracle(of catalog: Catalog) -> [(entity: Int, label: String, text: String)] {
    var listed: [(Int, String, String)] = []
    let entities = catalog.entities
    for place in entities.indices where entities[place].kind != .credit {
      let id = entities[place].id
      for credit in entities where credit.kind == .credit {
        guard case .credit(let person, let character, _, _) = credit.payload else { continue }
        if character == id { listed.append((place, "played by", catalog.name(of: person))) }
      }
      for credit in entities where credit.kind == .credit {
        guard case .credit(let person, let character, let job, _) = credit.payload,
          person == id
        else { continue }
        if let character { listed.append((place, "plays", catalog.name(of: character))) }
        if let job { listed.append((place, "job", job)) }
      }
      if case .thread(let characters, _, _) = entities[place].payload {
        for character in characters {
          listed.append((place, "character", catalog.name(of: character)))
        }
      }
    }
    return listed
  }

  @Test func theRelatedTierReadsCreditsThroughTheRelations() {
    // Every entity's names were listed apart, each credit's person or character found by
    // hashing its id: 300 lookups here for the credits alone.
    let catalog = Self.catalog(count: 100)
    var work = CatalogSearchIndex.BuildWork()
    let tier = CatalogSearchIndex.build(.related, of: catalog, work: &work)
    #expect(work.relatedListings == 1)
    // Only the 25 threads' characters, whose order the relations do not keep.
    #expect(work.idLookups == 50, "\(work.idLookups) ids looked up")
    let expected = Self.relatedOracle(of: catalog)
    #expect(tier.fields.count == expected.count)
    for (place, field) in expected.enumerated() where place < tier.fields.count {
      #expect(Int(tier.fields[place].entity) == field.entity, "field \(place)")
      #expect(tier.label(place) == field.label, "field \(place)")
      #expect(tier.text(place) == field.text, "field \(place)")
    }
  }

  @Test func theTextTierCopiesEachTextWhole() {
    // Each byte was written on its own: about 9,000 writes for these 700 texts.
    let catalog = Self.catalog(count: 100)
    var work = CatalogSearchIndex.BuildWork()
    let tier = CatalogSearchIndex.build(.text, of: catalog, work: &work)
    // A summary each for 200 entities; for each character a fact's value, its quote and
    // the character's own quote.
    #expect(tier.fields.count == 500)
    #expect(work.copies == tier.fields.count, "\(work.copies) copies of 500 texts")
    var expected: [String] = []
    for entity in catalog.entities where entity.kind != .credit {
      if let summary = entity.summary { expected.append(summary) }
      for fact in entity.facts {
        for claim in fact.claims { expected.append(claim.value) }
      }
      for citation in entity.allCitations { expected.append(citation.quote) }
    }
    let texts = tier.fields.indices.map { tier.text($0) }
    #expect(texts == expected.map { String($0.map { $0 == "\n" ? " " : $0 }) })
    #expect(tier.label(0) == "summary")
  }

  @Test func eachLabelIsHashedOnce() {
    // Every field's label was looked up by its hash: 500 lookups for three labels.
    let catalog = Self.catalog(count: 100)
    var work = CatalogSearchIndex.BuildWork()
    let texts = CatalogSearchIndex.build(.text, of: catalog, work: &work)
    #expect(texts.labels == ["summary", "age", "quote"])
    #expect(work.labelHashes == 3, "\(work.labelHashes) hashes of 3 labels")
    work = CatalogSearchIndex.BuildWork()
    let related = CatalogSearchIndex.build(.related, of: catalog, work: &work)
    #expect(Set(related.labels) == ["plays", "job", "played by", "character"])
    #expect(work.labelHashes == 4, "\(work.labelHashes) hashes of 4 labels")
  }
}
