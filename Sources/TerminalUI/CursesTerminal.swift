import CNcursesw
import Glibc
import TerminalCells

/// The curses screen on the process's terminal: starting it, reading input from it,
/// suspending, resizing and handing the terminal back exactly as it was.
final class CursesTerminal {
  /// How long one read waits for a key before the loop looks at signals again.
  static let readTimeout: Duration = .milliseconds(100)

  /// The curses window (stdscr), kept for its keypad mode: frames are written by the
  /// painter, never into it.
  let window: UnsafeMutablePointer<WINDOW>
  /// True when colours are in use.
  let usesColor: Bool
  /// True when the mouse is reported.
  let usesMouse: Bool
  /// True when colour -1 means the terminal's default colour.
  let defaultColors: Bool
  private let screen: OpaquePointer
  private var savedSettings: termios
  private var isRunning = true
  private var reportedSize: (width: Int, height: Int)
  private var input = TerminalInput(descriptor: STDIN_FILENO)

  /// Takes over the terminal on standard input and output. Throws, leaving everything as
  /// it was, when they are not a terminal or the terminal type is unusable.
  init(color wantsColor: Bool, mouse wantsMouse: Bool) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
    guard let type = getenv("TERM").map({ String(cString: $0) }), !type.isEmpty else {
      throw .terminalTypeNotSet
    }
    TerminalLocale.apply()
    var settings = termios()
    tcgetattr(STDIN_FILENO, &settings)
    savedSettings = settings
    SignalMonitor.install()
    guard let screen = newterm(type, shim_stdout(), shim_stdin()) else {
      SignalMonitor.uninstall()
      throw .unknownTerminalType(type)
    }
    guard TerminalCapability.string("cup") != nil else {
      endwin()
      delscreen(screen)
      SignalMonitor.uninstall()
      throw .incapableTerminal(type)
    }
    self.screen = screen
    window = shim_stdscr()
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    // The input is read and decoded by `TerminalInput`, never by curses, so curses must not
    // peek at it either (its typeahead check would also leave frames half drawn).
    typeahead(-1)
    TerminalModes.adopt(on: STDIN_FILENO)
    curs_set(1)
    usesColor = wantsColor && has_colors() && start_color() == OK
    defaultColors = usesColor && use_default_colors() == OK
    usesMouse = wantsMouse && TerminalCapability.string("kmous") != nil
    if usesMouse {
      mousemask(Self.mouseEvents, nil)
      mouseinterval(0)
    }
    Self.sendCursesOutput()
    reportedSize = (0, 0)
    reportedSize = size
    CrashGuard.arm(
      repair: TerminalCapability.repairBytes(mouse: usesMouse), saved: savedSettings,
      input: STDIN_FILENO, output: STDOUT_FILENO)
  }

  /// Hands the terminal back: normal screen, visible cursor, original settings. The
  /// painter has turned the attributes off and shown the cursor before.
  func stop() {
    guard isRunning else { return }
    isRunning = false
    if usesMouse { mousemask(0, nil) }
    if TerminalCapability.string("rmcup") == nil, let clear = TerminalCapability.string("clear") {
      // Without an alternate screen the last frame would stay; leave a clean screen instead.
      _ = TerminalCapability.write(clear, to: STDOUT_FILENO)
    }
    SignalMonitor.withTerminalOutputAllowed {
      endwin()
      tcsetattr(STDIN_FILENO, TCSADRAIN, &savedSettings)
    }
    CrashGuard.disarm()
    delscreen(screen)
    SignalMonitor.uninstall()
  }

  deinit { stop() }

  /// The size of the curses screen.
  var size: (width: Int, height: Int) {
    var height: Int32 = 0
    var width: Int32 = 0
    shim_getmaxyx(window, &height, &width)
    return (Int(width), Int(height))
  }

  /// A frame writer for this terminal: its terminfo strings, its colours (none when
  /// colours are off), and whether its driver turns a line feed into a carriage return too.
  func frameWriter() -> FrameWriter {
    var settings = termios()
    let lineFeedReturns =
      tcgetattr(STDOUT_FILENO, &settings) != 0
      || settings.c_oflag & tcflag_t(OPOST) != 0 && settings.c_oflag & tcflag_t(ONLCR) != 0
    let colors =
      usesColor ? ColorNumbers(colors: Int(shim_COLORS()), defaultColors: defaultColors) : nil
    return FrameWriter(strings: ControlStrings(), colors: colors, lineFeedReturns: lineFeedReturns)
  }

  // MARK: - Input

  /// Waits up to the read timeout for the next event the browser understands. When the
  /// terminal is gone (end of input, or an error reading it) this is a hang-up: SIGHUP is
  /// raised, so the loop ends as it does for a hang-up from the kernel.
  ///
  /// Ctrl-Z arrives as a key, not as SIGTSTP from the terminal (see `TerminalModes`), and
  /// becomes a SIGTSTP raised here, which the loop answers by suspending. With the mouse
  /// off, a mouse report (typed or pasted, as the terminal was asked for none) is dropped.
  func nextEvent() -> InputEvent? {
    let event = input.nextEvent(waitingAtMost: Self.readTimeout)
    if input.isClosed { raise(SIGHUP) }
    switch event {
    case .key(.control("z")):
      raise(SIGTSTP)
      return nil
    case .mouse where !usesMouse:
      return nil
    default:
      return event
    }
  }

  /// A resize event when the screen's size differs from the one last reported.
  func resizeEvent() -> InputEvent? {
    let current = size
    guard current != reportedSize else { return nil }
    reportedSize = current
    return .resize(width: current.width, height: current.height)
  }

  // MARK: - Signals

  /// Reads the terminal's size after SIGWINCH and resizes the curses screen to it, so
  /// `size` says the new size. Returns false when the size is unchanged.
  @discardableResult
  func adoptWindowSize() -> Bool {
    var height: Int32 = 0
    var width: Int32 = 0
    guard shim_window_size(STDOUT_FILENO, &height, &width) == 0, height > 0, width > 0 else {
      return false
    }
    let current = size
    guard current.width != Int(width) || current.height != Int(height) else { return false }
    resizeterm(height, width)
    return true
  }

  /// Gives the terminal back, stops the process's whole job (Ctrl-Z), and takes the terminal
  /// again when the shell continues it. The hand-back works also when the shell has already
  /// taken the terminal (a SIGTSTP from outside may stop another process of the job first).
  /// The painter has turned the attributes off and shown the cursor before, and paints the
  /// whole screen after.
  func suspend() {
    SignalMonitor.withTerminalOutputAllowed {
      endwin()
      tcsetattr(STDIN_FILENO, TCSADRAIN, &savedSettings)
    }
    SignalMonitor.stopProcessGroup()
    resume()
    adoptWindowSize()
  }

  /// Takes the terminal again after a suspend, as curses' first refresh would (curses never
  /// paints here): its settings, the full-screen mode, the keypad and the mouse.
  private func resume() {
    SignalMonitor.withTerminalOutputAllowed {
      reset_prog_mode()
      if let enter = TerminalCapability.string("smcup") {
        _ = TerminalCapability.write(enter, to: STDOUT_FILENO)
      }
      keypad(window, true)
      if usesMouse { mousemask(Self.mouseEvents, nil) }
      Self.sendCursesOutput()
    }
  }

  /// Sends what curses holds in its own output buffer (the alternate screen, the keypad,
  /// the colours, the mouse), so that it reaches the terminal before the frames, which are
  /// written straight to it. Only some of curses' calls flush that buffer, and which ones
  /// is not said; `delay_output` always does, and a delay of 0 writes nothing of its own.
  private static func sendCursesOutput() {
    delay_output(0)
  }

  /// The mouse events the browser asks for.
  private static var mouseEvents: mmask_t {
    shim_BUTTON1_PRESSED() | shim_BUTTON1_CLICKED() | shim_BUTTON4_PRESSED()
      | shim_BUTTON5_PRESSED()
  }
}
