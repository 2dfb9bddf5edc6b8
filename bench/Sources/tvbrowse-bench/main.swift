#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - Command line

/// How to run the benchmark.
let usage = """
  usage: tvbrowse-bench filter QUERY [--phases] < lines.txt
         tvbrowse-bench type QUERY [--replays N] [--size WIDTHxHEIGHT] < lines.txt

    filter  print every matching line, best first (compare: fzy -e QUERY, fzf --filter QUERY);
            --phases also reports on standard error where the time went
    type    type QUERY one character at a time and delete it again, timing each keystroke
            with the render of the result list; print p50, p99, max and the peak memory
  """

/// Parses the arguments and runs a command.
func main(_ arguments: [String]) -> Int32 {
  guard arguments.count >= 2 else {
    print(usage)
    return 2
  }
  switch arguments[0] {
  case "filter" where arguments.count == 2:
    return FilterCommand.run(query: arguments[1])
  case "filter" where arguments.count == 3 && arguments[2] == "--phases":
    return FilterCommand.run(query: arguments[1], phases: true)
  case "type":
    var command = TypeCommand(query: arguments[1])
    var rest = arguments.dropFirst(2)
    while let option = rest.popFirst() {
      switch option {
      case "--replays":
        guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else { break }
        command.replays = value
        continue
      case "--size":
        let parts = rest.popFirst()?.split(separator: "x").compactMap { Int($0) } ?? []
        guard parts.count == 2, parts[0] > 0, parts[1] > 1 else { break }
        command.width = parts[0]
        command.height = parts[1]
        continue
      default:
        break
      }
      print(usage)
      return 2
    }
    return command.run()
  default:
    print(usage)
    return 2
  }
}

exit(main(Array(CommandLine.arguments.dropFirst())))
