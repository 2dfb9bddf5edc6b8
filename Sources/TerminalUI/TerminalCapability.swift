import CNcursesw

/// Reads string capabilities of the current terminal from the terminfo database.
enum TerminalCapability {
  /// The capability's value, or nil when the terminal lacks it.
  static func string(_ name: String) -> [UInt8]? {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
    return Array(String(cString: value).utf8)
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
