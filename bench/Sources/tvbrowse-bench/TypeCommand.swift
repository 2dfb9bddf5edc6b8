import BrowserCore
import ShowModel

// MARK: - Type

/// `tvbrowse-bench type QUERY`: loads each line of standard input as a person of a show,
/// opens the browser on it, then types QUERY into the search line one character at a time
/// and deletes it again, many times over, timing each keystroke as the browser takes it:
/// `Browser.handle` (which searches with the function the search line calls) and
/// `Browser.render` (which draws the results with the list pane).
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
    let catalog = Catalog(pack: Self.pack(lines: input.buffer))
    input.release()
    let lineCount = catalog.entities.count - 1
    // What the browser does as the search line opens: build the names' index.
    catalog.prepareSearch()
    let loaded = Clock.now()
    let steps = keystrokes()
    let typed = Array(query)
    var samples: [Double] = []
    var byStep = [[Double]](repeating: [], count: steps.count)
    var processorByStep = [[Double]](repeating: [], count: steps.count)
    for _ in 0..<replays {
      // Each replay opens the search line afresh.
      var browser = Browser(catalog: catalog, width: width, height: height)
      _ = browser.handle(.key(.character("/")))
      _ = browser.render()
      for step in steps.indices {
        let processorStart = Clock.processorTime()
        let start = Clock.now()
        _ = browser.handle(.key(step < typed.count ? .character(typed[step]) : .backspace))
        let frame = browser.render()
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
      lines: lineCount, bytes: corpusBytes,
      loadMilliseconds: Clock.milliseconds(from: loadStart, to: loaded))
    return 0
  }

  /// A show whose people are the lines of `bytes`, one person a line, in order.
  static func pack(lines bytes: UnsafeBufferPointer<UInt8>) -> Pack {
    var entities = [Entity(id: "show", kind: .show, name: "Corpus", payload: .show)]
    var start = 0
    for offset in 0...bytes.count where offset == bytes.count || bytes[offset] == 0x0A {
      if offset > start || offset < bytes.count {
        let name = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        entities.append(
          Entity(id: "person-\(entities.count)", kind: .person, name: name, payload: .person))
      }
      start = offset + 1
    }
    return Pack(entities: entities, paths: entities.indices.map { "people[\($0)]" })
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
    print(
      "corpus: \(lines) lines, \(bytes) bytes; catalog and names' index built in "
        + "\(format(loadMilliseconds)) ms")
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
