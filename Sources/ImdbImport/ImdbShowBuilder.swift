import ShowLibrary
import ShowModel

/// Builds the pack of one IMDb series from its rows, in the pack's order: the show, the
/// source, seasons, episodes, characters, people, credits. A character is one name in the
/// series, played by whoever played it; a credit joins a person to a character (or to a
/// job) over the episodes they share.
struct ImdbShowBuilder {
  /// The notice IMDb asks for wherever its data is shown.
  static let notice = "Information courtesy of IMDb (https://www.imdb.com). Used with permission."
  /// The source entity's id.
  static let sourceID = "imdb"

  private let citation = Citation(source: ImdbShowBuilder.sourceID, quote: "")
  private var seasons: [Entity] = []
  private var episodes: [Entity] = []
  private var characters: [Entity] = []
  private var people: [Entity] = []
  private var credits: [Entity] = []
  /// Character ids by name, and the ids taken.
  private var characterIDs: [String: String] = [:]
  private var used: Set<String> = []
  /// The next number to try after a base id that is taken ("character-unnamed" for every
  /// name in a script the slug drops), so that many such names cost one look each.
  private var nextNumber: [String: Int] = [:]
  /// Crew credit ids by person and job (two jobs may make the same slug).
  private var crewIDs: [String: String] = [:]
  /// Each credit's episodes (labels, in order) by credit id, and where it is in `credits`.
  private var creditEpisodes: [String: [String]] = [:]
  private var creditIndex: [String: Int] = [:]

  /// The pack and the library's line of `series`.
  static func build(
    _ series: SeriesRow, episodes: [EpisodeRow], principals: [PrincipalRow]
  ) -> (Pack, LibraryShow) {
    var builder = ImdbShowBuilder()
    return builder.build(series, episodes: episodes, principals: principals)
  }

  private mutating func build(
    _ series: SeriesRow, episodes episodeRows: [EpisodeRow], principals: [PrincipalRow]
  ) -> (Pack, LibraryShow) {
    let titleID = ImdbID.title(series.id)
    var facts: [Fact] = []
    addFact("Type", series.isMiniSeries ? "TV mini-series" : "TV series", to: &facts)
    addFact("Years", years(series), to: &facts)
    if series.originalTitle != series.title {
      addFact("Original title", series.originalTitle, to: &facts)
    }
    addFact("Runtime", series.runtime.map { "\($0) min" }, to: &facts)
    addFact("Genres", series.genres?.split(separator: ",").joined(separator: ", "), to: &facts)
    addFact(EpisodeRating.label, rating(series.rating, series.votes), to: &facts)
    addFact("IMDb id", titleID, to: &facts)
    addFact("Data", Self.notice, to: &facts)
    let show = Entity(
      id: "show", kind: .show, name: series.title, facts: facts, citations: [citation],
      payload: .show)
    let source = Entity(
      id: Self.sourceID, kind: .source, name: "IMDb title \(titleID)",
      summary: "https://www.imdb.com/title/\(titleID)/. \(Self.notice)",
      payload: .source(kind: .record, text: nil))

    var labels: [Int: String] = [:]
    var idsByTitle: [Int: String] = [:]
    for row in episodeRows {
      let (id, label) = addEpisode(row)
      labels[row.id] = label
      idsByTitle[row.id] = id
    }
    // Each episode's principals, for its page, in their order.
    var principalsByEpisode: [String: [String]] = [:]
    // The series' principals first, then each episode's in the episodes' order, so that a
    // credit's episodes are in air order.
    var byTitle: [Int: [PrincipalRow]] = [:]
    for principal in principals { byTitle[principal.title, default: []].append(principal) }
    let ordered = (byTitle[series.id] ?? []) + episodeRows.flatMap { byTitle[$0.id] ?? [] }
    for principal in ordered {
      let person = addPerson(principal)
      let episode = labels[principal.title]
      var said: [String] = []
      if principal.characters.isEmpty || !Self.isCast(principal.category) {
        let job = principal.job ?? principal.category.replacing("_", with: " ")
        addCredit(person: person, character: nil, job: job, episode: episode)
        said.append("\(principal.name) (\(job))")
      } else {
        for name in principal.characters {
          let character = addCharacter(name)
          addCredit(person: person, character: character, job: nil, episode: episode)
          said.append("\(principal.name) as \(name)")
        }
      }
      if let id = idsByTitle[principal.title] {
        principalsByEpisode[id, default: []].append(contentsOf: said)
      }
    }
    for index in episodes.indices {
      guard let said = principalsByEpisode[episodes[index].id] else { continue }
      addFact("Principals", said.joined(separator: "; "), to: &episodes[index].facts)
    }
    for (id, labels) in creditEpisodes {
      guard let index = creditIndex[id] else { continue }
      let span = labels.count == 1 ? labels[0] : "\(labels[0]) to \(labels[labels.count - 1])"
      addFact("Episodes", "\(labels.count) (\(span))", to: &credits[index].facts)
    }
    let entities = [show, source] + seasons + episodes + characters + people + credits
    let pack = Pack(entities: entities, paths: entities.indices.map { "entities[\($0)]" })
    let line = LibraryShow(
      id: titleID, name: series.title, start: series.start, end: series.end,
      seasons: seasons.count, episodes: episodes.count, origin: .imdb, imdb: titleID)
    return (pack, line)
  }

  // MARK: - Seasons and episodes

  private mutating func addEpisode(_ row: EpisodeRow) -> (id: String, label: String) {
    let seasonID = addSeason(row.season)
    let titleID = ImdbID.title(row.id)
    var id: String
    var label: String
    if let season = row.season, let number = row.number {
      id = "s\(Self.twoDigits(season))e\(Self.twoDigits(number))"
      label = "S\(Self.twoDigits(season))E\(Self.twoDigits(number))"
    } else if let season = row.season {
      id = "s\(Self.twoDigits(season))-\(titleID)"
      label = "S\(Self.twoDigits(season)) \(titleID)"
    } else {
      id = "no-season-\(titleID)"
      label = row.number.map { "Episode \($0)" } ?? titleID
    }
    // Two rows of one number: the second is told apart by its title id.
    if !used.insert(id).inserted {
      id += "-\(titleID)"
      label += " (\(titleID))"
      used.insert(id)
    }
    var facts: [Fact] = []
    addFact("Year", row.year.map(String.init), to: &facts)
    addFact("Runtime", row.runtime.map { "\($0) min" }, to: &facts)
    addFact(EpisodeRating.label, rating(row.rating, row.votes), to: &facts)
    addFact("IMDb id", titleID, to: &facts)
    episodes.append(
      Entity(
        id: id, kind: .episode, name: row.title.map { "\(label) \($0)" } ?? label,
        aliases: row.title.map { [$0] } ?? [], facts: facts, citations: [citation],
        // Without a season its number places it nowhere (the ratings grid leaves it out).
        payload: .episode(season: seasonID, number: row.season == nil ? nil : row.number)))
    return (id, label)
  }

  private mutating func addSeason(_ number: Int?) -> String {
    let id = number.map { "season-\($0)" } ?? "no-season"
    guard used.insert(id).inserted else { return id }
    seasons.append(
      Entity(
        id: id, kind: .season, name: number.map { "Season \($0)" } ?? "No season",
        citations: [citation], payload: .season(number: number ?? 0)))
    return id
  }

  // MARK: - People, characters and credits

  private mutating func addPerson(_ row: PrincipalRow) -> String {
    let id = ImdbID.person(row.person)
    guard used.insert(id).inserted else { return id }
    var facts: [Fact] = []
    addFact("Born", row.birth.map(String.init), to: &facts)
    addFact("Died", row.death.map(String.init), to: &facts)
    let professions = row.professions?.split(separator: ",").map {
      $0.replacing("_", with: " ")
    }
    addFact("Professions", professions?.joined(separator: ", "), to: &facts)
    addFact("IMDb id", id, to: &facts)
    people.append(
      Entity(
        id: id, kind: .person, name: row.name, facts: facts, citations: [citation], payload: .person
      ))
    return id
  }

  private mutating func addCharacter(_ name: String) -> String {
    if let id = characterIDs[name] { return id }
    let id = freeID("character-" + Slug.of(name, or: "unnamed"))
    characterIDs[name] = id
    characters.append(
      Entity(id: id, kind: .character, name: name, citations: [citation], payload: .character))
    return id
  }

  private mutating func addCredit(
    person: String, character: String?, job: String?, episode: String?
  ) {
    let id: String
    if let character {
      id = "credit-\(person)-\(character)"
    } else {
      let key = person + "\u{0}" + (job ?? "")
      id = crewIDs[key] ?? freeID("crew-\(person)-\(Slug.of(job ?? "", or: "job"))")
      crewIDs[key] = id
    }
    if creditIndex[id] == nil {
      used.insert(id)
      creditIndex[id] = credits.count
      credits.append(
        Entity(
          id: id, kind: .credit, name: "", citations: [citation],
          payload: .credit(person: person, character: character, job: job, work: nil)))
    }
    if let episode, creditEpisodes[id]?.last != episode {
      creditEpisodes[id, default: []].append(episode)
    }
  }

  /// `base`, or the first of `base-2`, `base-3`… not taken, now taken.
  private mutating func freeID(_ base: String) -> String {
    var id = base
    var number = nextNumber[base] ?? 2
    while used.contains(id) {
      id = "\(base)-\(number)"
      number += 1
    }
    nextNumber[base] = number
    used.insert(id)
    return id
  }

  /// True for the categories whose `characters` name roles played.
  static func isCast(_ category: String) -> Bool {
    category == "actor" || category == "actress" || category == "self"
      || category == "archive_footage"
  }

  // MARK: - Parts

  private func addFact(_ label: String, _ value: String?, to facts: inout [Fact]) {
    guard let value, !value.isEmpty else { return }
    facts.append(Fact(label: label, claims: [Claim(value: value, citations: [citation])]))
  }

  private func rating(_ rating: Double?, _ votes: Int?) -> String? {
    rating.map { EpisodeRating(rating: $0, votes: votes).text }
  }

  private func years(_ series: SeriesRow) -> String? {
    guard let start = series.start else { return nil }
    guard let end = series.end else { return series.isMiniSeries ? String(start) : "\(start)–" }
    return start == end ? String(start) : "\(start)–\(end)"
  }

  static func twoDigits(_ number: Int) -> String {
    number >= 0 && number < 10 ? "0\(number)" : String(number)
  }
}
