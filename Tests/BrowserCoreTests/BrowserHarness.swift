import Foundation
import ShowModel
import TerminalCells

@testable import BrowserCore

/// Builds browsers on the built-in show or a fixture pack and drives them with keys.
enum BrowserHarness {
  /// The built-in show.
  static let builtIn = try! PackLoader.catalog(path: nil)

  /// A browser at `width` × `height` that has been sent `keys`.
  static func browser(
    _ width: Int, _ height: Int, keys: [Key] = [], catalog: Catalog = builtIn,
    monochrome: Bool = false
  ) -> Browser {
    var browser = Browser(
      catalog: catalog, width: width, height: height,
      options: BrowserOptions(monochrome: monochrome))
    for key in keys { _ = browser.handle(.key(key)) }
    return browser
  }

  /// `browser` with the details' selection moved down onto the block that leads to
  /// `target`, or as far as it goes when none does.
  static func selecting(_ target: DetailTarget, in browser: Browser) -> Browser {
    var browser = browser
    while browser.state.detailBlocks[browser.state.view.details.selection].target != target {
      let before = browser.state.view.details.selection
      _ = browser.handle(.key(.down))
      if browser.state.view.details.selection == before { break }
    }
    return browser
  }

  /// Keys that type `text` one character at a time.
  static func typing(_ text: String) -> [Key] {
    text.map { .character($0) }
  }

  /// A browser after `list` (keys that show a list), `f`, `text` typed and then `keys`.
  static func filtering(
    _ list: [Key], _ text: String, then keys: [Key] = [], width: Int = 80
  ) -> Browser {
    browser(width, 24, keys: list + [.character("f")] + typing(text) + keys)
  }

  /// The names of the rows the list of `browser` shows.
  static func listNames(_ browser: Browser) -> [String] {
    browser.state.listEntities.map(\.name)
  }

  /// The path of a fixture pack.
  static func fixture(_ name: String, _ file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast()
    return parts.joined(separator: "/") + "/Fixtures/" + name
  }

  /// A catalog loaded from `pack`, a pack's JSON object, written to a temporary file.
  static func catalog(pack: [String: Any]) throws -> Catalog {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("browser-pack-\(UUID().uuidString).json")
    try JSONSerialization.data(withJSONObject: pack).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try PackLoader.catalog(path: url.path)
  }
}
