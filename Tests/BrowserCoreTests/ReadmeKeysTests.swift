import BrowserCore
import Foundation
import Testing

/// The README documents every key the keymap binds, in the words of the help overlay.
@Suite struct ReadmeKeysTests {
  static func readme(_ file: String = #filePath) throws -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return try String(contentsOfFile: parts.joined(separator: "/") + "/README.md", encoding: .utf8)
  }

  @Test func everyBindingIsInTheReadme() throws {
    let readme = try Self.readme()
    for binding in Keymap.standard.bindings where binding.scope != .help {
      if case .jumpToSection(let section) = binding.action {
        #expect(readme.contains(section.title), "\(section.title)")
        continue
      }
      // The keys stand in the same table row as the words that say what they do.
      let row = readme.split(separator: "\n").first {
        $0.hasPrefix("|") && $0.contains(binding.help)
      }
      #expect(row != nil, "no README row for \(binding.help)")
      let keyColumn = row?.split(separator: "|").first.map(String.init) ?? ""
      for key in binding.keys {
        let label =
          key.label.count == 1 && key.label.allSatisfy(\.isASCII) ? "`\(key.label)`" : key.label
        #expect(keyColumn.contains(label), "\(key.label) for \(binding.help)")
      }
    }
  }
}

/// The README's "Remapping keys" section names every action a keys file can remap.
@Suite struct ReadmeActionNamesTests {
  @Test func everyActionNameIsInTheReadme() throws {
    let readme = try ReadmeKeysTests.readme()
    let start = try #require(readme.range(of: "### Remapping keys"))
    let section = String(readme[start.upperBound...]).components(separatedBy: "\n## ")[0]
    for binding in Keymap.standard.bindings {
      if binding.name.hasPrefix("section-") {
        #expect(section.contains("`section-1` … `section-6`"))
        continue
      }
      #expect(section.contains("`\(binding.name)`"), "\(binding.name)")
    }
  }
}
