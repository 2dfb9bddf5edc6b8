import Foundation
import Testing

@testable import ShowModel

/// A saved TVmaze show response becomes a sound pack: every season, episode, person,
/// character and credit, each fact citing the TVmaze record.
struct TVmazeShowTests {
  private func read() throws -> TVmazeShow {
    let bytes = try [UInt8](
      Data(contentsOf: URL(fileURLWithPath: fixture("tvmaze/harbor-lights.json"))))
    return try TVmazeShow.read(bytes: bytes, fetched: "2026-11-28")
  }

  @Test func theShowAndItsRecordAreRead() throws {
    let show = try read()
    #expect(show.name == "Harbor Lights")
    #expect(show.tvmazeID == 90210)
    #expect(show.imdbID == "tt9000001")
    #expect(show.premiered == "2019-03-01")
    #expect(show.ended == "2020-04-10")
    #expect(show.network == "Netflix")
    #expect(show.updated == 1_717_000_000)
    let entity = show.pack.entities[0]
    #expect(entity.kind == .show)
    #expect(
      entity.summary
        == "In a fishing town, a keeper's daughter finds a logbook that rewrites the town's past & its secrets.\nSecond paragraph \u{2014} with \"quotes\"."
    )
    let facts = Dictionary(
      uniqueKeysWithValues: entity.facts.map { ($0.label, $0.claims[0].value) })
    #expect(facts["Web channel"] == "Netflix")
    #expect(facts["Runtime"] == "52 min")
    #expect(facts["Genres"] == "Drama, Mystery")
    #expect(facts["Rating"] == "7.9")
    #expect(facts["Official site"] == nil)
    let source = show.pack.entities[1]
    #expect(source.name == "TVmaze show 90210")
    #expect(source.payload == .source(kind: .record, text: nil))
    #expect(
      source.summary?.contains(
        "https://www.tvmaze.com/shows/90210/harbor-lights, fetched 2026-11-28") == true)
    #expect(source.summary?.contains("CC BY-SA") == true)
  }

  @Test func episodesAreLabelledAndSpecialsKeepTheirDate() throws {
    let episodes = try read().pack.entities.filter { $0.kind == .episode }
    #expect(
      episodes.map(\.name) == [
        "S01E01 The Logbook", "S01E02 Fog", "S01 special (2019-12-20) Behind the Lights",
        "S02E01 The Storm", "S02E02 Low Tide",
      ])
    #expect(episodes[2].payload == .episode(season: "season-1", number: nil))
    #expect(episodes[0].aliases == ["The Logbook"])
    #expect(
      episodes[2].facts.first { $0.label == "Type" }?.claims[0].value == "significant special")
    #expect(episodes[3].summary == "The storm arrives.\nNobody leaves.")
    #expect(episodes[1].facts.map(\.label) == ["Air date", "Runtime"])
  }

  @Test func castAndCrewBecomePeopleCharactersAndCredits() throws {
    let entities = try read().pack.entities
    #expect(
      entities.filter { $0.kind == .season }.map(\.name) == ["Season 1", "Season 2: The Storm"])
    #expect(
      entities.filter { $0.kind == .person }.map(\.name) == [
        "Ada Morrow", "Bram Ellis", "Cole Vance", "Dana Wolfe",
      ])
    #expect(entities.filter { $0.kind == .character }.count == 4)
    let credits = entities.filter { $0.kind == .credit }
    #expect(credits.count == 6)
    let voice = credits.first { $0.id == "credit-person-302-character-402" }
    #expect(voice?.facts.first?.claims[0].value == "voice")
    let own = credits.first { $0.id == "credit-person-303-character-404" }
    #expect(own?.facts.first?.claims[0].value == "as self")
    #expect(
      credits.contains {
        $0.payload
          == .credit(person: "person-304", character: nil, job: "Executive Producer", work: nil)
      })
  }

  @Test func theShowValidatesAndEveryFactCitesTheRecord() throws {
    let pack = try read().pack
    #expect(PackLoader.problems(in: pack, named: "harbor-lights.json").isEmpty)
    for entity in pack.entities where entity.kind != .source && entity.kind != .credit {
      #expect(entity.citations.map(\.source) == [TVmazeShow.sourceID], "\(entity.id)")
    }
    let catalog = Catalog(pack: pack)
    let details = try #require(catalog.details(of: "person-303"))
    #expect(details.sections.contains { $0.title == "Facts" })
    // A voice role is marked on the person's page, beside the character.
    let plays = try #require(
      catalog.details(of: "person-302")?.sections.first { $0.title == "Plays" })
    #expect(
      plays.items.contains(
        .link(id: "character-402", kind: .character, name: "The Lighthouse", note: "voice")))
    // And on the character's page, beside the person.
    let playedBy = try #require(
      catalog.details(of: "character-402")?.sections.first { $0.title == "Played by" })
    #expect(
      playedBy.items == [.link(id: "person-302", kind: .person, name: "Bram Ellis", note: "voice")])
    // The summary's two paragraphs stay two on the show's page.
    let about = try #require(catalog.details(of: "show")?.sections.first)
    let texts = about.items.compactMap { item -> String? in
      if case .text(let text) = item { return text }
      return nil
    }
    #expect(texts.count == 2)
    #expect(texts.last == "Second paragraph \u{2014} with \"quotes\".")
  }

  @Test func aFieldOfTheWrongTypeIsNamedByItsPath() {
    let cases: [(String, String, String)] = [
      (#"[1]"#, "", "expected a TVmaze show object, found an array"),
      (#"{"name": "X"}"#, "id", "missing integer field \"id\""),
      (#"{"id": 1, "name": ""}"#, "name", "missing string field \"name\""),
      (
        #"{"id": 1, "name": "X", "_embedded": {"episodes": [{"season": 1, "number": 1}, {"season": "2"}]}}"#,
        "_embedded.episodes[1].season", "expected an integer, found a string"
      ),
      (
        #"{"id": 1, "name": "X", "_embedded": {"cast": [{"person": {"id": 1, "name": "A"}}]}}"#,
        "_embedded.cast[0].character", "missing object field \"character\""
      ),
      (#"{"id": 1.5, "name": "X"}"#, "id", "expected an integer, found 1.5"),
      (#"{"id": -5, "name": "X"}"#, "id", "expected a number from 0, found -5"),
      (#"{"id": 5, "name": "   "}"#, "name", "expected a name, found only spaces"),
      (
        #"{"id": 1, "name": "X", "genres": "Drama"}"#, "genres", "expected an array, found a string"
      ),
      (
        #"{"id": 1, "name": "X", "_embedded": {"seasons": [{"number": -1}]}}"#,
        "_embedded.seasons[0].number", "expected a number from 0, found -1"
      ),
      (
        #"{"id": 1, "name": "X", "_embedded": {"episodes": [{"season": 1, "number": -2}]}}"#,
        "_embedded.episodes[0].number", "expected a number from 0, found -2"
      ),
    ]
    for (json, path, message) in cases {
      #expect(throws: TVmazeProblem(path: path, message: message)) {
        try TVmazeShow.read(bytes: Array(json.utf8), fetched: "2026-11-28")
      }
    }
  }

  @Test func badJSONSaysWhere() {
    #expect(throws: TVmazeProblem(path: "", message: "line 1, column 9: trailing comma before '}'"))
    {
      try TVmazeShow.read(bytes: Array(#"{"id": 1, }"#.utf8), fetched: "")
    }
  }
}

/// Summaries lose their tags and keep their paragraphs.
struct HTMLTextTests {
  @Test func tagsGoReferencesAreDecodedParagraphsStay() {
    #expect(HTMLText.plain("<p>One <b>two</b></p><p>three&amp;four</p>") == "One two\nthree&four")
    #expect(HTMLText.plain("a&#x41;&#66;&unknown;&") == "aAB&unknown;&")
    #expect(HTMLText.plain("1 < 2 and <i>x</i>") == "1 < 2 and x")
    #expect(HTMLText.plain("  spaced \n  out  ") == "spaced out")
    #expect(HTMLText.plain("<br/>line<br>next") == "line\nnext")
    #expect(HTMLText.plain("&#0;") == "&#0;")
    #expect(HTMLText.plain("<p>a<script>x<y</SCRIPT>b<style>p{}</style>c</p>") == "abc")
    #expect(HTMLText.plain("a<script>never ends") == "a")
  }

  /// Many `<` with no `>` after them: each looks for the end once, not to the end of the
  /// text each time (quadratic, minutes at this size before the look was remembered).
  @Test func unclosedTagsAreReadOnce() {
    let text = String(repeating: "<a", count: 250_000)
    #expect(HTMLText.plain(text).count == 500_000)
  }
}
