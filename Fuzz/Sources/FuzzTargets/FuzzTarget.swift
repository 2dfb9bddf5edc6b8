import TerminalCells

/// The parts of tvbrowse that read untrusted bytes, each as one fuzz target: a function of
/// an input that returns normally or stops the process on a crash or a broken invariant.
///
/// The libFuzzer binaries (`FuzzJSON`, `FuzzPack`, `FuzzKeys`, `FuzzSearch`, `FuzzTSV`) and the test
/// that replays committed inputs call the same `run`, so an input that crashed a fuzzer
/// crashes the test the same way until it is fixed.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The JSON parser, and the writer on what it parsed.
  case json
  /// A whole pack from bytes: reading, validation, and every report of a valid pack.
  case pack
  /// Key codes through the key decoder into the browser, drawing every frame.
  case keys
  /// Query parsing and a search over a small fixed index.
  case search
  /// IMDb's dataset rows: the compressed line reader and the row and character readers.
  case tsv

  /// Feeds one input to the target.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .json: JSONFuzzing.run(bytes)
    case .pack: PackFuzzing.run(bytes)
    case .keys: KeyFuzzing.run(bytes)
    case .search: SearchFuzzing.run(bytes)
    case .tsv: TSVFuzzing.run(bytes)
    }
  }

  /// Stops the process, as a crash the fuzzer records, when an invariant does not hold.
  static func require(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #file, line: UInt = #line
  ) {
    if !condition() {
      fatalError("fuzz invariant broken: \(message())", file: file, line: line)
    }
  }
}
