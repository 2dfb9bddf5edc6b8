import CNcursesw
import Glibc

/// Sets the process locale from the environment, so curses reads and writes UTF-8.
enum TerminalLocale {
  /// Applies the user's locale, falling back to `C.UTF-8` when its codeset is not UTF-8.
  /// Returns true when the resulting locale is UTF-8.
  @discardableResult
  static func apply() -> Bool {
    _ = setlocale(LC_ALL, "")
    if isUTF8 { return true }
    if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8 { return true }
    _ = setlocale(LC_CTYPE, "C.utf8")
    return isUTF8
  }

  /// True when the current locale's codeset is UTF-8.
  static var isUTF8: Bool {
    guard let codeset = shim_codeset() else { return false }
    let name = String(cString: codeset).lowercased()
    return name == "utf-8" || name == "utf8"
  }
}
