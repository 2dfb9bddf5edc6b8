/// IMDb's title ids ("tt0944947"): the library ids of the shows imported from IMDb.
public enum ImdbTitleID {
  /// The id of the title numbered `number`: "tt" and at least seven digits, as IMDb writes it.
  public static func of(_ number: Int) -> String {
    let digits = String(number)
    return "tt" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
  }

  /// True for "tt" followed by digits only.
  public static func isTitleID(_ text: String) -> Bool {
    let bytes = text.utf8
    return bytes.count > 2 && text.hasPrefix("tt")
      && bytes.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }
}
