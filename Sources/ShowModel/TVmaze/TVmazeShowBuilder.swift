/// Builds a `TVmazeShow` from a show object, entity by entity, in the pack's order: the
/// show, the source, seasons, episodes, characters, people, credits.
struct TVmazeShowBuilder {
  private let show: TVmazeFields
  private let fetched: String
  private var citation = Citation(source: TVmazeShow.sourceID, quote: "")
  private var shows: [Entity] = []
  private var seasons: [Entity] = []
  private var episodes: [Entity] = []
  private var characters: [Entity] = []
  private var people: [Entity] = []
  private var credits: [Entity] = []
  /// Ids already used, so that a repeated record (TVmaze lists a person once per
  /// character) makes one entity.
  private var used: Set<String> = []
  /// Each episode's airstamp, by episode id.
  private var airstamps: [String: String] = [:]
  /// The episode whose guest cast is being read, if any: a person, character or credit
  /// first met there reveals that episode, unless the show's cast or crew names it too.
  private var guestsOf: String?
  /// The ids of the people, characters and credits of the show's own cast and crew.
  private var castIDs: Set<String> = []

  init(show: TVmazeFields, fetched: String) {
    self.show = show
    self.fetched = fetched
  }

  mutating func build() throws(TVmazeProblem) -> TVmazeShow {
    let id = try show.count("id")
    let name = try show.string("name")
    let network = try networkName(show)
    let premiered = try show.optionalString("premiered")
    let ended = try show.optionalString("ended")
    let status = try show.optionalString("status")
    let imdb = try show.optionalObject("externals")?.optionalString("imdb")
    var facts: [Fact] = []
    try addFact("Premiered", premiered, to: &facts)
    try addFact("Ended", ended, to: &facts)
    try addFact("Status", status, to: &facts)
    try addFact(networkLabel(show), network, to: &facts)
    try addFact("Type", show.optionalString("type"), to: &facts)
    try addFact("Language", show.optionalString("language"), to: &facts)
    let genres = try show.strings("genres")
    try addFact("Genres", genres.isEmpty ? nil : genres.joined(separator: ", "), to: &facts)
    var runtime = try show.optionalInteger("runtime")
    if runtime == nil { runtime = try show.optionalInteger("averageRuntime") }
    try addFact("Runtime", runtime.map { "\($0) min" }, to: &facts)
    try addFact("Rating", show.optionalObject("rating")?.optionalNumber("average"), to: &facts)
    try addFact("Official site", show.optionalString("officialSite"), to: &facts)
    try addFact("TVmaze id", String(id), to: &facts)
    try addFact("IMDb id", imdb, to: &facts)
    // The licence asks for attribution where the data is shown: the show page carries it.
    try addFact(
      "Data", "from TVmaze (tvmaze.com), licensed CC BY-SA 4.0, fetched \(fetched)", to: &facts)
    shows.append(
      Entity(
        id: "show", kind: .show, name: name,
        summary: try show.optionalString("summary").map(HTMLText.plain), facts: facts,
        citations: [citation], payload: .show))
    let url = try show.optionalString("url") ?? "https://www.tvmaze.com/shows/\(id)"
    let source = Entity(
      id: TVmazeShow.sourceID, kind: .source, name: "TVmaze show \(id)",
      summary:
        "\(url), fetched \(fetched). Data from TVmaze (tvmaze.com), licensed CC BY-SA 4.0.",
      payload: .source(kind: .record, text: nil))

    let embedded = try show.optionalObject("_embedded")
    try readSeasons(embedded)
    try readEpisodes(embedded)
    try readCast(embedded)
    try readCrew(embedded)
    // A guest the show's cast or crew names too is no spoiler.
    for index in people.indices where castIDs.contains(people[index].id) {
      people[index].reveals = nil
    }
    for index in characters.indices where castIDs.contains(characters[index].id) {
      characters[index].reveals = nil
    }
    for index in credits.indices where castIDs.contains(credits[index].id) {
      credits[index].reveals = nil
    }
    let entities = shows + [source] + seasons + episodes + characters + people + credits
    let paths = entities.indices.map { "entities[\($0)]" }
    var pack = Pack(entities: entities, paths: paths)
    pack.airstamps = airstamps
    return TVmazeShow(
      pack: pack, tvmazeID: id, imdbID: imdb, name: name,
      premiered: premiered, ended: ended, status: status, network: network,
      updated: try show.optionalInteger("updated"))
  }

  // MARK: - Seasons and episodes

  private mutating func readSeasons(_ embedded: TVmazeFields?) throws(TVmazeProblem) {
    for season in try embedded?.objects("seasons") ?? [] {
      let number = try season.count("number")
      var facts: [Fact] = []
      try addFact("Premiered", season.optionalString("premiereDate"), to: &facts)
      try addFact("Ended", season.optionalString("endDate"), to: &facts)
      try addFact("Episodes", season.optionalInteger("episodeOrder").map(String.init), to: &facts)
      try addFact(networkLabel(season), networkName(season), to: &facts)
      let title = try season.optionalString("name")
      addSeason(number, title: title, summary: try season.optionalString("summary"), facts: facts)
    }
  }

  private mutating func addSeason(
    _ number: Int, title: String? = nil, summary: String? = nil, facts: [Fact] = []
  ) {
    let id = Self.seasonID(number)
    guard used.insert(id).inserted else { return }
    var name = "Season \(number)"
    if let title, title != name { name += ": \(title)" }
    seasons.append(
      Entity(
        id: id, kind: .season, name: name, summary: summary.map(HTMLText.plain), facts: facts,
        citations: [citation], payload: .season(number: number)))
  }

  private mutating func readEpisodes(_ embedded: TVmazeFields?) throws(TVmazeProblem) {
    for episode in try embedded?.objects("episodes") ?? [] {
      let season = try episode.count("season")
      let number = try episode.optionalCount("number")
      let title = try episode.optionalString("name")
      let airdate = try episode.optionalString("airdate")
      let id: String
      var name: String
      if let number {
        id = "s\(Self.twoDigits(season))e\(Self.twoDigits(number))"
        name = "S\(Self.twoDigits(season))E\(Self.twoDigits(number))"
      } else {
        id = "s\(Self.twoDigits(season))-special-\(try episode.integer("id"))"
        name = "S\(Self.twoDigits(season)) special"
        if let airdate { name += " (\(airdate))" }
      }
      if let title { name += " \(title)" }
      guard used.insert(id).inserted else { continue }
      if let airstamp = try episode.optionalString("airstamp") { airstamps[id] = airstamp }
      // An episode of a season the response does not list still gets its season.
      addSeason(season)
      var facts: [Fact] = []
      try addFact("Air date", airdate, to: &facts)
      try addFact("Runtime", episode.optionalInteger("runtime").map { "\($0) min" }, to: &facts)
      try addFact("Rating", episode.optionalObject("rating")?.optionalNumber("average"), to: &facts)
      let type = try episode.optionalString("type")
      try addFact("Type", type == "regular" ? nil : type?.replacing("_", with: " "), to: &facts)
      // The guest cast, when it was fetched (`add --guests`), as TVmaze embeds it.
      var guests: [String] = []
      guestsOf = id
      for guest in try episode.optionalObject("_embedded")?.objects("guestcast") ?? [] {
        guests.append(try addCastMember(guest))
      }
      guestsOf = nil
      try addFact("Guest cast", guests.isEmpty ? nil : guests.joined(separator: "; "), to: &facts)
      episodes.append(
        Entity(
          // The title alone finds the episode too ("The Logbook", as well as its label).
          id: id, kind: .episode, name: name, aliases: title.map { [$0] } ?? [],
          summary: try episode.optionalString("summary").map(HTMLText.plain), facts: facts,
          citations: [citation], payload: .episode(season: Self.seasonID(season), number: number)))
    }
  }

  // MARK: - Cast and crew

  private mutating func readCast(_ embedded: TVmazeFields?) throws(TVmazeProblem) {
    for member in try embedded?.objects("cast") ?? [] {
      try addCastMember(member)
    }
  }

  /// Adds a cast member (of the show, or a guest of an episode): the person, the
  /// character and the credit, each once. Returns "Person as Character", with the role
  /// when it is a voice or the person as themselves.
  @discardableResult
  private mutating func addCastMember(_ member: TVmazeFields) throws(TVmazeProblem) -> String {
    let personObject = try member.object("person")
    let person = try addPerson(personObject)
    let character = try member.object("character")
    let characterName = try character.string("name")
    let characterID = "character-\(try character.integer("id"))"
    if used.insert(characterID).inserted {
      characters.append(
        Entity(
          id: characterID, kind: .character, name: characterName, citations: [citation],
          payload: .character, reveals: guestsOf))
    }
    var roles: [String] = []
    if try member.flag("self") { roles.append("as self") }
    if try member.flag("voice") { roles.append("voice") }
    let role = roles.isEmpty ? nil : roles.joined(separator: ", ")
    let id = "credit-\(person)-\(characterID)"
    if used.insert(id).inserted {
      var facts: [Fact] = []
      try addFact("Role", role, to: &facts)
      credits.append(
        Entity(
          id: id, kind: .credit, name: "", facts: facts, citations: [citation],
          payload: .credit(person: person, character: characterID, job: nil, work: nil),
          reveals: guestsOf))
    }
    if guestsOf == nil { castIDs.formUnion([person, characterID, id]) }
    return "\(try personObject.string("name")) as \(characterName)"
      + (role.map { " (\($0))" } ?? "")
  }

  private mutating func readCrew(_ embedded: TVmazeFields?) throws(TVmazeProblem) {
    for member in try embedded?.objects("crew") ?? [] {
      let person = try addPerson(member.object("person"))
      castIDs.insert(person)
      let job = try member.string("type")
      let id = "crew-\(person)-\(Slug.of(job, or: "job"))"
      guard used.insert(id).inserted else { continue }
      credits.append(
        Entity(
          id: id, kind: .credit, name: "", citations: [citation],
          payload: .credit(person: person, character: nil, job: job, work: nil)))
    }
  }

  /// Adds the person once; returns their id.
  private mutating func addPerson(_ person: TVmazeFields) throws(TVmazeProblem) -> String {
    let id = "person-\(try person.integer("id"))"
    let name = try person.string("name")
    guard used.insert(id).inserted else { return id }
    var facts: [Fact] = []
    try addFact("Born", person.optionalString("birthday"), to: &facts)
    try addFact("Died", person.optionalString("deathday"), to: &facts)
    try addFact("Country", person.optionalObject("country")?.optionalString("name"), to: &facts)
    try addFact("Gender", person.optionalString("gender"), to: &facts)
    people.append(
      Entity(
        id: id, kind: .person, name: name, facts: facts, citations: [citation], payload: .person,
        reveals: guestsOf))
    return id
  }

  // MARK: - Parts

  /// Adds a fact with one claim citing the record, when there is a value.
  private func addFact(_ label: String, _ value: String?, to facts: inout [Fact])
    throws(TVmazeProblem)
  {
    guard let value, !value.isEmpty else { return }
    facts.append(
      Fact(label: label, claims: [Claim(value: value, citations: [citation], note: nil)]))
  }

  /// "Network" for a broadcaster, "Web channel" for a streaming service.
  private func networkLabel(_ object: TVmazeFields) throws(TVmazeProblem) -> String {
    let network = try object.optionalObject("network")
    let webChannel = try object.optionalObject("webChannel")
    return network == nil && webChannel != nil ? "Web channel" : "Network"
  }

  /// The network's or web channel's name, with its country's code ("NBC (US)").
  private func networkName(_ object: TVmazeFields) throws(TVmazeProblem) -> String? {
    var channel = try object.optionalObject("network")
    if channel == nil { channel = try object.optionalObject("webChannel") }
    guard let channel else { return nil }
    let name = try channel.string("name")
    guard let code = try channel.optionalObject("country")?.optionalString("code") else {
      return name
    }
    return "\(name) (\(code))"
  }

  static func seasonID(_ number: Int) -> String { "season-\(number)" }

  static func twoDigits(_ number: Int) -> String {
    number >= 0 && number < 10 ? "0\(number)" : String(number)
  }
}
