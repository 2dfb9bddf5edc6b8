import Foundation

/// Runs the built `tvbrowse` binary as a plain process, with `NO_COLOR=1` and no input, and
/// captures what it prints and how it exits.
enum BinaryRunner {
  /// What one run printed and its exit status.
  struct Run: CustomStringConvertible {
    /// Everything written to stdout, as bytes.
    var stdoutBytes: [UInt8]
    /// Everything written to stderr, as bytes.
    var stderrBytes: [UInt8]
    /// The exit status, or the signal number when it was killed.
    var status: Int32

    /// Stdout decoded as UTF-8 (invalid bytes become U+FFFD).
    var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
    /// Stderr decoded as UTF-8 (invalid bytes become U+FFFD).
    var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }
    /// The non-empty lines of stdout.
    var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
    /// The non-empty lines of stderr.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
  }

  /// A binary that could not be found, started, or that did not end in time.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String
  }

  /// The longest a run may take before it is killed and reported.
  static let deadline: DispatchTimeInterval = .seconds(60)

  /// Starts `tvbrowse arguments` on the library `library`, its output thrown away, and
  /// returns at once: for a test that kills it, or runs several at the same time.
  static func start(_ arguments: [String], library: String) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try binaryPath())
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["TVBROWSE_LIBRARY"] = library
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Runs `tvbrowse arguments` and waits for it to end. The library is `library`, else a
  /// file of the run's own that nothing creates unless the run adds a show; `extra` adds
  /// to the environment.
  static func run(
    _ arguments: [String], in directory: String? = nil, library: String? = nil,
    environment extra: [String: String] = [:]
  ) throws -> Run {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tvbrowse-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // Files, not pipes: a chatty child can never block on a full pipe.
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: try binaryPath())
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["TERM"] = "dumb"
    environment["TVBROWSE_LIBRARY"] =
      library ?? folder.appendingPathComponent("library.sqlite").path
    environment.merge(extra) { _, new in new }
    process.environment = environment
    process.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) } ?? folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    let ended = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in ended.signal() }
    try process.run()
    try out.close()
    try err.close()
    if ended.wait(timeout: .now() + deadline) == .timedOut {
      process.terminate()
      _ = ended.wait(timeout: .now() + .seconds(5))
      throw Failure(description: "tvbrowse \(arguments) did not end within \(deadline)")
    }
    return Run(
      stdoutBytes: Array(try Data(contentsOf: outURL)),
      stderrBytes: Array(try Data(contentsOf: errURL)),
      status: process.terminationStatus)
  }

  /// The path of the built `tvbrowse`: it sits in the build products directory, beside the
  /// test bundle that runs these tests.
  static func binaryPath() throws -> String {
    var candidates: [URL] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
    }
    candidates.append(Bundle.main.bundleURL)
    if let first = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    var tried: [String] = []
    for var directory in candidates.map(\.standardizedFileURL) {
      // Where the test bundle is a folder (`….xctest/Contents/MacOS`), step out of it.
      while ["xctest", "app"].contains(directory.pathExtension)
        || ["Contents", "MacOS"].contains(directory.lastPathComponent)
      {
        directory.deleteLastPathComponent()
      }
      let binary = directory.appendingPathComponent("tvbrowse").path
      if FileManager.default.isExecutableFile(atPath: binary) { return binary }
      tried.append(binary)
    }
    throw Failure(
      description: "the built tvbrowse binary was not found; looked at \(tried); "
        + "build it with swift build before running these tests")
  }
}
