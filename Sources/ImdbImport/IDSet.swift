/// A set of IMDb id numbers as bits: IMDb's ids are dense (tt1 to about tt40000000), so
/// "is this title kept", asked of every principal and rating, costs one load instead of a
/// database lookup. Ids up to `limit` only, so that no id in a file makes it large.
struct IDSet {
  /// The largest id kept (2^28: 32 MB of bits at most, seven times IMDb's largest id).
  static let limit = 1 << 28

  private var words: [UInt64] = []

  /// Adds `id`; false when it is beyond `limit`.
  @discardableResult
  mutating func insert(_ id: Int) -> Bool {
    guard id >= 0 && id <= Self.limit else { return false }
    let word = id >> 6
    if word >= words.count {
      words.append(
        contentsOf: repeatElement(0, count: max(word + 1 - words.count, words.count / 2)))
    }
    words[word] |= 1 << UInt64(id & 63)
    return true
  }

  /// True when `id` was added.
  func contains(_ id: Int) -> Bool {
    let word = id >> 6
    guard id >= 0 && word < words.count else { return false }
    return words[word] & (1 << UInt64(id & 63)) != 0
  }
}
