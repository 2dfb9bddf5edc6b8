// MARK: - Folded slice

/// One candidate's folded text: the bytes matched against (lowercased unless the query is
/// case-sensitive) and the case-keeping bytes that decide where words start.
struct FoldedSlice {
  /// The bytes the query is compared with.
  let match: UnsafeBufferPointer<UInt8>
  /// The same text with letter case kept; equal in length to `match`.
  let cased: UnsafeBufferPointer<UInt8>
}
