import Foundation
import ShowModel
import Testing

@testable import ShowLibrary

/// A folder of its own for one test, removed when the test is done with it.
final class TemporaryFolder {
  /// The folder's path.
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "tvbrowse-library-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// A path inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The saved TVmaze show the model's tests read too.
func harborLights() throws -> TVmazeShow {
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(2)
  let path = parts.joined(separator: "/") + "/ShowModelTests/Fixtures/tvmaze/harbor-lights.json"
  let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
  return try TVmazeShow.read(bytes: bytes, fetched: "2026-11-28")
}

/// The line `add` makes for a TVmaze show.
func line(for show: TVmazeShow) -> LibraryShow {
  LibraryShow(tvmaze: show)
}

/// The built-in show's entities, read from the binary.
func builtInEntities() throws -> [Entity] {
  let result = PackLoader.inspectBuiltIn()
  return try #require(result.pack).entities
}
