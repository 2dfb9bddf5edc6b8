import Glibc
import TerminalCells

/// Runs a program full-screen on the process's terminal until it quits or a signal ends
/// it, and always hands the terminal back as it was.
public enum TerminalSession {
  /// Ends the running session's wait for input at once, so that what work on another
  /// thread finished shows now rather than at the wait's timeout (a tenth of a second).
  /// Safe from any thread; does nothing while no session runs.
  public static func wakeUp() {
    SignalMonitor.wakeUp()
  }

  /// Opens the terminal, builds the program for its size with `makeProgram(width, height)`,
  /// and runs it. Returns the exit status: 0 after quitting, 128 + the signal's number after
  /// SIGTERM, SIGHUP or SIGQUIT, and after SIGINT (Ctrl-C) when the program answers the
  /// interrupt by quitting. Throws when there is no usable terminal.
  public static func run<Program: TerminalProgram>(
    color: Bool, mouse: Bool, makeProgram: (_ width: Int, _ height: Int) -> Program
  ) throws(TerminalError) -> Int32 {
    let terminal = try CursesTerminal(color: color, mouse: mouse)
    let painter = ScreenPainter(writer: terminal.frameWriter(), output: STDOUT_FILENO)
    defer {
      painter.leave()
      terminal.stop()
    }
    let size = terminal.size
    var program = makeProgram(size.width, size.height)
    defer { program.finish() }
    var needsFrame = true
    while true {
      for signal in SignalMonitor.take() {
        switch signal {
        case SIGINT:
          // The terminal turns Ctrl-C into SIGINT; the program decides what it means.
          switch program.receive(.interrupt) {
          case .quit: return 128 + signal
          case .repaint:
            painter.forget()
            needsFrame = true
          case .redraw: needsFrame = true
          case .ignored: break
          }
        case SIGTERM, SIGHUP, SIGQUIT:
          return 128 + signal
        case SIGTSTP:
          painter.leave()
          terminal.suspend()
          painter.forget()
          needsFrame = true
        case SIGCONT:
          // Another program may have drawn on the screen.
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
        _ = program.receive(resize)
        needsFrame = true
      }
      var event: InputEvent?
      if needsFrame {
        // Long work (the layout of an article of millions of characters, a search) runs on
        // worker threads while this loop goes on answering keys and signals. Until it is
        // done the screen shows what it can, and each pass draws only what changed.
        let isWorking = program.prepareFrame()
        // Events the program held come first, before anything is drawn: they were typed
        // before any still waiting, and a frame between them would show a state (even a
        // size) already past.
        event = program.takeHeldEvent()
        if event == nil { painter.draw(program.render()) }
        needsFrame = isWorking || event != nil
      }
      guard let event = event ?? terminal.nextEvent() else { continue }
      switch program.receive(event) {
      case .quit: return event == .interrupt ? 128 + SIGINT : 0
      case .repaint:
        painter.forget()
        needsFrame = true
      case .redraw: needsFrame = true
      case .ignored: break
      }
    }
  }
}
