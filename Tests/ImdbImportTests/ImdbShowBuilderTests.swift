import ShowModel
import Testing

@testable import ImdbImport

@Suite struct ImdbShowBuilderTests {
  private func principal(
    _ title: Int, person: Int, category: String = "actor", job: String? = nil,
    characters: [String] = []
  ) -> PrincipalRow {
    PrincipalRow(
      title: title, person: person, category: category, job: job, characters: characters,
      name: "Person \(person)", birth: nil, death: nil, professions: nil)
  }

  @Test func namesASlugDropsStillMakeOneCharacterEach() {
    let letters = Array(
      "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地人山川海空月日火水木金土"
        + "春夏秋冬東西南北上中下左右前後内外")
    let names = (0..<2000).map {
      String([letters[$0 % letters.count], letters[$0 / letters.count]])
    }
    let (pack, _) = ImdbShowBuilder.build(
      SeriesRow(id: 1, isMiniSeries: false, title: "東京"),
      episodes: [EpisodeRow(id: 2, season: 1, number: 1)],
      principals: [principal(2, person: 1, characters: names)])
    let characters = pack.entities.filter { $0.kind == .character }
    #expect(characters.map(\.name) == names)
    #expect(Set(characters.map(\.id)).count == 2000)
    #expect(
      characters.prefix(3).map(\.id) == [
        "character-unnamed", "character-unnamed-2", "character-unnamed-3",
      ])
  }

  @Test func twoJobsOfOneSlugAreTwoCredits() {
    let (pack, _) = ImdbShowBuilder.build(
      SeriesRow(id: 1, isMiniSeries: false, title: "S"),
      episodes: [EpisodeRow(id: 2, season: 1, number: 1), EpisodeRow(id: 3, season: 1, number: 2)],
      principals: [
        principal(2, person: 7, category: "writer", job: "作家"),
        principal(2, person: 7, category: "writer", job: "脚本"),
        principal(3, person: 7, category: "writer", job: "作家"),
      ])
    let credits = pack.entities.filter { $0.kind == .credit }
    #expect(credits.map(\.id) == ["crew-nm0000007-job", "crew-nm0000007-job-2"])
    #expect(
      credits.map { $0.facts.first?.claims.first?.value } == ["2 (S01E01 to S01E02)", "1 (S01E01)"])
  }
}
