import Foundation

/// Finds and reads inputs on disk: the seed corpus and the committed crash inputs.
public enum FuzzInputs {
  /// A path that could not be read as an input.
  public struct Unreadable: Error, CustomStringConvertible {
    /// The path.
    public var path: String
    /// Why.
    public var reason: String
    /// The path and the reason, for a message.
    public var description: String { "cannot read fuzz input \(path): \(reason)" }
  }

  /// Every regular file under the given files and folders, sorted, skipping hidden files.
  public static func files(in paths: [String]) throws -> [String] {
    var found: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw Unreadable(path: path, reason: "no such file or folder")
      }
      guard isFolder.boolValue else {
        found.append(path)
        continue
      }
      guard let walker = manager.enumerator(atPath: path) else {
        throw Unreadable(path: path, reason: "cannot list the folder")
      }
      for case let relative as String in walker {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        let full = "\(path)/\(relative)"
        var isSubfolder: ObjCBool = false
        if name.hasPrefix(".") || !manager.fileExists(atPath: full, isDirectory: &isSubfolder)
          || isSubfolder.boolValue
        {
          continue
        }
        found.append(full)
      }
    }
    return found.sorted()
  }

  /// The bytes of one input file.
  public static func bytes(of path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Unreadable(path: path, reason: "cannot open the file")
    }
    return [UInt8](data)
  }
}
