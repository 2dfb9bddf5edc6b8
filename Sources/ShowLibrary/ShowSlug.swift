import Foundation
import ShowModel

/// Library ids made from show names: lowercase ASCII letters and digits joined by
/// hyphens, accents dropped ("Pokémon: The Series" → "pokemon-the-series").
public enum ShowSlug {
  /// The built-in show's id, which no stored show takes.
  public static let builtIn = "13-reasons-why"

  /// The slug of `name`, accents dropped, cut after at most 40 characters at a word's
  /// end; "show" when nothing of it is left.
  public static func of(_ name: String) -> String {
    let slug = Slug.of(folded(name), or: "show")
    guard slug.count > 40 else { return slug }
    let cut = slug.prefix(41)
    guard let hyphen = cut.lastIndex(of: "-") else { return String(slug.prefix(40)) }
    return String(cut[..<hyphen])
  }

  /// `text` lowercased, without accents, for matching names.
  public static func folded(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }
}
