import CNcursesw
import Glibc

/// The terminal settings the browser needs beyond curses' cbreak mode. They hold while the
/// browser runs; the user's own settings come back with the rest of the saved settings on
/// exit and on suspend.
enum TerminalModes {
  /// Applies the browser's settings to the terminal `descriptor` and records them as curses'
  /// program mode, so curses applies them again when it takes the terminal back after a
  /// suspend. Call once curses has set its own modes.
  ///
  /// XON/XOFF flow control (IXON) goes off: with it on, Ctrl-S stops the terminal's output
  /// until Ctrl-Q, which looks like a frozen browser.
  static func adopt(on descriptor: Int32) {
    var settings = termios()
    guard tcgetattr(descriptor, &settings) == 0 else { return }
    settings.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(descriptor, TCSANOW, &settings)
    def_prog_mode()
  }
}
