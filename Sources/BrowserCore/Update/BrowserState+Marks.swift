import ShowModel

extension BrowserState {
  /// `w` (`through` false): marks the episode selected watched, or unwatched when it is;
  /// on a season, its episodes, all unwatched when all are watched. `W`: marks every
  /// episode up to the selected one in air order watched. The marks are asked of the
  /// program (`pendingMarks`); the screen shows them once they are kept.
  mutating func markSelectedEpisode(through: Bool) {
    if !through, view.page == nil, let season = selectedEntity, season.kind == .season {
      markSeason(season)
      return
    }
    guard view.page == nil, let entity = selectedEntity, entity.kind == .episode else {
      message =
        through
        ? "W marks up to an episode: select one in Seasons & episodes"
        : "w marks an episode or a season: select one in Seasons & episodes"
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

  /// `w` on a season: every episode of it watched, or unwatched when all are.
  private mutating func markSeason(_ season: Entity) {
    guard let watched else {
      message = marksProblem ?? "The marks of this show are still being read"
      return
    }
    guard pendingMarks == nil else {
      message = "Still keeping the last marks"
      return
    }
    let episodes = watched.airOrder.filter {
      if case .episode(let id, _)? = catalog.entity($0.id)?.payload { return id == season.id }
      return false
    }
    guard let first = episodes.first else {
      message = "This season has no episodes to mark"
      return
    }
    let allWatched = episodes.allSatisfy { watched.isWatched($0.id) }
    let count = episodes.count == 1 ? "the 1 episode" : "the \(episodes.count) episodes"
    pendingMarks = MarkRequest(
      key: watched.key, episodes: episodes, watched: !allWatched,
      summary:
        "Marked \(count) of season \(first.season) \(allWatched ? "unwatched" : "watched")")
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
