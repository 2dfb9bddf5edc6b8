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
    shield(watched: watched(of: show, library: option)) { EpisodeLine.episodes(of: catalog) }
  }

  /// The shield for the episodes `watched` (nil or none: nothing hidden) of a show whose
  /// episodes in air order `airOrder` gives, asked for only when something is watched.
  func shield(watched: Set<String>?, airOrder: () -> [EpisodeLine]) -> SpoilerShield {
    guard let watched, !watched.isEmpty else { return SpoilerShield() }
    return SpoilerShield(airOrder: airOrder(), watched: watched)
  }

  /// The episodes of `show` marked watched, when the shield applies to it.
  func watched(of show: LibraryShow?, library option: String?) -> Set<String>? {
    // A library that cannot be read has no marks to read, as it has no last show: the
    // command goes on with the built-in show, and `shows` says what is wrong.
    guard !spoilers, let show, let access = try? LibraryAccess(option: option),
      let library = try? access.existing()
    else { return nil }
    return try? library.watchedEpisodes(of: show.markKey)
  }
}
