/// Where the library file is: `--library PATH`, else `TVBROWSE_LIBRARY`, else
/// `$XDG_DATA_HOME/tvbrowse/library.sqlite`, else `~/.local/share/tvbrowse/library.sqlite`.
public enum LibraryLocation {
  /// The library's path for this command line and environment; nil when nothing names
  /// one and there is no home folder.
  public static func path(option: String?, environment: [String: String]) -> String? {
    if let option, !option.isEmpty { return option }
    if let path = environment["TVBROWSE_LIBRARY"], !path.isEmpty { return path }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return data + "/tvbrowse/library.sqlite"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/share/tvbrowse/library.sqlite"
  }
}

extension LibraryLocation {
  /// Where the shows imported from IMDb are kept: a file beside the library's, named
  /// after it ("library.sqlite" → "library.imdb.sqlite").
  public static func imdbPath(besideLibrary path: String) -> String {
    guard path.hasSuffix(".sqlite") else { return path + ".imdb" }
    return String(path.dropLast(".sqlite".count)) + ".imdb.sqlite"
  }
}
