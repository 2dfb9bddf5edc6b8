import Foundation
import FuzzTargets
import Testing

/// Every committed fuzz input through the same entry point the fuzzers call: the crash
/// inputs in `Fuzz/Crashes/TARGET/` (each one crashed a fuzzer before its fix) and the
/// seed corpus in `Fuzz/Corpus/TARGET/`. A regression stops the test process as it stopped
/// the fuzzer.
@Suite struct FuzzReplayTests {
  /// The package's root folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The committed inputs of `target` under `folder` (`Crashes` or `Corpus`).
  static func inputs(_ folder: String, of target: FuzzTarget) throws -> [String] {
    let path = "\(root)/Fuzz/\(folder)/\(target.rawValue)"
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    return try FuzzInputs.files(in: [path])
  }

  @Test(arguments: FuzzTarget.allCases)
  func committedInputsRunCleanly(target: FuzzTarget) throws {
    let seeds = try Self.inputs("Corpus", of: target)
    #expect(!seeds.isEmpty, "no seed corpus for \(target.rawValue)")
    for file in try Self.inputs("Crashes", of: target) + seeds {
      target.run(try FuzzInputs.bytes(of: file))
    }
  }
}
