import BrowserCore
import CNcursesw
import Glibc

/// Runs the browser full-screen on the process's terminal until the user quits or a signal
/// ends it, and always hands the terminal back as it was.
public enum TerminalSession {
  /// Opens the terminal, builds the browser for its size with `makeBrowser(width, height)`,
  /// and runs it. Returns the exit status: 0 after quitting, 128 + the signal's number after
  /// SIGINT, SIGTERM, SIGHUP or SIGQUIT (SIGINT, Ctrl-C, only cancels an open search line).
  /// Throws when there is no usable terminal.
  public static func run(
    options: BrowserOptions, makeBrowser: (_ width: Int, _ height: Int) -> Browser
  ) throws(TerminalError) -> Int32 {
    let terminal = try CursesTerminal(color: !options.monochrome, mouse: options.mouse)
    defer { terminal.stop() }
    let size = terminal.size
    var browser = makeBrowser(size.width, size.height)
    let colors =
      terminal.usesColor
      ? ColorPairTable(
        colors: Int(shim_COLORS()), pairs: Int(shim_COLOR_PAIRS()),
        defaultColors: terminal.defaultColors)
      : nil
    let painter = ScreenPainter(window: terminal.window, colors: colors)
    var needsFrame = true
    var layout: BackgroundTask<ReaderLayoutRequest, ReaderContent>?
    var search: BackgroundTask<String, SearchResults>?
    defer { layout?.cancel() }
    while true {
      for signal in SignalMonitor.take() {
        switch signal {
        case SIGINT where browser.state.search != nil:
          // The terminal turns Ctrl-C into SIGINT; in the search line it cancels the search,
          // as the keymap says, instead of leaving.
          _ = browser.receive(.key(.control("c")))
          needsFrame = true
        case SIGINT, SIGTERM, SIGHUP, SIGQUIT:
          return 128 + signal
        case SIGTSTP:
          terminal.suspend()
          painter.forget()
          needsFrame = true
        case SIGCONT:
          terminal.invalidate()
          painter.forget()
          needsFrame = true
        case SIGWINCH:
          if terminal.adoptWindowSize() {
            painter.forget()
            needsFrame = true
          }
        default:
          break
        }
      }
      if let resize = terminal.resizeEvent() {
        _ = browser.receive(resize)
        needsFrame = true
      }
      if needsFrame {
        // Long layout (an article of millions of characters) and searches run on worker
        // threads while this loop goes on answering keys and signals. Until they are done
        // the screen shows what it can, and each pass draws only what changed.
        layout = updateLayout(of: &browser, task: layout)
        search = updateSearch(of: &browser, task: search)
        if layout == nil { _ = browser.layOut(isInterrupted: { false }) }
        painter.draw(browser.render())
        needsFrame = layout != nil || browser.pendingQuery != nil
      }
      guard let event = terminal.nextEvent() else { continue }
      switch browser.receive(event) {
      case .quit: return 0
      case .redraw: needsFrame = true
      case .ignored: break
      }
    }
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
