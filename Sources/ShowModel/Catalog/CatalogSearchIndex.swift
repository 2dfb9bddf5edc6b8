import ShowSearch
import Synchronization

/// For each tier, a `SearchIndex` over the texts a catalog searches, built on the first
/// search that reaches the tier, so that opening a catalog builds none of them and a search
/// that names fill never folds the quotes.
final class CatalogSearchIndex: Sendable {
  /// What one text of a tier belongs to: eight bytes, the text itself being in the index.
  struct Field: Sendable {
    /// The place of its entity in `Catalog.entities`.
    var entity: UInt32
    /// Its label, as a position in the tier's `labels`.
    var label: UInt32
  }

  /// One tier's texts: the fields they belong to, their labels, and the index over them.
  struct TierIndex: Sendable {
    /// The fields, in the order of the index's candidates: a hit's index is a place here.
    let fields: [Field]
    /// The labels the fields name ("name", "played by", "quote").
    let labels: [String]
    /// The index over the fields' texts.
    let index: SearchIndex

    /// The text of the field at `place`, as the catalog holds it.
    func text(_ place: Int) -> String { index[place] }

    /// The label of the field at `place`.
    func label(_ place: Int) -> String { labels[Int(fields[place].label)] }

    /// True when the text of the field at `place` has more than `limit` characters.
    func isLonger(_ place: Int, than limit: Int) -> Bool {
      let bytes = index.withUTF8(of: place) { $0.count }
      return bytes > limit && text(place).count > limit
    }
  }

  private let built = Mutex<[MatchTier: TierIndex]>([:])

  /// The tiers whose index has been built so far.
  var builtTiers: Set<MatchTier> { built.withLock { Set($0.keys) } }

  /// The index of `tier`, built from `catalog`'s entities the first time it is asked for.
  func index(of tier: MatchTier, in catalog: Catalog) -> TierIndex {
    built.withLock { built in
      if let index = built[tier] { return index }
      let index = Self.build(tier, of: catalog)
      built[tier] = index
      return index
    }
  }

  /// The texts of one tier for every entity but credits (which their person and character
  /// stand for), in entity order.
  private static func build(_ tier: MatchTier, of catalog: Catalog) -> TierIndex {
    var fields: [Field] = []
    var texts: [String] = []
    var labels: [String] = []
    var labelPlaces: [String: UInt32] = [:]
    let entities = catalog.entities
    for place in entities.indices where entities[place].kind != .credit {
      func add(_ label: String, _ text: String) {
        let labelPlace: UInt32
        if let known = labelPlaces[label] {
          labelPlace = known
        } else {
          labelPlace = UInt32(labels.count)
          labelPlaces[label] = labelPlace
          labels.append(label)
        }
        fields.append(Field(entity: UInt32(place), label: labelPlace))
        texts.append(text)
      }
      switch tier {
      case .name:
        add("name", entities[place].name)
        for alias in entities[place].aliases { add("alias", alias) }
      case .related:
        catalog.relatedNames(of: place, add)
      case .text:
        if let summary = entities[place].summary { add("summary", summary) }
        for fact in entities[place].facts {
          let label = fact.label.lowercased()
          for claim in fact.claims { add(label, claim.value) }
        }
        entities[place].forEachCitation { add("quote", $0.quote) }
      }
    }
    return TierIndex(fields: fields, labels: labels, index: SearchIndex(texts))
  }
}
