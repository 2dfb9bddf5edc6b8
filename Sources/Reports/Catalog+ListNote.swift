import ShowModel

extension Catalog {
  /// A few words beside an entity in a list: who plays a character, what a person does,
  /// what kind of source a source is.
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
    case .season:
      let episodes = episodes(of: entity.id).count
      let threads = threads(of: entity.id).count
      let episodeCount =
        episodes == 0
        ? "episodes " + EntityDetails.notGiven
        : "\(episodes) \(episodes == 1 ? "episode" : "episodes")"
      return episodeCount + ", \(threads) \(threads == 1 ? "thread" : "threads")"
    case .episode(let season, let number):
      return name(of: season) + (number.map { ", episode \($0)" } ?? "")
    case .source(let kind, _):
      return kind.rawValue
    case .credit, .show, .thread:
      return nil
    }
  }

  /// What a list says under an entity's row, whole: whether a thread is a cliffhanger, and
  /// its characters.
  public func listDetail(for entity: Entity) -> String? {
    guard case .thread(let characters, _, let cliffhanger) = entity.payload else { return nil }
    var parts = cliffhanger ? ["cliffhanger"] : []
    if !characters.isEmpty {
      parts.append("characters: " + characters.map { name(of: $0) }.joined(separator: ", "))
    }
    return parts.isEmpty ? nil : parts.joined(separator: "; ")
  }

  /// The row of `entity` in a list: its note beside it and its detail under it.
  public func listRow(for entity: Entity) -> ListRow {
    ListRow(entity: entity, note: listNote(for: entity), detail: listDetail(for: entity))
  }
}

/// One entity in a text list: a short note beside its name, cut to fit, and a detail on
/// lines of its own under it, given whole.
public struct ListRow: Sendable {
  /// The entity listed.
  public var entity: Entity
  /// A few words beside the name.
  public var note: String?
  /// What follows under the row, wrapped.
  public var detail: String?

  /// Creates a row.
  public init(entity: Entity, note: String? = nil, detail: String? = nil) {
    self.entity = entity
    self.note = note
    self.detail = detail
  }
}
