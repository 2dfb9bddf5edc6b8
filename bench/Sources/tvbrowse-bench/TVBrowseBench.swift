import ArgumentParser

// MARK: - Command line

/// `tvbrowse-bench`: the benchmarks of the search engine and of the product's own paths.
@main
struct TVBrowseBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tvbrowse-bench",
    abstract: "Benchmarks of tvbrowse's search engine and of its paths on large packs.",
    subcommands: [
      FilterBenchmark.self, TypeBenchmark.self, PacksBenchmark.self, StoredBenchmark.self,
      RelevanceBenchmark.self,
    ]
  )
}

/// `tvbrowse-bench filter QUERY < lines.txt`.
struct FilterBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "filter",
    abstract: "Print every matching line of standard input, best first.",
    discussion: "Compare with fzy -e QUERY and fzf --filter QUERY.")

  @Argument(help: "The query.")
  var query: String

  @Flag(help: "Also report on standard error where the time went.")
  var phases = false

  func run() throws {
    let status = FilterCommand.run(query: query, phases: phases)
    if status != 0 { throw ExitCode(status) }
  }
}

/// `tvbrowse-bench type QUERY < lines.txt`.
struct TypeBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "type",
    abstract: "Type QUERY one character at a time and delete it again, timing each keystroke.",
    discussion: """
      Each line of standard input becomes a person of a show; each keystroke goes to the \
      browser's search line and is timed with the render of the frame; prints p50, p99, max \
      and the peak memory.
      """)

  @Argument(help: "The query.")
  var query: String

  @Option(help: "How many times to type and delete the query.")
  var replays = 20

  @Option(help: ArgumentHelp("The frame's size.", valueName: "WIDTHxHEIGHT"))
  var size = "100x30"

  func validate() throws {
    guard replays > 0 else { throw ValidationError("--replays must be at least 1") }
    guard frameSize != nil else {
      throw ValidationError("--size must be WIDTHxHEIGHT, at least 1x2")
    }
  }

  /// The width and height `--size` names.
  var frameSize: (width: Int, height: Int)? {
    let parts = size.split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2, parts[0] > 0, parts[1] > 1 else { return nil }
    return (parts[0], parts[1])
  }

  func run() throws {
    var command = TypeCommand(query: query)
    command.replays = replays
    if let frameSize {
      command.width = frameSize.width
      command.height = frameSize.height
    }
    let status = command.run()
    if status != 0 { throw ExitCode(status) }
  }
}
