import Foundation

#if FUZZING
  import CFuzzDriver
#endif

/// The `main` of every fuzz binary. Built with `-DFUZZING` and `-sanitize=fuzzer`, it hands
/// the command line to libFuzzer; otherwise it replays the files and folders it is given,
/// so the binaries also build, link and serve in an ordinary `swift build`.
public enum FuzzDriver {
  /// The C signature libFuzzer calls with each input.
  public typealias OneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs libFuzzer on `oneInput`, or replays the paths on the command line through `target`.
  public static func main(target: FuzzTarget, oneInput: OneInput) -> Never {
    #if FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv, oneInput))
    #else
      let paths = CommandLine.arguments.dropFirst()
      guard !paths.isEmpty else {
        FileHandle.standardError.write(
          Data(
            ("usage: \(CommandLine.arguments[0]) FILE-OR-FOLDER…\n"
              + "replays inputs through the \(target.rawValue) target; build with"
              + " Fuzz/run.sh to fuzz\n").utf8))
        exit(2)
      }
      do {
        let count = try FuzzInputs.files(in: Array(paths)).reduce(0) { count, file in
          target.run(try FuzzInputs.bytes(of: file))
          return count + 1
        }
        print("replayed \(count) inputs through \(target.rawValue) without a crash")
        exit(0)
      } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
      }
    #endif
  }

  /// The bytes libFuzzer passes, as an array.
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
  }
}
