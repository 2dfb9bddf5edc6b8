import Foundation
import ShowModel

/// Library ids made from show names: lowercase ASCII letters and digits joined by
/// hyphens, accents dropped ("Pokémon: The Series" → "pokemon-the-series").
public enum ShowSlug {
  /// The built-in show's id, which no stored show takes.
  public static let builtIn = "13-reasons-why"

  /// The slug of `name`, accents dropped; "show" when nothing of it is left.
  public static func of(_ name: String) -> String {
    Slug.of(folded(name), or: "show")
  }

  /// `text` lowercased, without accents, for matching names.
  public static func folded(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  }
}
