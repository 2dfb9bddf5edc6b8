import CNcursesw
import Glibc
import TerminalCells

/// Runs a program full-screen on the process's terminal until it quits or a signal ends
/// it, and always hands the terminal back as it was.
public enum TerminalSession {
  /// Opens the terminal, builds the program for its size with `makeProgram(width, height)`,
  /// and runs it. Returns the exit status: 0 after quitting, 128 + the signal's number after
  /// SIGTERM, SIGHUP or SIGQUIT, and after SIGINT (Ctrl-C) when the program answers the
  /// interrupt by quitting. Throws when there is no usable terminal.
  public static func run<Program: TerminalProgram>(
    color: Bool, mouse: Bool, makeProgram: (_ width: Int, _ height: Int) -> Program
  ) throws(TerminalError) -> Int32 {
    let terminal = try CursesTerminal(color: color, mouse: mouse)
    defer { terminal.stop() }
    let size = terminal.size
    var program = makeProgram(size.width, size.height)
    defer { program.finish() }
    let colors =
      terminal.usesColor
      ? ColorPairTable(
        colors: Int(shim_COLORS()), pairs: Int(shim_COLOR_PAIRS()),
        defaultColors: terminal.defaultColors)
      : nil
    let painter = ScreenPainter(window: terminal.window, colors: colors)
    var needsFrame = true
    while true {
      for signal in SignalMonitor.take() {
        switch signal {
        case SIGINT:
          // The terminal turns Ctrl-C into SIGINT; the program decides what it means.
          switch program.receive(.interrupt) {
          case .quit: return 128 + signal
          case .repaint:
            terminal.invalidate()
            painter.forget()
            needsFrame = true
          case .redraw: needsFrame = true
          case .ignored: break
          }
        case SIGTERM, SIGHUP, SIGQUIT:
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
        _ = program.receive(resize)
        needsFrame = true
      }
      if needsFrame {
        // Long work (the layout of an article of millions of characters, a search) runs on
        // worker threads while this loop goes on answering keys and signals. Until it is
        // done the screen shows what it can, and each pass draws only what changed.
        let isWorking = program.prepareFrame()
        painter.draw(program.render())
        needsFrame = isWorking
      }
      guard let event = terminal.nextEvent() else { continue }
      switch program.receive(event) {
      case .quit: return 0
      case .repaint:
        terminal.invalidate()
        painter.forget()
        needsFrame = true
      case .redraw: needsFrame = true
      case .ignored: break
      }
    }
  }
}
