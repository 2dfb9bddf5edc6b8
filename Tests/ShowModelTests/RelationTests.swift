import Testing

@testable import ShowModel

/// Relations are navigable both ways on the built-in show and on a pack with episodes.
@Suite struct RelationTests {
  let catalog = try! PackLoader.catalog(path: nil)

  @Test func characterAndTheActorWhoPlaysThem() {
    #expect(catalog.people(playing: "hannah-baker").map(\.id) == ["katherine-langford"])
    let plays = catalog.credits(of: "katherine-langford").compactMap { credit -> String? in
      guard case .credit(_, let character?, _, _) = credit.payload else { return nil }
      return character
    }
    #expect(plays == ["hannah-baker"])
  }

  @Test func personAndTheirJobs() {
    let jobs = catalog.credits(of: "selena-gomez").compactMap { credit -> String? in
      guard case .credit(_, _, let job?, _) = credit.payload else { return nil }
      return job
    }
    #expect(jobs.count == 2)
    #expect(catalog.credits(of: "ross-butler").count == 2)
  }

  @Test func characterAndThreadsBothWays() throws {
    let threads = catalog.threads(of: "tyler")
    #expect(threads.map(\.id).contains("tyler-cliffhanger"))
    let thread = try #require(catalog.entity("tyler-cliffhanger"))
    guard case .thread(let characters, let seasons, let cliffhanger) = thread.payload else {
      Issue.record("not a thread")
      return
    }
    #expect(characters.contains("tyler"))
    #expect(cliffhanger)
    for season in seasons { #expect(catalog.threads(of: season).contains { $0.id == thread.id }) }
  }

  @Test func sourceAndEverythingItSupports() {
    let supported = catalog.entitiesSupported(by: "variety").map(\.id)
    #expect(supported.contains("season-2"))
    #expect(
      catalog.articles(reportingFrom: "variety").map(\.id) == ["article-officially-happening"])
    #expect(catalog.outlets(reportedIn: "article-so-close").map(\.id).contains("deadline"))
  }

  @Test func seasonAndEpisodesBothWays() throws {
    let catalog = try PackLoader.catalog(path: fixture("episodes.json"))
    #expect(catalog.episodes(of: "season-1").map(\.name) == ["Tape 1, Side A", "Tape 1, Side B"])
    let details = try #require(catalog.details(of: "tape-1-side-b"))
    let season = details.sections.first { $0.title == "Season" }
    #expect(season?.items == [.link(id: "season-1", kind: .season, name: "Season 1", note: nil)])
    #expect(details.sections.contains { $0.items.contains(.missing(label: "Air date")) })
  }

  @Test func aliasesAndMisspellingsResolveToOneEntity() {
    #expect(catalog.resolve("Minette") == .found(catalog.entity("dylan-minnette")!))
    #expect(catalog.resolve("hannah") == .found(catalog.entity("hannah-baker")!))
    #expect(catalog.resolve("HANNAH BAKER") == .found(catalog.entity("hannah-baker")!))
    #expect(catalog.resolve("katherine-langford") == .found(catalog.entity("katherine-langford")!))
  }

  @Test func unknownNamesGetSuggestions() {
    guard case .notFound(let suggestions) = catalog.resolve("hanah baker") else {
      Issue.record("expected notFound")
      return
    }
    #expect(suggestions.first?.id == "hannah-baker")
  }

  @Test func aNameThatFitsSeveralEntitiesIsAmbiguous() throws {
    let catalog = try PackLoader.catalog(path: fixture("episodes.json"))
    guard case .ambiguous(let entities) = catalog.resolve("Tony") else {
      Issue.record("expected ambiguous, got \(catalog.resolve("Tony"))")
      return
    }
    #expect(Set(entities.map(\.id)) == ["tony-padilla", "tony-the-dog"])
  }
}

/// The path of a file in the fixtures folder.
func fixture(_ name: String, _ file: String = #filePath) -> String {
  var parts = file.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast()
  return parts.joined(separator: "/") + "/Fixtures/" + name
}
