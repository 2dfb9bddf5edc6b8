import FuzzTargets

/// One input for the `tsv` target, called by libFuzzer through `LLVMFuzzerRunDriver`.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzTarget.tsv.run(FuzzDriver.bytes(data, size))
  return 0
}

/// Fuzzes the `tsv` target, or replays the inputs named on the command line.
@main
enum FuzzTSV {
  static func main() {
    FuzzDriver.main(target: .tsv, oneInput: fuzzOneInput)
  }
}
