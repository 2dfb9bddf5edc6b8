import Glibc
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

    /// The text of the field at `place`, as the index holds it: a line break reads as a space.
    func text(_ place: Int) -> String { index[place] }

    /// The label of the field at `place`.
    func label(_ place: Int) -> String { labels[Int(fields[place].label)] }

    /// True when the text of the field at `place` has more than `limit` characters.
    func isLonger(_ place: Int, than limit: Int) -> Bool {
      let bytes = index.withUTF8(of: place) { $0.count }
      return bytes > limit && text(place).count > limit
    }
  }

  /// What building one tier's index did, for tests that check what it costs.
  struct BuildWork {
    /// How many times every entity's related names were listed.
    var relatedListings = 0
    /// How many ids were looked up to find a related name.
    var idLookups = 0
    /// How many copies wrote texts' bytes into the index's block (one per text when each
    /// is copied whole).
    var copies = 0
    /// How many times a field's label was looked up by its hash.
    var labelHashes = 0
  }

  /// One tier's index, once built. Its lock is held while the index is built, so that a
  /// search that needs it waits for that build rather than starting another.
  private final class TierSlot: Sendable {
    let index = Mutex<TierIndex?>(nil)
    /// True once a build on another thread was asked for.
    let isStarted = Atomic<Bool>(false)
    /// True once the index is built: from then on its lock is only held to read it.
    let isBuilt = Atomic<Bool>(false)
  }

  /// The slots of the tiers, by raw value.
  private let slots = [TierSlot(), TierSlot(), TierSlot()]
  /// How many builds run on other threads.
  private let runningBuilds = Atomic<Int>(0)
  /// What a build on another thread runs before it starts: nothing but in tests, which
  /// hold a build there to act while it runs, whatever the machine's speed.
  let beforeBackgroundBuild = Mutex<(@Sendable () -> Void)?>(nil)
  private let builtKeywordPlaces = Mutex<KeywordPlaces?>(nil)

  /// The entities each search keyword leads to, gathered from `catalog` the first time a
  /// search asks.
  func keywordPlaces(of catalog: Catalog) -> KeywordPlaces {
    builtKeywordPlaces.withLock { built in
      if let built { return built }
      let places = KeywordPlaces(of: catalog.entities)
      built = places
      return places
    }
  }

  /// The tiers whose index has been built so far.
  var builtTiers: Set<MatchTier> {
    Set([MatchTier.name, .related, .text].filter { readyIndex(of: $0) != nil })
  }

  /// The index of `tier`, built from `catalog`'s entities the first time it is asked for,
  /// or waited for while another thread builds it.
  func index(of tier: MatchTier, in catalog: Catalog) -> TierIndex {
    let slot = slots[tier.rawValue]
    return slot.index.withLock { built in
      if let index = built { return index }
      var work = BuildWork()
      let index = Self.build(tier, of: catalog, work: &work)
      built = index
      slot.isBuilt.store(true, ordering: .releasing)
      return index
    }
  }

  /// The index of `tier` if it is built, without waiting for a build under way. A built
  /// index is read under its lock, which another search may hold a moment to read it too:
  /// trying the lock alone took a built index for one still building.
  func readyIndex(of tier: MatchTier) -> TierIndex? {
    let slot = slots[tier.rawValue]
    guard slot.isBuilt.load(ordering: .acquiring) else { return nil }
    return slot.index.withLock { $0 }
  }

  /// True while indexes are built on other threads (see `buildInBackground`).
  var isBuilding: Bool { runningBuilds.load(ordering: .acquiring) > 0 }

  /// Builds the index of `tier` and its summaries on another thread, unless it is built or
  /// a build was asked for before, so that a search can go on with the tiers that are ready.
  func buildInBackground(_ tier: MatchTier, of catalog: Catalog) {
    let slot = slots[tier.rawValue]
    guard !slot.isStarted.exchange(true, ordering: .acquiringAndReleasing) else { return }
    runningBuilds.add(1, ordering: .acquiringAndReleasing)
    let hold = beforeBackgroundBuild.withLock { $0 }
    BuildThread.start { [self] in
      hold?()
      index(of: tier, in: catalog).index.buildSummaries()
      runningBuilds.subtract(1, ordering: .acquiringAndReleasing)
    }
  }

  /// The texts of one tier for every entity but credits (which their person and character
  /// stand for), in entity order.
  static func build(_ tier: MatchTier, of catalog: Catalog, work: inout BuildWork) -> TierIndex {
    var fields = TierFieldList()
    var byteCount = 0
    let index: SearchIndex
    if tier == .related {
      // One listing: each name is kept as where to read it (four bytes) until the size of
      // all is known, then copied from there.
      var names: [UInt32] = []
      var ids: [String] = []
      work.relatedListings += 1
      catalog.forEachRelatedName(in: catalog.relations, idLookups: &work.idLookups) {
        place, label, name in
        fields.add(entity: place, label: label)
        names.append(RelatedNameCode.encode(name, ids: &ids))
        byteCount += catalog.text(of: name).utf8.count + 1
      }
      index = SearchIndex(ownedLines: byteCount) { block in
        var written = 0
        for code in names {
          let text = catalog.text(of: RelatedNameCode.decode(code, ids: ids))
          written = Self.write(Substring(text), into: block, at: written, copies: &work.copies)
        }
        return owners(of: fields, in: tier, of: catalog)
      }
    } else {
      // Counted first, so that the fields and the texts' bytes are allocated once at their
      // size, and the texts are written straight into the block the index searches: an
      // array of the texts, and fields grown by doubling, took up to 48 bytes a text beside
      // the index being built. Both passes read the texts where the entities hold them.
      var count = 0
      forEachText(of: tier, in: catalog) { _, _, text in
        count += 1
        byteCount += text.utf8.count + 1
      }
      fields = TierFieldList(capacity: count)
      index = SearchIndex(ownedLines: byteCount) { block in
        var written = 0
        forEachText(of: tier, in: catalog) { place, label, text in
          fields.add(entity: place, label: label)
          written = Self.write(text, into: block, at: written, copies: &work.copies)
        }
        return owners(of: fields, in: tier, of: catalog)
      }
    }
    work.labelHashes += fields.labelHashes
    return TierIndex(fields: fields.fields, labels: fields.labels, index: index)
  }

  /// What the index ranks by: each field's entity as its owner, its tier's weight
  /// (`Catalog.weight(of:)`), and its entity's kind as its group.
  private static func owners(
    of fields: TierFieldList, in tier: MatchTier, of catalog: Catalog
  ) -> StringOwners {
    let weight = Catalog.weight(of: tier)
    var owners = StringOwners(capacity: fields.fields.count)
    catalog.entities.withUnsafeBufferPointer { entities in
      for field in fields.fields {
        let entity = Int(field.entity)
        owners.append(
          owner: entity, weight: weight,
          group: Catalog.group(of: entities[entity].kind))
      }
    }
    return owners
  }

  /// Writes `text` and a newline at `offset` in `block`; returns the offset after them. A
  /// line break inside the text is written as a space, so that each text stays one line of
  /// the index. The bytes are copied whole where the string holds them in one piece, and
  /// `memchr` finds the line breaks.
  private static func write(
    _ text: Substring, into block: UnsafeMutableBufferPointer<UInt8>, at offset: Int,
    copies: inout Int
  ) -> Int {
    guard let destination = block.baseAddress?.advanced(by: offset) else { return offset }
    let count = text.utf8.count
    let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
      if let source = utf8.baseAddress { destination.update(from: source, count: utf8.count) }
      return true
    }
    if copied == nil {
      var written = 0
      for byte in text.utf8 {
        destination[written] = byte
        written += 1
      }
      copies += count
    } else {
      copies += 1
    }
    var searched = 0
    while searched < count, let found = memchr(destination + searched, 0x0A, count - searched) {
      let lineBreak = found.assumingMemoryBound(to: UInt8.self)
      lineBreak.pointee = 0x20
      searched = lineBreak - destination + 1
    }
    destination[count] = 0x0A
    return offset + count + 1
  }

  /// Calls `body` with the place of the entity, the label as the pack spells it, and the
  /// text of every text of the name or the text tier, for every entity but credits, in
  /// entity order. Every text is read where its entity holds it (a quote, where its
  /// citation holds it: apart, or as part of its article's text).
  private static func forEachText(
    of tier: MatchTier, in catalog: Catalog,
    _ body: (_ place: Int, _ label: String, _ text: Substring) -> Void
  ) {
    // Through a pointer, so that no entity is copied to read its texts.
    catalog.entities.withUnsafeBufferPointer { entities in
      for place in entities.indices where entities[place].kind != .credit {
        switch tier {
        case .name:
          body(place, "name", Substring(entities[place].name))
          for alias in entities[place].aliases { body(place, "alias", Substring(alias)) }
        case .related:
          return
        case .text:
          if let summary = entities[place].summary {
            body(place, "summary", Substring(summary))
          }
          for fact in entities[place].facts {
            for claim in fact.claims { body(place, fact.label, Substring(claim.value)) }
          }
          // Not `forEachCitation`: a method called on an entity read through a pointer
          // works on a copy of it.
          for citation in entities[place].citations {
            body(place, "quote", citation.quoteText)
          }
          for fact in entities[place].facts {
            for claim in fact.claims {
              for citation in claim.citations { body(place, "quote", citation.quoteText) }
            }
          }
        }
      }
    }
  }
}

/// A related name kept in four bytes while an index is built: the place of the entity whose
/// name it is, or of the credit whose job it is (the top bits say which), or the position of
/// an id that names no entity in a list beside the codes. A pack holds fewer than 2^30
/// entities (it is at most 64 MiB).
private enum RelatedNameCode {
  static let jobTag: UInt32 = 1 << 30
  static let idTag: UInt32 = 2 << 30
  static let valueMask: UInt32 = (1 << 30) - 1

  /// The code of `name`; an id is appended to `ids`.
  static func encode(_ name: Catalog.RelatedName, ids: inout [String]) -> UInt32 {
    switch name {
    case .entityName(let place): return UInt32(place)
    case .job(let credit): return jobTag | UInt32(credit)
    case .id(let id):
      ids.append(id)
      return idTag | UInt32(ids.count - 1)
    }
  }

  /// The name that `code` stands for.
  static func decode(_ code: UInt32, ids: [String]) -> Catalog.RelatedName {
    let value = Int(code & valueMask)
    switch code & ~valueMask {
    case jobTag: return .job(ofCredit: value)
    case idTag: return .id(ids[value])
    default: return .entityName(value)
    }
  }
}
