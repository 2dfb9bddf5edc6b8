import Glibc

/// The folder a pack's source files must resolve inside: the pack's own folder, or a folder
/// above it named with `--root`. Holds that folder open, and opens each source file beneath
/// it in one step (`ConfinedOpen`), so a file outside is refused without being read.
final class PackFolder {
  /// Why the boundary folder cannot be used, as a message for a usage error.
  struct RootFailure: Error, Equatable {
    /// What is wrong with `--root`.
    var message: String
  }

  /// The boundary folder, open as a path descriptor.
  private let descriptor: Int32
  /// The pack's folder relative to the boundary folder ("" when they are the same).
  private let packFolder: String
  /// How the boundary is named in messages: "the pack's folder" or the `--root` folder.
  private let boundary: String
  /// How paths are resolved beneath the folder.
  private let method: ConfinedOpen.Method

  /// Opens the boundary for the pack at `packPath`: its own folder, or `root`, which must
  /// be that folder or one above it.
  init(packPath: String, root: String?, method: ConfinedOpen.Method = .kernel)
    throws(RootFailure)
  {
    let folder = Self.folder(of: packPath)
    let base = root ?? folder
    let baseName =
      root == nil
      ? "the pack's folder \"\(SafeText.echo(base))\"" : "--root \"\(SafeText.echo(base))\""
    guard let baseReal = Self.realPath(base) else {
      throw RootFailure(message: "\(baseName): \(FileBytes.describe(errno))")
    }
    // A pack whose folder cannot be found is reported when the pack itself is read.
    let packReal = Self.realPath(folder) ?? baseReal
    let relative: String
    if packReal == baseReal {
      relative = ""
    } else if baseReal == "/" || packReal.hasPrefix(baseReal + "/") {
      relative = String(packReal.dropFirst(baseReal == "/" ? 1 : baseReal.count + 1))
    } else {
      throw RootFailure(
        message:
          "--root \"\(SafeText.echo(base))\" must be the pack's folder or a folder above it, and it does not hold \"\(SafeText.echo(packPath))\""
      )
    }
    let descriptor = open(baseReal, ConfinedOpen.pathOnly | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw RootFailure(message: "\(baseName): \(FileBytes.describe(errno))")
    }
    self.descriptor = descriptor
    packFolder = relative
    boundary =
      root.map { "the folder \"\(SafeText.echo($0))\" given as --root" } ?? "the pack's folder"
    self.method = method
  }

  deinit {
    close(descriptor)
  }

  /// The bytes of the source file `file`, a path relative to the pack's folder; refused,
  /// without being opened, when it is absolute or resolves outside the boundary.
  func read(_ file: String, limit: Int) throws(FileBytes.Failure) -> [UInt8] {
    guard !file.hasPrefix("/") else {
      throw FileBytes.Failure(
        message: "a source file must be a path relative to the pack's folder")
    }
    guard !file.utf8.contains(0) else {
      throw FileBytes.Failure(message: "a file name cannot hold a NUL character")
    }
    let path = packFolder.isEmpty ? file : "\(packFolder)/\(file)"
    switch ConfinedOpen.open(path, beneath: descriptor, method: method) {
    case .success(let file):
      defer { close(file) }
      return try FileBytes.read(descriptor: file, limit: limit)
    case .failure(.escapes):
      throw FileBytes.Failure(
        message:
          "refused without reading: it leads outside \(boundary), and a source file must resolve inside it (after \"..\" and symbolic links)"
      )
    case .failure(.system(let code)):
      throw FileBytes.Failure(message: FileBytes.describe(code))
    }
  }

  /// The folder of the file at `path`, as written: "." for a bare name.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The absolute path of `path` with every `..` and symbolic link resolved; nil (and
  /// `errno` set) when it does not exist.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
