import Foundation
import Reports
import ShowModel

/// A whole pack from bytes, through the same path as `tvbrowse validate` and `show`: the
/// bytes become `pack.json` in a fresh folder beside one article file, so packs that name
/// `articles/renewal.txt` load it. A valid pack then goes through every report the command
/// line prints, which must hold no raw control character and, for JSON, parse again.
enum PackFuzzing {
  private static let articleText = """
    "13 Reasons Why" Season 2 is officially happening.

    The stars of the hit Netflix show confirmed the news, according to Variety.

    """

  static func run(_ bytes: [UInt8]) {
    let manager = FileManager.default
    let folder = manager.temporaryDirectory
      .appendingPathComponent("tvbrowse-fuzz-pack-\(UUID().uuidString)")
    let articles = folder.appendingPathComponent("articles")
    do {
      try manager.createDirectory(at: articles, withIntermediateDirectories: true)
      try Data(articleText.utf8).write(to: articles.appendingPathComponent("renewal.txt"))
      try Data(bytes).write(to: folder.appendingPathComponent("pack.json"))
    } catch {
      fatalError("cannot prepare the fuzz folder: \(error)")
    }
    defer { try? manager.removeItem(at: folder) }
    let path = folder.appendingPathComponent("pack.json").path
    let result = PackLoader.inspect(path: path)
    checkJSON(JSONReport.validation(file: path, problems: result.problems))
    for problem in result.problems {
      FuzzTarget.require(!problem.message.isEmpty, "a problem without a message")
    }
    guard let pack = result.pack, result.problems.isEmpty else { return }
    report(Catalog(pack: pack))
  }

  /// Everything `list`, `show` and `search` print for a valid pack.
  private static func report(_ catalog: Catalog) {
    let text = TextReport(width: 80, style: .plain)
    for kind in EntityKind.allCases {
      let entities = catalog.entities(of: kind)
      checkText(text.list(entities.map(catalog.listRow)))
      checkJSON(JSONReport.list(entities, in: catalog))
      for entity in entities {
        guard let details = catalog.details(of: entity.id) else {
          FuzzTarget.require(false, "no details for listed entity \(entity.id)")
          return
        }
        checkText(text.details(details))
        checkText(TextReport(width: 20, style: .ansi).details(details), allowingEscapes: true)
        checkJSON(JSONReport.details(details))
        _ = catalog.resolve(entity.name)
        let hits = catalog.search(entity.name, limit: 5)
        checkText(text.search(hits))
        checkJSON(JSONReport.search(hits))
      }
    }
  }

  private static func checkText(_ output: String, allowingEscapes: Bool = false) {
    let raw = output.unicodeScalars.first {
      $0 != "\n" && !(allowingEscapes && $0 == "\u{1B}") && SafeText.isUnsafe($0)
    }
    FuzzTarget.require(raw == nil, "a report holds raw U+\(String(raw?.value ?? 0, radix: 16))")
  }

  private static func checkJSON(_ value: JSONValue) {
    let output = JSONWriter.format(value)
    checkText(output)
    FuzzTarget.require(
      (try? JSONParser.parse(Array(output.utf8))) == value, "a JSON report does not parse back")
  }
}
