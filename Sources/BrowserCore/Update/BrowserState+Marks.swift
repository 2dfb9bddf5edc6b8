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
      message = marksProblem ?? "The marks of this show are still being read"
      return
    }
    guard pendingMarks == nil else {
      message = "Still keeping the last marks"
      return
    }
    guard let place = watched.place(of: entity.id) else {
      message = "This episode has no season to count it in"
      return
    }
    let episode = watched.airOrder[place]
    if through {
      pendingMarks = MarkRequest(
        key: watched.key,
        // All of them, not only those this browser sees unwatched: another tvbrowse may
        // have unmarked some meanwhile.
        episodes: Array(watched.airOrder[...place]), watched: true,
        summary: EpisodeLine.markSummary(of: episode, before: place, watched: true))
    } else {
      let isWatched = watched.isWatched(episode.id)
      pendingMarks = MarkRequest(
        key: watched.key, episodes: [episode], watched: !isWatched,
        summary: EpisodeLine.markSummary(of: episode, before: 0, watched: !isWatched))
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
