import ArgumentParser
import ShowLibrary
import ShowModel

/// `--spoilers`, and the spoiler shield of a show opened from the library: what comes
/// after the last episode marked watched stays hidden unless the flag is given.
struct SpoilerOption: ParsableArguments {
  @Flag(
    name: .long,
    help:
      "Show everything: without it, what comes after the last episode you marked watched stays hidden."
  )
  var spoilers = false

  /// The shield of `show`'s `catalog`: nothing hidden with `--spoilers`, for a pack file,
  /// or for a show without marks.
  func shield(for show: LibraryShow?, catalog: Catalog, library option: String?)
    -> SpoilerShield
  {
    guard let watched = watched(of: show, library: option), !watched.isEmpty else {
      return SpoilerShield()
    }
    return SpoilerShield(airOrder: EpisodeLine.episodes(of: catalog), watched: watched)
  }

  /// True when the shield of `show` may hide something: the flag is not given and the
  /// library marks an episode of it watched.
  func mayHide(_ show: LibraryShow?, library option: String?) -> Bool {
    !(watched(of: show, library: option) ?? []).isEmpty
  }

  /// The episodes of `show` marked watched, when the shield applies to it.
  private func watched(of show: LibraryShow?, library option: String?) -> Set<String>? {
    // A library that cannot be read has no marks to read, as it has no last show: the
    // command goes on with the built-in show, and `shows` says what is wrong.
    guard !spoilers, let show, let access = try? LibraryAccess(option: option),
      let library = try? access.existing()
    else { return nil }
    return try? library.watchedEpisodes(of: show.markKey)
  }
}
