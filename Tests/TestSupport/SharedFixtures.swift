/// The fixture files several test targets read, by name.
public enum SharedFixtures {
  /// The path of the saved TVmaze show `name` (`harbor-lights`, `lantern-bay`) that the
  /// model's tests keep in `Tests/ShowModelTests/Fixtures/tvmaze`.
  public static func tvmaze(_ name: String, _ file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/") + "/ShowModelTests/Fixtures/tvmaze/\(name).json"
  }
}

extension SharedFixtures {
  /// The folder of hand-written IMDb dataset files `name` (`quirks`) that the importer's
  /// tests keep in `Tests/ImdbImportTests/Fixtures`.
  public static func imdb(_ name: String, _ file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/") + "/ImdbImportTests/Fixtures/\(name)"
  }
}
