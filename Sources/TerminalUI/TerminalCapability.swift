import CNcursesw
import Glibc

/// Reads string capabilities of the current terminal from the terminfo database.
enum TerminalCapability {
  /// The capability's value without terminfo's padding (`$<50>`, a delay that must never
  /// reach the terminal as text), or nil when the terminal lacks it.
  static func string(_ name: String) -> [UInt8]? {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
    return ControlStrings.withoutPadding(Array(String(cString: value).utf8))
  }

  /// Writes all of `bytes` to `output`, waiting while the terminal cannot take more; false
  /// when the terminal fails.
  static func write(_ bytes: [UInt8], to output: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(output, buffer.baseAddress! + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && (errno == EINTR || errno == EAGAIN) {
          var request = pollfd(fd: output, events: Int16(POLLOUT), revents: 0)
          _ = poll(&request, 1, 100)
        } else {
          return false
        }
      }
      return true
    }
  }

  /// Mouse reporting off, for every xterm mode curses may have switched on.
  static let mouseOff = Array("\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l".utf8)

  /// The bytes that hand the terminal back after a crash: keypad off, attributes reset,
  /// cursor shown, alternate screen left (and mouse reporting off when it was on).
  static func repairBytes(mouse: Bool) -> [UInt8] {
    var bytes: [UInt8] = mouse ? mouseOff : []
    for name in ["rmkx", "sgr0", "cnorm", "rmcup"] {
      bytes += string(name) ?? []
    }
    return bytes
  }
}
