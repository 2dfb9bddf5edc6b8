/// Text folded as the search engine folds it, for matching names outside a search.
public enum MatchFolding {
  /// `text` lowercased, its diacritics removed and letters such as ø spelled plainly (o);
  /// linear in its length.
  public static func lowercased(_ text: String) -> String {
    String(decoding: TextFolding.fold(text).lower, as: UTF8.self)
  }
}
