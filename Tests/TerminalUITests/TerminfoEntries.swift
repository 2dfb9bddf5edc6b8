import Foundation

/// Terminfo entries of a test's own, compiled with `tic` into a folder that `TERMINFO`
/// names while they are in use, for terminals the system's database does not hold.
struct TerminfoEntries {
  /// A step that failed.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String
  }

  private let folder: URL
  private let previous: String?

  /// Compiles `source` (terminfo source text) and points `TERMINFO` at the result; the
  /// system's entries stay reachable after it.
  init(_ source: String) throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("terminfo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("entries.src")
    try source.write(to: file, atomically: true, encoding: .utf8)
    let compiler = Process()
    compiler.executableURL = URL(fileURLWithPath: "/usr/bin/tic")
    compiler.arguments = ["-x", "-o", folder.path, file.path]
    try compiler.run()
    compiler.waitUntilExit()
    guard compiler.terminationStatus == 0 else {
      throw Failure(description: "tic failed on \(source)")
    }
    previous = ProcessInfo.processInfo.environment["TERMINFO"]
    setenv("TERMINFO", folder.path, 1)
  }

  /// Points `TERMINFO` back where it was and deletes the entries.
  func remove() {
    if let previous { setenv("TERMINFO", previous, 1) } else { unsetenv("TERMINFO") }
    try? FileManager.default.removeItem(at: folder)
  }
}
