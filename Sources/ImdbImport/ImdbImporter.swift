import Foundation
import GRDB
import Glibc
import ShowLibrary

/// Imports IMDb's dataset files into a new file beside the library
/// (`LibraryLocation.imdbPath`), then renames it into place under an exclusive lock: an
/// import that fails, is stopped or is killed leaves the previous IMDb shows as they were,
/// and the library's own file is never written.
public struct ImdbImporter {
  /// An import stopped on request (Ctrl-C): nothing was changed.
  public struct Stopped: Error {}

  /// What an import did.
  public struct Outcome: Sendable {
    /// How many series and mini-series it stored as shows.
    public let shows: Int
    /// The rows it skipped, and why.
    public let problems: ImportProblems
    /// Where the IMDb shows are now.
    public let path: String
  }

  /// The folder with the dataset files.
  public var folder: String
  /// The library the IMDb shows go beside.
  public var libraryPath: String
  /// Whether the first problem stops the import (the library unchanged).
  public var strict = false
  /// Asked between rows: true stops the import.
  public var isStopped: () -> Bool = { false }
  /// Told how the import goes.
  public var progress: ImportProgress?

  /// An import of the files in `folder` for the library at `libraryPath`.
  public init(folder: String, libraryPath: String) {
    self.folder = folder
    self.libraryPath = libraryPath
  }

  /// Runs the import; `ImportFailure` or `Stopped` when nothing was changed.
  public func run() throws -> Outcome {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
      throw ImportFailure("there is no folder \(folder)")
    }
    guard isFolder.boolValue else {
      throw ImportFailure("\(folder) is a file: give the folder that holds IMDb's files")
    }
    let paths = try ImdbFile.all.map { file throws(ImportFailure) in
      (file, try file.path(in: folder))
    }
    let target = LibraryLocation.imdbPath(besideLibrary: libraryPath)
    let lock = try Self.lock(target + ".lock")
    defer { close(lock) }
    let building = target + ".importing"
    let staging = target + ".staging"
    Self.remove(building)
    Self.remove(staging)
    defer { Self.remove(staging) }
    do {
      var problems = ImportProblems()
      let shows = try build(at: building, staging: staging, from: paths, problems: &problems)
      try Self.finish(building, as: target)
      return Outcome(shows: shows, problems: problems, path: target)
    } catch {
      Self.remove(building)
      if error is ImportFailure || error is Stopped { throw error }
      throw ImportFailure("cannot write \(building): \(Self.describe(error))")
    }
  }

  private func build(
    at path: String, staging stagingPath: String, from files: [(ImdbFile, String)],
    problems: inout ImportProblems
  ) throws -> Int {
    let library: Library
    do {
      library = try Library.openOrCreate(path: path)
    } catch {
      throw ImportFailure(error.message)
    }
    let staging = try ImdbStaging(path: stagingPath, finalPath: path)
    // Closed before the file is finished: it has the new file attached.
    defer { staging.remove() }
    let readers: [String: (TSVRow, Database) throws -> Void] = [
      ImdbFile.titleBasics.name: staging.titleBasics,
      ImdbFile.titleEpisode.name: staging.titleEpisode,
      ImdbFile.nameBasics.name: staging.nameBasics,
      ImdbFile.titlePrincipals.name: staging.titlePrincipals,
      ImdbFile.titleRatings.name: staging.titleRatings,
    ]
    for (file, filePath) in files {
      try FileLoad(
        file: file, path: filePath, strict: strict, isStopped: isStopped, progress: progress
      ).run(into: staging.database, problems: &problems, reader: readers[file.name]!)
    }
    try staging.index()
    let total = try staging.seriesCount()
    var done = 0
    progress?.writing(shows: 0, of: total)
    let pipeline = ShowPipeline(staging)
    defer { pipeline.finish() }
    var more = true
    // A transaction per batch of shows, so that no journal grows with the whole import.
    while more {
      var inBatch = 0
      _ = try library.addAll {
        guard inBatch < ShowPipeline.batch else { return nil }
        if isStopped() { throw Stopped() }
        guard let next = try pipeline.next() else {
          more = false
          return nil
        }
        inBatch += 1
        done += 1
        progress?.writing(shows: done, of: total)
        return next
      }
    }
    return done
  }

  // MARK: - The file

  /// Holds an exclusive lock on `path` (made if need be) until the descriptor is closed.
  private static func lock(_ path: String) throws(ImportFailure) -> Int32 {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw ImportFailure("cannot make \(path): \(String(cString: strerror(errno)))")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw ImportFailure(
        "another import is writing \(path.dropLast(".lock".count)); try again once it ends")
    }
    return descriptor
  }

  /// Turns the finished file into one that needs no journal beside it, forces it to disk
  /// and renames it into place.
  private static func finish(_ building: String, as target: String) throws {
    let database = try DatabaseQueue(path: building)
    try database.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA journal_mode = DELETE")
    }
    try database.close()
    let descriptor = open(building, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0, fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      if descriptor >= 0 { close(descriptor) }
      throw ImportFailure("cannot write \(building) to disk: \(reason)")
    }
    close(descriptor)
    guard rename(building, target) == 0 else {
      throw ImportFailure(
        "cannot rename \(building) to \(target): \(String(cString: strerror(errno)))")
    }
    let folder = (target as NSString).deletingLastPathComponent
    let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// Removes a file being built and what SQLite keeps beside it.
  static func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
  }

  private static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError {
      let message = error.message ?? "\(error.resultCode)"
      guard error.resultCode == .SQLITE_IOERR || error.resultCode == .SQLITE_FULL else {
        return message
      }
      return message + " (the disk may be full, or the file larger than the system allows)"
    }
    return "\(error)"
  }
}
