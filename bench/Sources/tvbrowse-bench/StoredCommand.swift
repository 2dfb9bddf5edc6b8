import ArgumentParser
import BrowserCore
import ShowLibrary
import ShowModel

// MARK: - A stored show

/// `tvbrowse-bench stored LIBRARY SHOW`: where the time goes when the browser opens a show
/// of the library, phase by phase, on the functions the product calls.
struct StoredBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stored",
    abstract:
      "Time opening a stored show: its outline and the first frame drawn from it; then its records read, its catalog, its first frame.",
    discussion: """
      Each phase is timed in wall-clock and processor milliseconds (all threads), the \
      median of the runs. The browser draws its first frame from the outline and reads \
      the rest meanwhile ("whole" is the rest). SHOW is the show's library id (tvbrowse \
      shows lists them).
      """)

  @Argument(help: ArgumentHelp("The library file.", valueName: "library"))
  var library: String

  @Argument(help: ArgumentHelp("The show's library id.", valueName: "show"))
  var show: String

  @Option(help: "How many times to open the show; the median of each phase is printed.")
  var runs = 5

  func validate() throws {
    guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
  }

  func run() throws {
    var phases: [String: [PackPaths.Cost]] = [:]
    let names = ["outline", "outline's first frame", "records", "catalog", "first frame", "whole"]
    for _ in 0..<runs {
      var outline: (entities: [Entity], counts: ShowCounts)?
      let outlineRead = try PackPaths.time { () throws in
        guard let stored = try Library.openExisting(path: library) else {
          throw ValidationError("no library at \(library)")
        }
        outline = try stored.outline(of: show)
      }
      guard let outline else {
        throw ValidationError("no outline of \"\(show)\" in \(library): add the show again")
      }
      let outlineDrawn = PackPaths.time { () -> Int in
        let catalog = Catalog(outline: outline.entities, counts: outline.counts)
        return Browser(catalog: catalog, width: 100, height: 30).render().width
      }
      phases["outline", default: []].append(outlineRead.cost)
      phases["outline's first frame", default: []].append(outlineDrawn.cost)
      // The pack is handed to the catalog as the product hands it over, not copied.
      var pack: Pack?
      let read = try PackPaths.time { () throws in
        guard let stored = try Library.openExisting(path: library),
          let found = try stored.pack(of: show)
        else { throw ValidationError("no show \"\(show)\" in \(library)") }
        pack = found
      }
      let built = PackPaths.time { Catalog(pack: pack.take()!) }
      let drawn = PackPaths.time { () -> Int in
        let browser = Browser(catalog: built.value, width: 100, height: 30)
        return browser.render().width
      }
      phases["records", default: []].append(read.cost)
      phases["catalog", default: []].append(built.cost)
      phases["first frame", default: []].append(drawn.cost)
      phases["whole", default: []].append(
        PackPaths.Cost(
          wall: read.cost.wall + built.cost.wall + drawn.cost.wall,
          processor: read.cost.processor + built.cost.processor + drawn.cost.processor))
    }
    print("| phase | wall | processor |")
    print("|---|---:|---:|")
    for name in names {
      let cost = phases[name, default: []].sorted { $0.wall < $1.wall }[runs / 2]
      print("| \(name) | \(Clock.format(cost.wall)) ms | \(Clock.format(cost.processor)) ms |")
    }
  }
}
