import ShowModel

/// Which entities each section lists, as places in `Catalog.entities`, and where each entity
/// stands in its section's list: worked out in one pass when the browser opens a catalog,
/// so that listing a section, counting it, or finding an entity in it never walks the pack.
struct SectionMembers: Sendable {
  /// For each section, in section order, the places of its entities in `catalog.entities`.
  let members: [[Int]]
  /// For each place in `catalog.entities`, its row in its section's list (-1: not listed).
  private let rows: [Int32]

  /// Sorts the entities of `catalog` into sections; linear in the number of entities.
  init(catalog: Catalog) {
    let entities = catalog.entities
    var members = [[Int]](repeating: [], count: Section.allCases.count)
    var seasons: [Int] = []
    var episodesBySeason: [String: [Int]] = [:]
    var credits: [Int] = []
    // By place, reading fields in the array: `enumerated()` would copy every entity.
    for place in entities.indices {
      let kind = entities[place].kind
      switch kind {
      case .season: seasons.append(place)
      case .episode:
        if case .episode(let season, _) = entities[place].payload {
          episodesBySeason[season, default: []].append(place)
        }
      case .credit: credits.append(place)
      case .show, .character, .person, .thread, .source:
        members[Section.containing(kind).rawValue].append(place)
      }
    }
    // The show section holds the catalog's show only, which may stand first or be made up.
    members[Section.show.rawValue] = []
    // A season is followed by its episodes; an episode of no listed season is not listed.
    var seasonList: [Int] = []
    for place in seasons {
      seasonList.append(place)
      seasonList += episodesBySeason[entities[place].id] ?? []
    }
    members[Section.seasons.rawValue] = seasonList
    members[Section.people.rawValue] += credits
    self.members = members
    var rows = [Int32](repeating: -1, count: entities.count)
    for list in members {
      for (row, place) in list.enumerated() where rows[place] < 0 { rows[place] = Int32(row) }
    }
    self.rows = rows
  }

  /// The row of the entity at `place` in `catalog.entities` within its section's list.
  func row(ofPlace place: Int) -> Int? {
    rows.indices.contains(place) && rows[place] >= 0 ? Int(rows[place]) : nil
  }
}

/// The entities the list pane shows, read from the catalog by place without copying the
/// list: a random-access collection of entities.
public struct EntityList: RandomAccessCollection, Sendable {
  /// The catalog the places point into.
  let catalog: Catalog?
  /// Places in `catalog.entities`, in list order.
  let places: [Int]
  /// Entities listed as values, for the show section whose show may not be in the pack.
  let values: [Entity]

  /// A list of the entities at `places` in `catalog`.
  init(catalog: Catalog, places: [Int]) {
    self.catalog = catalog
    self.places = places
    values = []
  }

  /// A list of the given entities.
  init(_ values: [Entity] = []) {
    catalog = nil
    places = []
    self.values = values
  }

  /// The first position.
  public var startIndex: Int { 0 }
  /// One past the last position.
  public var endIndex: Int { catalog == nil ? values.count : places.count }
  /// The entity at `position`.
  public subscript(position: Int) -> Entity {
    guard let catalog else { return values[position] }
    return catalog.entities[places[position]]
  }
}
