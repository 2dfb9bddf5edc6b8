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
    let relations = tier == .related ? catalog.relations : nil
    // Counted first, so that the fields and the texts' bytes are allocated once at their
    // size, and the texts are written straight into the block the index searches: an
    // array of the texts, and fields grown by doubling, took up to 48 bytes a text beside
    // the index being built.
    var count = 0
    var byteCount = 0
    forEachText(of: tier, in: catalog, relations: relations) { _, _, text in
      count += 1
      byteCount += text().utf8.count + 1
    }
    var fields: [Field] = []
    fields.reserveCapacity(count)
    var labels: [String] = []
    var labelPlaces: [String: UInt32] = [:]
    let block = UnsafeMutablePointer<UInt8>.allocate(capacity: max(byteCount, 1))
    var written = 0
    forEachText(of: tier, in: catalog, relations: relations) { place, label, text in
      let labelPlace: UInt32
      if let known = labelPlaces[label] {
        labelPlace = known
      } else {
        labelPlace = UInt32(labels.count)
        labelPlaces[label] = labelPlace
        labels.append(label)
      }
      fields.append(Field(entity: UInt32(place), label: labelPlace))
      written = Self.write(text(), into: block, at: written)
    }
    let address = UInt(bitPattern: block)
    let index = SearchIndex(lines: UnsafeBufferPointer(start: block, count: written)) {
      UnsafeMutablePointer<UInt8>(bitPattern: address)?.deallocate()
    }
    return TierIndex(fields: fields, labels: labels, index: index)
  }

  /// Writes `text` and a newline at `offset` in `block`; returns the offset after them. A
  /// line break inside the text is written as a space, so that each text stays one line of
  /// the index.
  private static func write(_ text: String, into block: UnsafeMutablePointer<UInt8>, at offset: Int)
    -> Int
  {
    var offset = offset
    for byte in text.utf8 {
      block[offset] = byte == 0x0A ? 0x20 : byte
      offset += 1
    }
    block[offset] = 0x0A
    return offset + 1
  }

  /// Calls `body` with the place of the entity, the label and the text (read only when
  /// asked) of every text of `tier`, for every entity but credits, in entity order.
  private static func forEachText(
    of tier: MatchTier, in catalog: Catalog, relations: Catalog.Relations?,
    _ body: (_ place: Int, _ label: String, _ text: () -> String) -> Void
  ) {
    let entities = catalog.entities
    for place in entities.indices where entities[place].kind != .credit {
      switch tier {
      case .name:
        body(place, "name") { entities[place].name }
        for alias in entities[place].aliases { body(place, "alias") { alias } }
      case .related:
        guard let relations else { return }
        catalog.relatedNames(of: place, in: relations) { label, name in
          withoutActuallyEscaping(name) { body(place, label, $0) }
        }
      case .text:
        if let summary = entities[place].summary { body(place, "summary") { summary } }
        for fact in entities[place].facts {
          let label = fact.label.lowercased()
          for claim in fact.claims { body(place, label) { claim.value } }
        }
        entities[place].forEachCitation { citation in body(place, "quote") { citation.quote } }
      }
    }
  }
}
