import ShowModel

extension BrowserState {
  /// `w` (`through` false): marks the episode selected watched, or unwatched when it is;
  /// `W`: marks every episode up to it in air order watched. The marks are asked of the
  /// program (`pendingMarks`); the screen shows them once they are kept.
  mutating func markSelectedEpisode(through: Bool) {
    guard view.page == nil, let entity = selectedEntity, entity.kind == .episode else {
      message = "\(through ? "W" : "w") marks an episode: select one in Seasons & episodes"
      return
    }
    guard let watched else {
      message = "Marks are kept for the shows of the library: add this one with tvbrowse add"
      return
    }
    guard pendingMarks == nil else {
      message = "Still keeping the last marks"
      return
    }
    let episodes = EpisodeLine.episodes(of: catalog)
    guard let place = episodes.firstIndex(where: { $0.id == entity.id }) else {
      message = "This episode has no season to count it in"
      return
    }
    let episode = episodes[place]
    let label = episode.title.map { "\(episode.code) \"\($0)\"" } ?? episode.code
    if through {
      let changed = episodes[...place].filter { !watched.isWatched($0.id) }
      let before = changed.count - (watched.isWatched(episode.id) ? 0 : 1)
      let others =
        before == 0 ? "" : ", and \(before) episode\(before == 1 ? "" : "s") before it"
      pendingMarks = MarkRequest(
        key: watched.key, episodes: changed, watched: true,
        summary: "Marked \(SafeText.sanitize(label)) watched\(others)")
    } else {
      let isWatched = watched.isWatched(episode.id)
      pendingMarks = MarkRequest(
        key: watched.key, episodes: [episode], watched: !isWatched,
        summary: "Marked \(SafeText.sanitize(label)) \(isWatched ? "unwatched" : "watched")")
    }
  }

  /// Shows the marks of `request` as kept, and says so.
  mutating func confirm(_ request: MarkRequest) {
    guard request == pendingMarks else { return }
    pendingMarks = nil
    watched?.set(request.episodes.map(\.id), watched: request.watched, in: catalog)
    message = request.summary
  }

  /// Drops the marks of `request`, which could not be kept, and says why.
  mutating func failMarks(_ request: MarkRequest, because reason: String) {
    guard request == pendingMarks else { return }
    pendingMarks = nil
    message = "Not marked: \(reason)"
  }
}
