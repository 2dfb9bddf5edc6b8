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
  ///
  /// The suspend character (Ctrl-Z) no longer makes the terminal send SIGTSTP to the whole
  /// job; it arrives as a key, and the browser stops the job itself once it has handed the
  /// terminal back. Otherwise, when the browser is not alone in its job (`sh -c`, a script,
  /// make), the shell sees the job stop as soon as the other process stops, takes the
  /// terminal and prints its prompt, and the browser's hand-back, coming after, leaves the
  /// alternate screen and hides the prompt.
  static func adopt(on descriptor: Int32) {
    var settings = termios()
    guard tcgetattr(descriptor, &settings) == 0 else { return }
    settings.c_iflag &= ~tcflag_t(IXON)
    withUnsafeMutableBytes(of: &settings.c_cc) { $0[Int(VSUSP)] = 0 }  // _POSIX_VDISABLE
    tcsetattr(descriptor, TCSANOW, &settings)
    def_prog_mode()
  }
}
