import Foundation

/// Library ids made from show names: lowercase ASCII letters and digits joined by
/// hyphens, accents dropped ("Pokémon: The Series" → "pokemon-the-series").
public enum ShowSlug {
  /// The built-in show's id, which no stored show takes.
  public static let builtIn = "13-reasons-why"

  /// The slug of `name`; "show" when nothing of it is left.
  public static func of(_ name: String) -> String {
    var slug = ""
    for scalar in folded(name).unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    if slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "show" : slug
  }

  /// `text` lowercased, without accents, for matching names.
  public static func folded(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }
}
