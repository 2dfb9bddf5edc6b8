/// The entities a search keyword leads to, gathered in one pass over a catalog so that a
/// term that names a fact label or a thread's mark reads only the entities that carry it,
/// and a term that names none reads no entity.
struct KeywordPlaces: Sendable {
  /// One label of the catalog's facts, folded once, and the entities whose facts carry it.
  struct FactLabel: Sendable {
    /// The label, as a keyword a term may begin a word of.
    let keyword: SearchKeyword
    /// The places of the entities with a fact of this label, in increasing order.
    let places: [UInt32]
  }

  /// Every distinct fact label, in the order first met.
  let factLabels: [FactLabel]
  /// The places of the threads marked as cliffhangers, in increasing order.
  let markedThreads: [UInt32]

  /// Gathers the keywords' places from `entities` (credits, which their person and
  /// character stand for, carry none).
  init(of entities: [Entity]) {
    var labels: [String] = []
    var placesOfLabel: [String: [UInt32]] = [:]
    var marked: [UInt32] = []
    for place in entities.indices where entities[place].kind != .credit {
      if case .thread(_, _, true) = entities[place].payload { marked.append(UInt32(place)) }
      for fact in entities[place].facts {
        if placesOfLabel[fact.label] == nil { labels.append(fact.label) }
        if placesOfLabel[fact.label]?.last != UInt32(place) {
          placesOfLabel[fact.label, default: []].append(UInt32(place))
        }
      }
    }
    factLabels = labels.map { label in
      FactLabel(
        keyword: SearchKeyword(tier: .text, label: "fact", text: label),
        places: placesOfLabel[label] ?? [])
    }
    markedThreads = marked
  }
}
