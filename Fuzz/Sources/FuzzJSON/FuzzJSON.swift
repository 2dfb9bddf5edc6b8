import FuzzTargets

/// One input for the `json` target, called by libFuzzer through `LLVMFuzzerRunDriver`.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzTarget.json.run(FuzzDriver.bytes(data, size))
  return 0
}

/// Fuzzes the `json` target, or replays the inputs named on the command line.
@main
enum FuzzJSON {
  static func main() {
    FuzzDriver.main(target: .json, oneInput: fuzzOneInput)
  }
}
