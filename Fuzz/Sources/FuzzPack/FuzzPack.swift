import FuzzTargets

/// One input for the `pack` target, called by libFuzzer through `LLVMFuzzerRunDriver`.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzTarget.pack.run(FuzzDriver.bytes(data, size))
  return 0
}

/// Fuzzes the `pack` target, or replays the inputs named on the command line.
@main
enum FuzzPack {
  static func main() {
    FuzzDriver.main(target: .pack, oneInput: fuzzOneInput)
  }
}
