import ShowModel

/// Which entities each section lists, as places in `Catalog.entities`, and where each entity
/// stands in its section's list: worked out in one pass when the browser opens a catalog,
/// so that listing a section, counting it, or finding an entity in it never walks the pack.
struct SectionMembers: Sendable {
  /// For each section, in section order, the places of its entities in `catalog.entities`:
  /// four bytes each, every list allocated once at its length.
  let members: [[UInt32]]
  /// For each place in `catalog.entities`, its row in its section's list (-1: not listed).
  private let rows: [Int32]

  /// Sorts the entities of `catalog` into sections; linear in the number of entities. The
  /// sections are counted first, so that no list grows by doubling: lists of 8-byte places
  /// grown that way took up to four times the room of these.
  init(catalog: Catalog) {
    let entities = catalog.entities
    var counts = [Int](repeating: 0, count: Section.allCases.count)
    var episodeCounts: [String: Int] = [:]
    for place in entities.indices {
      switch entities[place].payload {
      case .show, .season: break
      case .episode(let season, _): episodeCounts[season, default: 0] += 1
      default: counts[Section.containing(entities[place].kind).rawValue] += 1
      }
    }
    // The show section holds the catalog's show only, which may stand first or be made up;
    // a season is followed by its episodes, and an episode of no listed season is not listed.
    var seasonCount = 0
    for place in entities.indices where entities[place].kind == .season {
      seasonCount += 1 + (episodeCounts[entities[place].id] ?? 0)
    }
    counts[Section.seasons.rawValue] = seasonCount
    var members: [[UInt32]] = counts.map { count in
      var list: [UInt32] = []
      list.reserveCapacity(count)
      return list
    }
    // Episodes by season, as places in one list: where each season's start, then the places.
    var episodeStarts: [String: Int] = [:]
    var next = 0
    for (season, count) in episodeCounts {
      episodeStarts[season] = next
      next += count
    }
    var episodes = [UInt32](repeating: 0, count: next)
    var filled = episodeStarts
    var credits: [UInt32] = []
    credits.reserveCapacity(counts[Section.people.rawValue])
    // By place, reading fields in the array: `enumerated()` would copy every entity.
    for place in entities.indices {
      let kind = entities[place].kind
      switch kind {
      case .show, .season: break
      case .episode:
        if case .episode(let season, _) = entities[place].payload, let slot = filled[season] {
          episodes[slot] = UInt32(place)
          filled[season] = slot + 1
        }
      case .credit: credits.append(UInt32(place))
      case .character, .person, .thread, .source:
        members[Section.containing(kind).rawValue].append(UInt32(place))
      }
    }
    for place in entities.indices where entities[place].kind == .season {
      members[Section.seasons.rawValue].append(UInt32(place))
      let id = entities[place].id
      if let start = episodeStarts[id], let end = filled[id] {
        members[Section.seasons.rawValue] += episodes[start..<end]
      }
    }
    members[Section.people.rawValue] += credits
    self.members = members
    var rows = [Int32](repeating: -1, count: entities.count)
    for list in members {
      for (row, place) in list.enumerated() where rows[Int(place)] < 0 {
        rows[Int(place)] = Int32(row)
      }
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
  let places: [UInt32]
  /// Entities listed as values, for the show section whose show may not be in the pack.
  let values: [Entity]

  /// A list of the entities at `places` in `catalog`.
  init(catalog: Catalog, places: [UInt32]) {
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
    return catalog.entities[Int(places[position])]
  }
}
