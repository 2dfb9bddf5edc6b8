/// The ids read so far that are too long for Swift to store inline, so that the references
/// naming them (a credit's person, a thread's characters, a citation's source) share their
/// storage rather than each holding a copy.
struct LongIDs {
  /// The longest string, in UTF-8 bytes, that Swift stores inline without a heap buffer.
  static let longestInlineString = 15

  private var ids: Set<String> = []

  /// Keeps `id` for references to share, when it is too long to be stored inline.
  mutating func remember(_ id: String) {
    if id.utf8.count > Self.longestInlineString { ids.insert(id) }
  }

  /// `reference` sharing the storage of the id it names, when that id was remembered.
  func shared(_ reference: String) -> String {
    guard reference.utf8.count > Self.longestInlineString,
      let index = ids.firstIndex(of: reference)
    else { return reference }
    return ids[index]
  }
}
