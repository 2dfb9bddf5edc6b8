import ShowSearch

/// A person's page in another show of the library.
public struct ShowAppearance: Sendable, Hashable {
  /// The other show's library id.
  public var show: String
  /// The other show's name.
  public var showName: String
  /// The person's entity id in that show.
  public var entity: String

  /// Creates an appearance.
  public init(show: String, showName: String, entity: String) {
    self.show = show
    self.showName = showName
    self.entity = entity
  }
}

/// The people of one show who are in other shows of the library too, by their entity id
/// in this show. People are matched across shows by `personKey`.
public struct OtherShows: Sendable, Equatable {
  /// The other shows of each person that has any.
  public var appearances: [String: [ShowAppearance]]

  /// Creates the table.
  public init(_ appearances: [String: [ShowAppearance]] = [:]) {
    self.appearances = appearances
  }

  /// What matches one person to another across shows: the name folded as search folds it
  /// (no case, no accents, ø as o), its words of letters and digits, in any script, joined by single spaces;
  /// empty for a name of none.
  public static func personKey(_ name: String) -> String {
    let folded = MatchFolding.lowercased(name)
    var key = ""
    var pendingSpace = false
    for character in folded {
      if character.isLetter || character.isNumber {
        if pendingSpace && !key.isEmpty { key.append(" ") }
        pendingSpace = false
        key.append(character)
      } else {
        pendingSpace = true
      }
    }
    return key
  }

  /// The key of every person of `catalog`, by entity id.
  public static func personKeys(in catalog: Catalog) -> [String: String] {
    var keys: [String: String] = [:]
    for person in catalog.entities(of: .person) {
      let key = personKey(person.name)
      if !key.isEmpty { keys[person.id] = key }
    }
    return keys
  }
}

extension EntityDetails {
  /// The details with a section that links to the entity's pages in other shows, when it
  /// has any, after its relations (before its facts and citations).
  public func adding(_ others: OtherShows) -> EntityDetails {
    guard let found = others.appearances[entity.id], !found.isEmpty else { return self }
    var details = self
    let place =
      sections.firstIndex { $0.title == "Facts" || $0.title == "Citations" } ?? sections.count
    details.sections.insert(
      DetailSection(title: "In other shows", items: found.map(DetailItem.otherShow)), at: place)
    return details
  }
}
