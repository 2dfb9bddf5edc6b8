import BrowserCore
import TerminalCells

/// The work of the open show's browser that runs on worker threads: the layout of a huge
/// article, a search, a find in an article.
struct ShowTasks {
  private var layout: BackgroundTask<ReaderLayoutRequest, ReaderContent>?
  private var search: BackgroundTask<String, SearchResults>?
  private var find: BackgroundTask<ReaderFindRequest, [ReaderMatch]>?

  /// Starts or collects what `browser` needs for its next frame. True while some of it
  /// still runs.
  mutating func prepare(_ browser: inout Browser) -> Bool {
    layout = Self.updateLayout(of: &browser, task: layout)
    // Results listed while an index was built are searched again once it is.
    if search == nil { _ = browser.searchAgainOnceIndexed() }
    search = Self.updateSearch(of: &browser, task: search)
    if layout == nil { _ = browser.layOut(isInterrupted: { false }) }
    find = Self.updateFind(of: &browser, task: find)
    return layout != nil || browser.pendingQuery != nil || browser.awaitsIndex || find != nil
  }

  /// Stops the layout and the find; a search, which cannot stop halfway, is left to end.
  mutating func cancel() {
    layout?.cancel()
    find?.cancel()
    layout = nil
    find = nil
  }

  /// Starts, keeps or drops the task for the find in the article `browser` needs, and hands
  /// its matches to it. Returns the task still running, if any.
  private static func updateFind(
    of browser: inout Browser, task: BackgroundTask<ReaderFindRequest, [ReaderMatch]>?
  ) -> BackgroundTask<ReaderFindRequest, [ReaderMatch]>? {
    guard let request = browser.pendingFind else {
      task?.cancel()
      return nil
    }
    guard let task, task.key == request else {
      task?.cancel()
      let started = BackgroundTask(key: request) { request.run(isInterrupted: $0) }
      return updateFind(of: &browser, task: started.waitBriefly())
    }
    guard task.isDone else { return task }
    guard let matches = task.result else { return nil }
    browser.adopt(matches, for: request)
    return nil
  }

  /// Starts, keeps or drops the task for the layout `browser` needs, and hands a finished
  /// layout to it. Returns the task still running, if any.
  private static func updateLayout(
    of browser: inout Browser, task: BackgroundTask<ReaderLayoutRequest, ReaderContent>?
  ) -> BackgroundTask<ReaderLayoutRequest, ReaderContent>? {
    guard let request = browser.pendingLayout else {
      task?.cancel()
      return nil
    }
    guard let task, task.key == request else {
      task?.cancel()
      let started = BackgroundTask(key: request) { request.run(isInterrupted: $0) }
      return updateLayout(of: &browser, task: started.waitBriefly())
    }
    guard task.isDone else { return task }
    guard let content = task.result else { return nil }
    browser.adopt(content, for: request)
    return nil
  }

  /// Hands the results of a finished search to `browser`, and starts the search it waits
  /// for. A search cannot be stopped halfway, so one for an older query is left to finish
  /// (its results dropped) before the next starts: at most one runs at a time.
  private static func updateSearch(
    of browser: inout Browser, task: BackgroundTask<String, SearchResults>?
  ) -> BackgroundTask<String, SearchResults>? {
    if let task {
      guard task.isDone else { return task }
      if let results = task.result { browser.adopt(results) }
    }
    guard let query = browser.pendingQuery else { return nil }
    let searcher = browser
    let started = BackgroundTask(key: query) { _ in searcher.search(query) }.waitBriefly()
    guard started.isDone else { return started }
    return updateSearch(of: &browser, task: started)
  }
}
