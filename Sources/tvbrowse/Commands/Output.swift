import Glibc
import Reports
import ShowModel

/// Where command output goes, and how it is styled for the terminal it goes to.
enum Output {
  /// Writes `text` to stdout as it is; when stdout cannot take it (a full disk, a closed
  /// pipe), says so on stderr and exits 1, so a script never takes cut output for whole.
  static func write(_ text: String) {
    var text = text
    let failure: Int32? = text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return written < 0 ? errno : EIO }
        offset += written
      }
      return nil
    }
    if let failure {
      error("cannot write the output: \(String(cString: strerror(failure)))")
      exit(1)
    }
  }

  /// Writes one line to stderr, prefixed with the program's name.
  static func error(_ message: String) {
    writeError(
      message.split(separator: "\n", omittingEmptySubsequences: false)
        .map { "tvbrowse: " + SafeText.sanitize(String($0)) + "\n" }.joined())
  }

  /// Writes a message of the argument parser (a usage error) to stderr as it is worded,
  /// each line made harmless.
  static func usage(_ message: String) {
    writeError(
      message.split(separator: "\n", omittingEmptySubsequences: false)
        .map { SafeText.sanitize(String($0)) + "\n" }.joined())
  }

  /// Writes `text` to stderr as it is (the caller made it harmless).
  static func writeError(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { buffer in
      Glibc.write(2, buffer.baseAddress, buffer.count - 1)
    }
  }

  /// Writes pack problems to stderr, one `FILE: LOCATION: message` line each.
  static func problems(_ problems: [PackProblem]) {
    writeError(problems.map { SafeText.sanitize($0.description) + "\n" }.joined())
  }

  /// A report writer for stdout: styled with `--color always`, or in auto on a terminal
  /// that is not dumb, without `NO_COLOR` or `--no-color`.
  static func textReport(color: ColorOption) -> TextReport {
    let colour: Bool
    switch color.resolved {
    case .always: colour = true
    case .never: colour = false
    case .auto: colour = isatty(1) == 1 && (environment("TERM") ?? "dumb") != "dumb"
    }
    return TextReport(width: 80, style: colour ? .ansi : .plain)
  }

  private static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// Writes a JSON value and a newline.
  static func json(_ value: JSONValue) {
    write(JSONWriter.format(value) + "\n")
  }
}
