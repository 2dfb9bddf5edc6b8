import FuzzTargets

/// One input for the `search` target, called by libFuzzer through `LLVMFuzzerRunDriver`.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzTarget.search.run(FuzzDriver.bytes(data, size))
  return 0
}

/// Fuzzes the `search` target, or replays the inputs named on the command line.
@main
enum FuzzSearch {
  static func main() {
    FuzzDriver.main(target: .search, oneInput: fuzzOneInput)
  }
}
