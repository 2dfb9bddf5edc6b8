import Reports
import ShowModel

/// The JSON parser on arbitrary bytes. What it accepts must survive a round trip through
/// the writer, and the writer's text must hold no raw control character. Each value is
/// also read as a saved TVmaze show: it is refused with a path, or it makes a pack the
/// validator finds sound.
enum JSONFuzzing {
  static func run(_ bytes: [UInt8]) {
    guard let value = try? JSONParser.parse(bytes) else { return }
    let text = JSONWriter.format(value)
    FuzzTarget.require(
      !text.unicodeScalars.contains { $0 != "\n" && SafeText.isUnsafe($0) },
      "the writer let a control character through")
    let reparsed: JSONValue
    do {
      reparsed = try JSONParser.parse(Array(text.utf8))
    } catch {
      FuzzTarget.require(false, "the writer's output does not parse: \(error.message)")
      return
    }
    FuzzTarget.require(reparsed == value, "the value changed in a round trip")
    readAsTVmazeShow(value)
  }

  private static func readAsTVmazeShow(_ value: JSONValue) {
    guard let show = try? TVmazeShow.read(value, fetched: "2026-01-01") else { return }
    FuzzTarget.require(show.pack.entities.first?.kind == .show, "a TVmaze show without its show")
    let problems = PackLoader.problems(in: show.pack, named: "fuzz")
    FuzzTarget.require(
      problems.isEmpty, "a TVmaze show read into an unsound pack: \(problems.first?.message ?? "")")
  }
}
