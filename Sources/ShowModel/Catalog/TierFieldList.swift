/// The fields of one tier's index as they are listed, each with its entity and its label,
/// and the distinct labels, lowered once each.
struct TierFieldList {
  /// The fields listed, in order.
  private(set) var fields: [CatalogSearchIndex.Field] = []
  /// The labels, lowered, in the order first met.
  private(set) var labels: [String] = []
  /// How many times a label was looked up by its hash: once for each label met again after
  /// more than `recentCount` other labels.
  private(set) var labelHashes = 0
  private var placeOfLabel: [String: UInt32] = [:]
  /// The labels met last, as the pack spells them, and their places: a tier's texts cycle
  /// through a few labels ("summary", a fact's, "quote"), found here by a comparison of
  /// short strings rather than a hash. A label not among them takes the slot of the oldest.
  private var recent: [(label: String, place: UInt32)] = []
  private var oldest = 0
  private static let recentCount = 4

  /// A list with room for `capacity` fields.
  init(capacity: Int = 0) {
    fields.reserveCapacity(capacity)
  }

  /// Adds a field of the entity at `entity` with `label`.
  mutating func add(entity: Int, label: String) {
    fields.append(CatalogSearchIndex.Field(entity: UInt32(entity), label: place(of: label)))
  }

  /// The place of `label` in `labels`, added if new.
  private mutating func place(of label: String) -> UInt32 {
    for known in recent where known.label == label { return known.place }
    labelHashes += 1
    let place: UInt32
    if let known = placeOfLabel[label] {
      place = known
    } else {
      place = UInt32(labels.count)
      placeOfLabel[label] = place
      labels.append(label.lowercased())
    }
    if recent.count < Self.recentCount {
      recent.append((label, place))
    } else {
      recent[oldest] = (label, place)
      oldest = (oldest + 1) % Self.recentCount
    }
    return place
  }
}
