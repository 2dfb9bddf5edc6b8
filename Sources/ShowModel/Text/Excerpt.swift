/// A window of a long text around a match, so the matched words show in a narrow column.
public struct Excerpt: Sendable, Equatable {
  /// The text shown, with "…" where it was cut.
  public var text: String
  /// The match positions, as grapheme indices into `text`.
  public var positions: [Int]

  /// The part of `text` starting a little before the first of `positions`, at most `length`
  /// graphemes long.
  public init(_ text: String, positions: [Int], length: Int, lead: Int = 12) {
    let characters = Array(text)
    let first = positions.first ?? 0
    let start = first > lead ? first - lead : 0
    let end = min(characters.count, start + max(length, 1))
    let prefix = start > 0 ? "…" : ""
    let suffix = end < characters.count ? "…" : ""
    self.text = prefix + String(characters[start..<end]) + suffix
    let shift = prefix.isEmpty ? 0 : 1
    self.positions = positions.filter { $0 >= start && $0 < end }.map { $0 - start + shift }
  }
}
