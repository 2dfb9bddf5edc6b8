import BrowserCore
import ShowSearch

// MARK: - Type

/// `tvbrowse-bench type QUERY`: loads standard input into a `SearchIndex`, then types QUERY
/// one character at a time and deletes it again, many times over, timing each keystroke
/// from parsing the query to a rendered result list.
struct TypeCommand {
  let query: String
  var replays = 20
  var width = 100
  var height = 30

  /// Runs the replays, prints the latencies and the peak memory, and returns the exit status.
  func run() -> Int32 {
    let loadStart = Clock.now()
    let input = InputBytes.standardInput()
    let corpusBytes = input.buffer.count
    let index = SearchIndex(lines: input.buffer, release: input.release)
    let loaded = Clock.now()
    let steps = keystrokes()
    let list = ResultList()
    var samples: [Double] = []
    var byStep = [[Double]](repeating: [], count: steps.count)
    var processorByStep = [[Double]](repeating: [], count: steps.count)
    for _ in 0..<replays {
      // Each replay starts afresh, as a new search in the browser would.
      let search = IncrementalSearch(index: index)
      for (step, text) in steps.enumerated() {
        let processorStart = Clock.processorTime()
        let start = Clock.now()
        let hits = search.search(SearchQuery(text), limit: height - 1)
        let frame = list.render(hits, query: text, index: index, width: width, height: height)
        let end = Clock.now()
        processorByStep[step].append(
          Clock.milliseconds(from: processorStart, to: Clock.processorTime()))
        withExtendedLifetime(frame) {}
        let elapsed = Clock.milliseconds(from: start, to: end)
        samples.append(elapsed)
        byStep[step].append(elapsed)
      }
    }
    report(
      samples: samples, byStep: byStep, processorByStep: processorByStep, steps: steps,
      lines: index.count, bytes: corpusBytes,
      loadMilliseconds: Clock.milliseconds(from: loadStart, to: loaded))
    return 0
  }

  /// The query after each keystroke: typed one character at a time, then deleted.
  func keystrokes() -> [String] {
    let characters = Array(query)
    let typed = (1...max(characters.count, 1)).map { String(characters.prefix($0)) }
    let deleted = (0..<characters.count).reversed().map { String(characters.prefix($0)) }
    return characters.isEmpty ? [""] : typed + deleted
  }

  // MARK: - Report

  private func report(
    samples: [Double], byStep: [[Double]], processorByStep: [[Double]], steps: [String],
    lines: Int, bytes: Int,
    loadMilliseconds: Double
  ) {
    let sorted = samples.sorted()
    let peak = Clock.peakMemory()
    print("corpus: \(lines) lines, \(bytes) bytes; index built in \(format(loadMilliseconds)) ms")
    print(
      "type \"\(query)\": \(steps.count) keystrokes x \(replays) replays = \(samples.count) samples"
    )
    print(
      "per keystroke: p50 \(format(percentile(sorted, 0.50))) ms, "
        + "p99 \(format(percentile(sorted, 0.99))) ms, max \(format(sorted.last ?? 0)) ms")
    print("median by keystroke (wall clock, and processor time on all threads):")
    for (step, text) in steps.enumerated() {
      let median = percentile(byStep[step].sorted(), 0.5)
      let processor = percentile(processorByStep[step].sorted(), 0.5)
      let padding = String(repeating: " ", count: max(0, 16 - text.count))
      print("  \(padding)\"\(text)\"  \(format(median)) ms  (\(format(processor)) ms)")
    }
    let ratio = Double(peak) / Double(max(bytes, 1))
    print(
      "peak memory: \(format(Double(peak) / 1_048_576)) MiB (ru_maxrss), \(format(ratio))x the corpus"
    )
  }

  /// The value below which `fraction` of the sorted samples fall (nearest rank).
  private func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  private func format(_ value: Double) -> String {
    Clock.format(value)
  }
}
