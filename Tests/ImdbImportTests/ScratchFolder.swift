import Foundation
import Glibc

/// A folder of a test's own under the temporary directory, removed when the test ends.
final class ScratchFolder {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.path + "/imdb-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `bytes` to the file `name` in the folder; returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = path + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// Copies every file of `folder` here, each compressed by the system's `gzip` when
  /// `compressed` (NAME.tsv becomes NAME.tsv.gz).
  func copy(_ folder: String, compressed: Bool) throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: path + "/" + name)
      if compressed { try gzip(path + "/" + name) }
    }
  }

  /// Compresses the file at `file` in place with the system's `gzip` (FILE.gz).
  func gzip(_ file: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-n", "-f", file]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
  }
}
