/// IMDb's ids as IMDb writes them: titles ("tt0944947", the library ids of the shows
/// imported from IMDb) and people ("nm0000138").
public enum ImdbID {
  /// The id of the title numbered `number`.
  public static func title(_ number: Int) -> String { padded("tt", number) }

  /// The id of the person numbered `number`.
  public static func person(_ number: Int) -> String { padded("nm", number) }

  /// True for "tt" followed by digits only.
  public static func isTitle(_ text: String) -> Bool {
    let bytes = text.utf8
    return bytes.count > 2 && text.hasPrefix("tt")
      && bytes.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  /// `prefix` and at least seven digits.
  private static func padded(_ prefix: String, _ number: Int) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
  }
}
