import BrowserCore
import Reports
import ShowModel
import TerminalCells

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - The product's paths on one pack

/// What one pack costs on the paths a user takes: `tvbrowse validate`, `tvbrowse show`, and
/// the browser's first frame, a Down in a list and a typed search character. Each path
/// calls the functions the product calls, from opening the file on.
struct PackPaths {
  /// The pack file.
  let path: String
  /// The terminal the browser draws for.
  var width = 100
  var height = 30
  /// What is typed into the search line, one character at a time.
  var query = "hannah"

  /// One path's cost: wall-clock and processor milliseconds.
  struct Cost {
    var wall: Double
    var processor: Double
  }

  /// The costs of every path on the pack, each the median of `runs` runs.
  struct Result {
    var entities: Int
    var bytes: Int
    var validate: Cost
    var show: Cost
    var firstFrame: Cost
    var down: Cost
    var searchCharacter: Cost
    /// The typed query at the slowest search character.
    var slowestQuery: String
    /// Each typed query's character, median wall-clock and processor time over the runs.
    var characters: [(query: String, cost: Cost)]
    /// For each typed query whose results waited for an index, the wall-clock time from
    /// the keystroke's frame to the frame of the complete results (median over the runs).
    var completions: [(query: String, wall: Double)]
  }

  /// A path that fails (a pack that does not validate, an id that does not resolve).
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs every path `runs` times.
  func measure(runs: Int) throws(Failure) -> Result {
    var validate: [Cost] = []
    var show: [Cost] = []
    var firstFrame: [Cost] = []
    var down: [Cost] = []
    var search: [(cost: Cost, query: String)] = []
    var characters: [String: [Cost]] = [:]
    var completions: [String: [Double]] = [:]
    var entities = 0
    var target = ""
    for _ in 0..<runs {
      let inspected = Self.time { PackLoader.inspect(path: path) }
      validate.append(inspected.cost)
      guard let pack = inspected.value.pack, inspected.value.problems.isEmpty else {
        let first = inspected.value.problems.first.map(\.description) ?? "no pack"
        throw Failure(description: "\(path) does not validate: \(first)")
      }
      entities = pack.entities.count
      // The character in the middle of the list, shown by its id as `tvbrowse show ID` would.
      let characters = pack.entities.filter { $0.kind == .character }
      target = characters.isEmpty ? pack.entities[0].id : characters[characters.count / 2].id
    }
    for _ in 0..<runs {
      let report = try Self.time { () throws(Failure) in try showReport(of: target) }
      show.append(report.cost)
      let browsed = try browse()
      firstFrame.append(browsed.firstFrame)
      down.append(browsed.down)
      search.append(browsed.slowestCharacter)
      for step in browsed.characters { characters[step.query, default: []].append(step.cost) }
      for step in browsed.completions {
        completions[step.query, default: []].append(step.wall)
      }
    }
    var typed = ""
    var eachCharacter: [(query: String, cost: Cost)] = []
    var eachCompletion: [(query: String, wall: Double)] = []
    for character in query {
      typed.append(character)
      if let costs = characters[typed] { eachCharacter.append((typed, Self.median(costs))) }
      if let walls = completions[typed] {
        eachCompletion.append((typed, walls.sorted()[walls.count / 2]))
      }
    }
    let slowest = search.sorted { $0.cost.wall < $1.cost.wall }[search.count / 2]
    return Result(
      entities: entities, bytes: FileSize.of(path), validate: Self.median(validate),
      show: Self.median(show), firstFrame: Self.median(firstFrame), down: Self.median(down),
      searchCharacter: Self.median(search.map(\.cost)), slowestQuery: slowest.query,
      characters: eachCharacter, completions: eachCompletion)
  }

  // MARK: - Paths

  /// `tvbrowse show ID`: opens the pack, resolves the id, and writes the text report.
  private func showReport(of target: String) throws(Failure) -> String {
    let catalog = try open()
    guard case .found(let entity) = catalog.resolve(target),
      let details = catalog.details(of: entity.id)
    else { throw Failure(description: "\(target) does not resolve in \(path)") }
    return TextReport(width: 80, style: .plain).details(details)
  }

  /// The browser: opens the pack and draws the first frame; goes to the Characters list and
  /// presses Down; opens the search line and types the query. Times the first frame, the
  /// Down, and each typed character with the frame it draws. A character is typed as the
  /// terminal does it: its search does not wait for an index still being built, and lists
  /// what the built ones find; the time until the frame of the complete results is timed
  /// apart.
  private func browse() throws(Failure) -> (
    firstFrame: Cost, down: Cost, slowestCharacter: (cost: Cost, query: String),
    characters: [(query: String, cost: Cost)], completions: [(query: String, wall: Double)]
  ) {
    let opened = try Self.time { () throws(Failure) in
      let catalog = try open()
      let browser = Browser(catalog: catalog, width: width, height: height)
      return (browser, browser.render())
    }
    var browser = opened.value.0
    _ = browser.handle(.key(.character("3")))
    _ = browser.render()
    let down = Self.time {
      _ = browser.handle(.key(.down))
      return browser.render()
    }
    _ = browser.handle(.key(.character("/")))
    _ = browser.render()
    var slowest = (cost: Cost(wall: 0, processor: 0), query: "")
    var characters: [(query: String, cost: Cost)] = []
    var completions: [(query: String, wall: Double)] = []
    var typed = ""
    for character in query {
      typed.append(character)
      let step = Self.time {
        _ = browser.receive(.key(.character(character)))
        Self.runSearches(&browser)
        return browser.render()
      }
      characters.append((typed, step.cost))
      if step.cost.wall > slowest.cost.wall { slowest = (step.cost, typed) }
      guard browser.awaitsIndex else { continue }
      let completed = Self.time {
        while browser.awaitsIndex {
          if browser.searchAgainOnceIndexed() {
            Self.runSearches(&browser)
          } else {
            usleep(500)
          }
        }
        return browser.render()
      }
      completions.append((typed, completed.cost.wall))
    }
    return (opened.cost, down.cost, slowest, characters, completions)
  }

  /// Runs the searches `browser` waits for, as the terminal's worker thread does.
  private static func runSearches(_ browser: inout Browser) {
    while let query = browser.pendingQuery { browser.adopt(browser.search(query)) }
  }

  /// Opens the pack as the browser and `show` do.
  private func open() throws(Failure) -> Catalog {
    do {
      return try PackLoader.catalog(path: path)
    } catch {
      throw Failure(description: error.problems.first?.description ?? "\(path) does not open")
    }
  }

  // MARK: - Timing

  /// Runs `work` and returns its value and what it cost.
  static func time<Value, Failure: Error>(
    _ work: () throws(Failure) -> Value
  ) throws(Failure) -> (value: Value, cost: Cost) {
    let processorStart = Clock.processorTime()
    let start = Clock.now()
    let value = try work()
    let end = Clock.now()
    let processorEnd = Clock.processorTime()
    return (
      value,
      Cost(
        wall: Clock.milliseconds(from: start, to: end),
        processor: Clock.milliseconds(from: processorStart, to: processorEnd))
    )
  }

  /// The cost with the median wall-clock time.
  private static func median(_ costs: [Cost]) -> Cost {
    costs.sorted { $0.wall < $1.wall }[costs.count / 2]
  }
}
