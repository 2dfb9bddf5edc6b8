import FuzzTargets

/// One input for the `keys` target, called by libFuzzer through `LLVMFuzzerRunDriver`.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzTarget.keys.run(FuzzDriver.bytes(data, size))
  return 0
}

/// Fuzzes the `keys` target, or replays the inputs named on the command line.
@main
enum FuzzKeys {
  static func main() {
    FuzzDriver.main(target: .keys, oneInput: fuzzOneInput)
  }
}
