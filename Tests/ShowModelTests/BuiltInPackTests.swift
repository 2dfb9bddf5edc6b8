import Testing

@testable import ShowModel

/// The built-in pack: clean, fully cited, and carrying the articles byte for byte.
@Suite struct BuiltInPackTests {
  let catalog = try! PackLoader.catalog(path: nil)

  @Test func validatesClean() {
    let result = PackLoader.inspectBuiltIn()
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.pack != nil)
  }

  @Test func embeddedArticlesMatchTheSeedsFolder() throws {
    let seeds = packageRoot() + "/seeds"
    for name in [
      "000_10b43d2d2bc7ca08.txt", "001_bd3102f392a451dd.txt", "002_495cdb6362bd8ea9.txt",
    ] {
      let onDisk = try FileBytes.read(seeds + "/" + name, limit: 1 << 20)
      #expect(EmbeddedFiles.shared.bytes(at: "seeds/" + name) == onDisk, "seeds/\(name)")
    }
  }

  @Test func everyEntityButAnArticleCarriesACitation() {
    for entity in catalog.entities {
      if case .source(.article, _) = entity.payload { continue }
      #expect(!entity.allCitations.isEmpty, "\(entity.id) has no citation")
    }
  }

  @Test func everyQuoteStandsInItsArticle() {
    var checked = 0
    for entity in catalog.entities {
      for citation in entity.allCitations {
        let text = catalog.text(ofSource: citation.source)
        #expect(text != nil, "\(citation.source) has no text")
        #expect(
          QuoteLocator.contains(citation.quote, in: text ?? ""),
          "\(entity.id): \(citation.quote)")
        checked += 1
      }
    }
    #expect(checked > 100)
  }

  /// The articles give each season's count ("will have 13 episodes, the same as the first
  /// season") and nothing else about its episodes: each is numbered, cites that sentence,
  /// and has no title.
  @Test func givesEachSeasonThirteenNumberedEpisodesAndNothingMore() throws {
    let episodes = catalog.entities(of: .episode)
    #expect(episodes.count == 26)
    for (index, episode) in episodes.enumerated() {
      let season = index / 13 + 1
      let number = index % 13 + 1
      #expect(episode.payload == .episode(season: "season-\(season)", number: number))
      #expect(episode.name == "S0\(season)E\(number < 10 ? "0" : "")\(number)")
      #expect(episode.aliases.isEmpty && episode.summary == nil && episode.facts.isEmpty)
      #expect(
        episode.citations.map(\.quote) == ["will have 13 episodes, the same as the first season"])
    }
    let details = try #require(catalog.details(of: "s02e05"))
    #expect(details.sections.contains { $0.items.contains(.missing(label: "Title")) })
  }

  @Test func holdsEveryPersonTheArticlesName() {
    let names = Set(catalog.entities(of: .person).map(\.name))
    let expected: Set = [
      "Katherine Langford", "Dylan Minnette", "Miles Heizer", "Justin Prentice", "Devin Druid",
      "Ross Butler", "Alisha Boe", "Brandon Flynn", "Christian Navarro", "Brian Yorkey",
      "Selena Gomez", "Jay Asher",
    ]
    #expect(names == expected)
  }

  @Test func showsTheDisagreementsSideBySide() throws {
    let season = try #require(catalog.entity("season-2"))
    let renewal = try #require(season.facts.first { $0.label == "Renewal" })
    #expect(renewal.isDisagreement)
    let articles = Set(renewal.claims.flatMap { $0.citations.map(\.source) })
    #expect(articles.count == 3, "all three articles speak to the renewal")
    let gomez = try #require(catalog.entity("selena-gomez"))
    #expect(gomez.facts.contains { $0.isDisagreement })
    let release = try #require(season.facts.first { $0.label == "Release" })
    #expect(release.claims.count == 2)
  }
}

/// The package's root folder, found from this file's path.
func packageRoot(_ file: String = #filePath) -> String {
  var parts = file.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)
  return parts.joined(separator: "/")
}
