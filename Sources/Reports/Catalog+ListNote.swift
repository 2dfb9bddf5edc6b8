import ShowModel

extension Catalog {
  /// A few words beside an entity in a list: who plays a character, what a person does,
  /// who is in a thread, what kind of source a source is.
  public func listNote(for entity: Entity) -> String? {
    switch entity.payload {
    case .character:
      let people = people(playing: entity.id).map(\.name)
      return people.isEmpty ? nil : "played by " + people.joined(separator: ", ")
    case .person:
      let roles = credits(of: entity.id).compactMap { credit -> String? in
        guard case .credit(_, let character, let job, let work) = credit.payload else { return nil }
        let role = character.map { name(of: $0) } ?? job
        return role.map { work == nil ? $0 : "\($0) (\(work!))" }
      }
      return roles.joined(separator: "; ")
    case .thread(let characters, _, let cliffhanger):
      let names = characters.map { name(of: $0) }.joined(separator: ", ")
      return cliffhanger
        ? "cliffhanger" + (names.isEmpty ? "" : "; " + names) : (names.isEmpty ? nil : names)
    case .season:
      let episodes = episodes(of: entity.id).count
      let threads = threads(of: entity.id).count
      return
        "\(episodes == 0 ? "episodes " + EntityDetails.notGiven : "\(episodes) episodes"), \(threads) threads"
    case .episode(let season, let number):
      return name(of: season) + (number.map { ", episode \($0)" } ?? "")
    case .source(let kind, _):
      return kind.rawValue
    case .credit, .show:
      return nil
    }
  }
}
