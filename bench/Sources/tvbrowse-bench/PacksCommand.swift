import ArgumentParser
import ShowModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - Packs

/// `tvbrowse-bench packs PACK...`: the product's paths on packs of growing size.
struct PacksBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "packs",
    abstract: "Time validate, show, and the browser's first frame, a key and a search character.",
    discussion: """
      Give packs of N, 2N, 4N and 8N entities (bench/make_pack.py writes them). Prints a \
      table of medians, in wall-clock and in processor time, with the ratio to the row \
      above: 2 for a path that is linear in the pack, 4 for a quadratic one.
      """)

  @Argument(help: ArgumentHelp("Pack files, smallest first.", valueName: "pack"))
  var packs: [String]

  @Option(help: "How many times to run each path; the median is printed.")
  var runs = 3

  @Option(help: "What to type into the search line, one character at a time.")
  var query = "hannah"

  func validate() throws {
    guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    guard !packs.isEmpty else { throw ValidationError("give at least one pack") }
  }

  func run() throws {
    var results: [PackPaths.Result] = []
    for path in packs {
      do {
        results.append(try PackPaths(path: path, query: query).measure(runs: runs))
      } catch {
        Clock.report("tvbrowse-bench: \(error.description)")
        throw ExitCode(1)
      }
      Clock.report("measured \(path)")
    }
    print(PackTable(results: results).markdown(runs: runs))
  }
}

// MARK: - Table

/// The results as Markdown tables, a row per pack, each cost with its ratio to the row above.
struct PackTable {
  let results: [PackPaths.Result]

  /// Two tables, wall-clock then processor time, and the slowest search characters.
  func markdown(runs: Int) -> String {
    let header = """
      | entities | pack | validate | show | first frame | Down in a list | search character |
      |---:|---:|---:|---:|---:|---:|---:|
      """
    var lines = ["Wall-clock time, median of \(runs) runs (ratio to the row above):", ""]
    lines.append(header)
    lines += rows { $0.wall }
    lines += ["", "Processor time, all threads, same runs:", "", header]
    lines += rows { $0.processor }
    let slowest = results.map { "\"\($0.slowestQuery)\"" }.joined(separator: ", ")
    lines += ["", "Slowest search character, by pack: \(slowest)."]
    for result in results {
      let each = result.characters.map {
        "\"\($0.query)\" \(Self.milliseconds($0.cost.wall)) / \(Self.milliseconds($0.cost.processor))"
      }
      lines += [
        "", "Each search character, wall clock / processor: " + each.joined(separator: ", "),
      ]
      let completions = result.completions.map {
        "\"\($0.query)\" \(Self.milliseconds($0.wall))"
      }
      if !completions.isEmpty {
        lines += [
          "Complete results after indexing, from the keystroke's frame: "
            + completions.joined(separator: ", ")
        ]
      }
    }
    return lines.joined(separator: "\n")
  }

  private func rows(_ value: (PackPaths.Cost) -> Double) -> [String] {
    results.enumerated().map { index, result in
      let previous = index > 0 ? results[index - 1] : nil
      func cell(_ cost: KeyPath<PackPaths.Result, PackPaths.Cost>) -> String {
        let milliseconds = value(result[keyPath: cost])
        var text = "\(Self.milliseconds(milliseconds))"
        if let previous {
          let before = value(previous[keyPath: cost])
          text += " ×\(before > 0 ? Clock.format(milliseconds / before) : "–")"
        }
        return text
      }
      let cells = [
        NumberText.grouped(result.entities), Self.mebibytes(result.bytes), cell(\.validate),
        cell(\.show), cell(\.firstFrame), cell(\.down), cell(\.searchCharacter),
      ]
      return "| " + cells.joined(separator: " | ") + " |"
    }
  }

  /// Milliseconds, with two decimals below 10 ms and none above.
  static func milliseconds(_ value: Double) -> String {
    value < 10 ? "\(Clock.format(value)) ms" : "\(NumberText.grouped(Int(value.rounded()))) ms"
  }

  /// Mebibytes with one decimal.
  static func mebibytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576
    return "\(tenths / 10).\(tenths % 10) MiB"
  }
}

/// The size of a file.
enum FileSize {
  /// The size in bytes of the file at `path`, or 0 when it cannot be read.
  static func of(_ path: String) -> Int {
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_size) : 0
  }
}
