import GRDB

/// Why the library could not be read or written, in a sentence that names the file and
/// what to do.
public struct LibraryError: Error, Equatable, Sendable {
  /// The message, whole.
  public var message: String

  /// An error with `message`.
  public init(_ message: String) {
    self.message = message
  }

  /// The error for a failure of SQLite on the library at `path`.
  static func database(_ error: any Error, path: String) -> LibraryError {
    guard let error = error as? DatabaseError else {
      return LibraryError("\(path): \(error)")
    }
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      return LibraryError(
        "\(path) is damaged or not a tvbrowse library (\(error.message ?? "unreadable")); it was left as it is: move it aside, or name another file with --library or TVBROWSE_LIBRARY"
      )
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
      return LibraryError(
        "cannot open the library \(path): \(error.message ?? "permission denied")")
    case .SQLITE_FULL:
      return LibraryError("\(path): the disk is full; nothing was written")
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return LibraryError("\(path) is busy: another tvbrowse is writing to it; try again")
    default:
      return LibraryError(
        "\(path): \(error.message ?? "SQLite error \(error.resultCode.rawValue)")")
    }
  }
}
