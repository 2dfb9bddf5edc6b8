import Reports
import ShowModel

/// The JSON parser on arbitrary bytes. What it accepts must survive a round trip through
/// the writer, and the writer's text must hold no raw control character.
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
  }
}
