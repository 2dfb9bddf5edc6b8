import Foundation

/// The `tvbrowse` binary the tests run: the one built beside the test bundle, in the same
/// build products directory.
enum TVBrowseBinary {
  /// Why the binary cannot be found.
  struct Missing: Error, CustomStringConvertible {
    /// Where it was looked for.
    var path: String
    var description: String { "tvbrowse was not built at \(path); run swift build first" }
  }

  /// The binary's absolute path.
  static func path() throws -> String {
    let testBinary =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    var directory = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
    // On platforms where the test bundle is a directory, step out of it.
    while directory.pathExtension == "xctest" || directory.lastPathComponent == "Contents"
      || directory.lastPathComponent == "MacOS"
    {
      directory.deleteLastPathComponent()
    }
    let binary = directory.appendingPathComponent("tvbrowse").path
    guard FileManager.default.isExecutableFile(atPath: binary) else { throw Missing(path: binary) }
    return binary
  }

  /// The package's root directory, for fixtures of other test targets.
  static func packageRoot(_ file: String = #filePath) -> String {
    URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
  }

  /// Quotes `text` for a POSIX shell.
  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
