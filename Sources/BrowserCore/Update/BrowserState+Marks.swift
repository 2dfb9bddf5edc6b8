import ShowModel

extension BrowserState {
  /// `w` (`through` false): marks the episode selected watched, or unwatched when it is;
  /// on a season, its episodes, all unwatched when all are watched. `W`: marks every
  /// episode up to the selected one in air order watched. The marks are asked of the
  /// program (`pendingMarks`); the screen shows them once they are kept.
  mutating func markSelectedEpisode(through: Bool) {
    let failure =
      through
      ? "W marks up to an episode: select one in Seasons & episodes"
      : "w marks an episode or a season: select one in Seasons & episodes"
    guard view.page == nil, let selected = selectedEntity else {
      message = failure
      return
    }
    switch selected.payload {
    case .season(let number) where !through:
      guard let watched = markable() else { return }
      let episodes = watched.airOrder.filter { $0.season == number }
      guard !episodes.isEmpty else {
        message = "This season has no episodes to mark"
        return
      }
      let allWatched = episodes.allSatisfy { watched.isWatched($0.id) }
      pendingMarks = MarkRequest(
        key: watched.key, episodes: episodes, watched: !allWatched,
        summary: EpisodeLine.markSummary(
          ofSeason: number, episodes: episodes.count, watched: !allWatched))
    case .episode:
      guard let watched = markable() else { return }
      guard let place = watched.place(of: selected.id) else {
        message = "This episode has no season to count it in"
        return
      }
      let episode = watched.airOrder[place]
      let marksWatched = through || !watched.isWatched(episode.id)
      pendingMarks = MarkRequest(
        key: watched.key,
        // `W` asks for all of them, not only those this browser sees unwatched: another
        // tvbrowse may have unmarked some meanwhile.
        episodes: through ? Array(watched.airOrder[...place]) : [episode],
        watched: marksWatched,
        summary: EpisodeLine.markSummary(
          of: episode, before: through ? place : 0, watched: marksWatched))
    default:
      message = failure
    }
  }

  /// The show's marks, when new ones can be asked for; otherwise nil, and the status line
  /// says why.
  private mutating func markable() -> WatchedEpisodes? {
    guard let watched else {
      message = marksProblem ?? "The marks of this show are still being read"
      return nil
    }
    guard pendingMarks == nil else {
      message = "Still keeping the last marks"
      return nil
    }
    return watched
  }

  /// Shows the marks of `request` as kept, and says so.
  mutating func confirm(_ request: MarkRequest) {
    guard request == pendingMarks else { return }
    pendingMarks = nil
    watched?.set(request.episodes.map(\.id), watched: request.watched)
    message = request.summary
  }

  /// Drops the marks of `request`, which could not be kept, and says why.
  mutating func failMarks(_ request: MarkRequest, because reason: String) {
    guard request == pendingMarks else { return }
    pendingMarks = nil
    message = "Not marked: \(reason)"
  }
}
