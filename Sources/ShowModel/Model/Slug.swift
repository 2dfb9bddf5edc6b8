/// Ids made from text: ASCII lowercase letters and digits, every other run as one hyphen
/// ("Executive Producer" → "executive-producer"), the form pack ids take.
public enum Slug {
  /// The slug of `text`, or `fallback` when nothing of it is left.
  public static func of(_ text: String, or fallback: String) -> String {
    var slug = ""
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if !slug.isEmpty && !slug.hasSuffix("-") {
        slug += "-"
      }
    }
    if slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? fallback : slug
  }
}
